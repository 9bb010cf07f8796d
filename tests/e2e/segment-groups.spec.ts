import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp, statusCounts } from './fixtures';

/** The fictional example's segments and the nodes whose `segment` column names each. */
const exampleRows = readFileSync('data/example/nodes.csv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','));
const segmentIds = new Set(exampleRows.filter((row) => row[2] === 'segment').map((row) => row[0]));
const membersByColumn = (segment: string) =>
  exampleRows.filter((row) => row[4] === segment).map((row) => row[0] ?? '');

const openExample = async (page: Page) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open example' }).click();
  await expect(page.getByRole('status')).toContainText('fictional example');
};

const outlines = (page: Page) =>
  page.evaluate(() => {
    const paths = [...document.querySelectorAll<SVGPathElement>('.segment-outline')];
    return { all: paths.length, active: paths.filter((path) => path.classList.contains('active')).length };
  });

const membersMarked = (page: Page) =>
  page.evaluate(
    () =>
      window.__chainExplorerMap?.cy
        .nodes('.segment-member')
        .map((node) => node.id())
        .sort() ?? [],
  );

test('a segment and the enterprises its segment column names are one outlined group, on every layout, in the legend, and no edge', async ({
  page,
}) => {
  await openExample(page);
  const withMembers = [...segmentIds].filter((id) => id && membersByColumn(id).length > 0);
  expect(withMembers.length).toBeGreaterThan(3);
  await expect.poll(async () => (await outlines(page)).all).toBe(withMembers.length);
  const legend = page.getByRole('region', { name: 'Legend' });
  await expect(legend.getByRole('heading', { name: 'Segments (outline)' })).toBeVisible();
  await expect(legend.getByTestId('legend-segment-groups')).toContainText(String(withMembers.length));

  // The outlines are drawn beside the data: every count of edges stays the data's.
  const { edges } = await statusCounts(page);
  expect(edges[0]).toBe(edges[1]);
  expect(await page.evaluate(() => window.__chainExplorerMap?.drawnEdgeCount)).toBe(edges[1]);

  await page.getByRole('radiogroup', { name: 'Layout' }).getByText('Chain lanes').click();
  await expect.poll(async () => (await outlines(page)).all).toBe(withMembers.length);
  // In the lanes every member sits in its segment's block, below its head (the switch animates: wait for it).
  await expect
    .poll(() =>
      page.evaluate((ids) => {
        const cy = window.__chainExplorerMap?.cy;
        const head = cy?.getElementById('x-seg-cell');
        if (!cy || !head || cy.nodes(':animated').length > 0) return false;
        return ids.every((id) => cy.getElementById(id).position('y') > head.position('y'));
      }, membersByColumn('x-seg-cell')),
    )
    .toBe(true);
  expect((await statusCounts(page)).edges).toEqual(edges);
});

test('selecting a segment highlights its members and its outline; another node clears it', async ({
  page,
}) => {
  await openExample(page);
  await expect.poll(async () => (await outlines(page)).all).toBeGreaterThan(0);
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('示例·电芯');
  await page
    .getByRole('option', { name: /示例·电芯/ })
    .first()
    .click();
  await expect.poll(() => membersMarked(page)).toEqual(membersByColumn('x-seg-cell').sort());
  expect((await outlines(page)).active).toBe(1);

  await search.fill('示例·甲正极');
  await page
    .getByRole('option', { name: /示例·甲正极/ })
    .first()
    .click();
  await expect.poll(() => membersMarked(page)).toEqual([]);
  expect((await outlines(page)).active).toBe(0);
});

test('hovering a segment keeps its members in view while the rest fades', async ({ page }) => {
  await openExample(page);
  await expect.poll(async () => (await outlines(page)).all).toBeGreaterThan(0);
  const faded = await page.evaluate(() => {
    const cy = window.__chainExplorerMap?.cy;
    cy?.getElementById('x-seg-parts').emit('mouseover');
    return cy?.nodes('.faded').map((node) => node.id()) ?? [];
  });
  expect(faded.length).toBeGreaterThan(0);
  for (const member of membersByColumn('x-seg-parts')) expect(faded).not.toContain(member);
  await expect.poll(() => membersMarked(page)).toEqual(membersByColumn('x-seg-parts').sort());
});

test('in the overview a segment tied to its members by their segment column only sits among them', async ({
  page,
}) => {
  await openApp(page);
  // An office's list: 7 segment rows, each enterprise naming its segment by id, one membership edge.
  await page
    .getByLabel('Import CSV files')
    .setInputFiles(['battery-nodes.csv', 'battery-edges.csv'].map((name) => `tests/fixtures/${name}`));
  const report = page.getByRole('dialog', { name: 'Import report' });
  await report.getByRole('button', { name: 'Apply' }).click();
  await expect(report).toBeHidden();
  await expect(page.getByRole('status')).toContainText('42 of 42 nodes');
  const rows = readFileSync('tests/fixtures/battery-nodes.csv', 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));
  const segments = rows.filter((row) => row[2] === '环节').map((row) => row[0] ?? '');
  const members = (segment: string) => rows.filter((row) => row[4] === segment).map((row) => row[0] ?? '');
  // Nearer its own members than the rest of the map, on average: not packed away in a corner.
  const nearer = (groups: [string, string[]][]) =>
    page.evaluate((groups) => {
      const cy = window.__chainExplorerMap?.cy;
      if (!cy || cy.nodes(':animated').length > 0) return [];
      const meanDistance = (from: string, ids: string[]) => {
        const a = cy.getElementById(from).position();
        const sum = ids.reduce((total, id) => {
          const b = cy.getElementById(id).position();
          return total + Math.hypot(a.x - b.x, a.y - b.y);
        }, 0);
        return sum / ids.length;
      };
      return groups.map(([segment, ids]) => {
        const others = cy
          .nodes()
          .map((node) => node.id())
          .filter((id) => id !== segment && !ids.includes(id));
        return `${segment} ${meanDistance(segment, ids) < meanDistance(segment, others)}`;
      });
    }, groups);
  expect(segments.length).toBe(7);
  await expect
    .poll(() => nearer(segments.map((id) => [id, members(id)])))
    .toEqual(segments.map((id) => `${id} true`));
});
