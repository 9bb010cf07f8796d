import type { Page } from '@playwright/test';
import { generateDataset } from '../../bench/lib/dataset';
import { importFiles } from '../../src/domain/csv/import';
import { membersAroundGroups } from '../../src/domain/layout';
import { test, expect, openApp } from './fixtures';

type Point = { x: number; y: number };

/** Above FCOSE_NODE_LIMIT (500) nodes drawn, the overview places members around their groups; ForceAtlas2 refines it in a worker on request. */
const dataset = generateDataset({ nodes: 3000, edges: 6000 });

const drawnPositions = (page: Page) =>
  page
    .evaluate(() => {
      const map = window.__chainExplorerMap;
      if (!map) throw new Error('map not exposed');
      // A big view's nodes are on the node layer, wherever a layout puts them at once; cytoscape's may animate.
      return {
        positions: map.nodes.all().map((node): [string, Point] => [node.id, { ...node.position }]),
        moving: map.cy
          .nodes()
          .toArray()
          .some((node) => node.animated()),
      };
    })
    .then(({ positions, moving }) => ({ positions: new Map(positions), moving }));

/** Uploads the dataset and draws every element: the positions once the map holds still. */
const showAll = async (page: Page) => {
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(async () => (await drawnPositions(page)).positions.size, { timeout: 20_000 }).toBe(3000);
  await expect.poll(async () => (await drawnPositions(page)).moving, { timeout: 20_000 }).toBe(false);
  return (await drawnPositions(page)).positions;
};

const uploadAndShowAll = async (page: Page) => {
  await openApp(page);
  await page.getByLabel('Import CSV files').setInputFiles([
    { name: 'nodes.csv', mimeType: 'text/csv', buffer: Buffer.from(dataset.nodesCsv) },
    { name: 'edges.csv', mimeType: 'text/csv', buffer: Buffer.from(dataset.edgesCsv) },
  ]);
  await page.getByRole('dialog', { name: 'Import report' }).getByRole('button', { name: 'Apply' }).click();
  return showAll(page);
};

const workerRuns = (page: Page) =>
  page.evaluate(() => window.__chainExplorerMap?.layoutRuns ?? { started: -1, settled: -1 });

/** Refines the layout in the worker and returns the positions once the nodes have stopped moving. */
const refine = async (page: Page) => {
  await page.getByRole('button', { name: 'Refine layout' }).click();
  const progress = page.getByRole('group', { name: /Laying out… \d+%/ });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveCount(0, { timeout: 60_000 });
  await expect.poll(async () => (await drawnPositions(page)).moving, { timeout: 20_000 }).toBe(false);
  return (await drawnPositions(page)).positions;
};

const distance = (a: Point, b: Point | undefined) => (b ? Math.hypot(a.x - b.x, a.y - b.y) : Infinity);

const boundingBox = (points: Point[]) => {
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
};

// Two 3000-node maps side by side would starve each other on a small machine.
test.describe.configure({ mode: 'serial' });

test('Show all places the members around their groups at once, with no layout in a worker', async ({
  page,
}) => {
  const start = await uploadAndShowAll(page);
  // The first full picture is the final one: the positions planned from the groups, no ForceAtlas2.
  const { graph } = importFiles([
    { name: 'nodes.csv', bytes: new TextEncoder().encode(dataset.nodesCsv) },
    { name: 'edges.csv', bytes: new TextEncoder().encode(dataset.edgesCsv) },
  ]);
  const planned = membersAroundGroups(graph);
  expect([...planned].every(([id, point]) => distance(point, start.get(id)) < 0.01)).toBe(true);
  expect(await workerRuns(page)).toEqual({ started: 0, settled: 0 });
});

test('a node with a saved position stays there in full detail, and after Refine layout', async ({ page }) => {
  test.setTimeout(60_000);
  // One node pinned far from every group, by x and y columns in nodes.csv.
  const pinned = { x: -5000, y: -4000 };
  const [header, ...rows] = dataset.nodesCsv.trimEnd().split('\n');
  const pinnedId = rows.find((row) => row.includes(',enterprise,'))?.split(',')[0] ?? '';
  const nodesCsv = [
    `${header},x,y`,
    ...rows.map((row) => (row.startsWith(`${pinnedId},`) ? `${row},${pinned.x},${pinned.y}` : `${row},,`)),
  ].join('\n');
  await openApp(page);
  await page.getByLabel('Import CSV files').setInputFiles([
    { name: 'nodes.csv', mimeType: 'text/csv', buffer: Buffer.from(nodesCsv) },
    { name: 'edges.csv', mimeType: 'text/csv', buffer: Buffer.from(dataset.edgesCsv) },
  ]);
  await page.getByRole('dialog', { name: 'Import report' }).getByRole('button', { name: 'Apply' }).click();
  expect(distance(pinned, (await showAll(page)).get(pinnedId))).toBeLessThan(0.01);
  expect(distance(pinned, (await refine(page)).get(pinnedId))).toBeLessThan(0.01);
});

test('Refine layout runs ForceAtlas2 in a worker into a round picture, with progress on the way, and keeps it for the next visit', async ({
  page,
}) => {
  // Two ForceAtlas2 runs of 3,000 nodes and a reload: 15 s on a quiet machine, a minute on a busy one.
  test.setTimeout(180_000);
  const start = await uploadAndShowAll(page);
  const laidOut = await refine(page);
  const moved = [...start].filter(([id, from]) => distance(from, laidOut.get(id)) > 1);
  expect(moved.length).toBeGreaterThan(start.size * 0.9);
  // Not the matrix of groups: nodes do not line up in a few rings, and the picture is roughly square.
  expect(new Set([...laidOut.values()].map((point) => Math.round(point.x))).size).toBeGreaterThan(
    start.size / 2,
  );
  const box = boundingBox([...laidOut.values()]);
  expect(box.width / box.height).toBeGreaterThan(0.5);
  expect(box.width / box.height).toBeLessThan(2);
  // Back to the overview from another layout: the refined picture, not the groups' again.
  await page.getByRole('radiogroup', { name: 'Layout' }).getByText('Chain lanes').click();
  await expect.poll(async () => (await drawnPositions(page)).moving, { timeout: 20_000 }).toBe(false);
  await page.getByRole('radiogroup', { name: 'Layout' }).getByText('Overview').click();
  await expect
    .poll(async () => {
      const { positions, moving } = await drawnPositions(page);
      return !moving && [...laidOut].every(([id, point]) => distance(point, positions.get(id)) < 0.01);
    })
    .toBe(true);

  // After a reload (the map itself is restored from IndexedDB) the stored layout is used: no second run.
  // The address shows the view on screen (urlHash.ts): the reload brings back the Overview, not the lanes.
  await expect.poll(() => page.evaluate(() => window.location.hash)).not.toContain('layout=');
  await page.reload();
  await expect(page.getByRole('status')).toContainText('3000 of 3000 nodes');
  await showAll(page);
  await page.evaluate(() => {
    const watched = window as unknown as { sawLayoutProgress?: boolean };
    new MutationObserver(() => {
      watched.sawLayoutProgress ||= document.body.textContent.includes('Laying out');
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByRole('button', { name: 'Refine layout' }).click();
  await expect
    .poll(
      async () => {
        const { positions, moving } = await drawnPositions(page);
        return !moving && [...laidOut].every(([id, point]) => distance(point, positions.get(id)) < 0.01);
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  expect(
    await page.evaluate(
      () => (window as unknown as { sawLayoutProgress?: boolean }).sawLayoutProgress ?? false,
    ),
  ).toBe(false);
});

test('Cancel stops the worker layout and leaves the nodes where they were', async ({ page }) => {
  const start = await uploadAndShowAll(page);
  await page.getByRole('button', { name: 'Refine layout' }).click();
  const progress = page.getByRole('group', { name: /Laying out… \d+%/ });
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toHaveCount(0);
  // Every worker layout started is over (the cancelled one included) and moved nothing.
  await expect
    .poll(async () => {
      const runs = await workerRuns(page);
      return runs.started > 0 && runs.started === runs.settled;
    })
    .toBe(true);
  const after = (await drawnPositions(page)).positions;
  expect([...start].every(([id, point]) => distance(point, after.get(id)) === 0)).toBe(true);
});
