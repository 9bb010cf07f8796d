import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { test, expect, firstEnterpriseOnScreen, openApp, savedPosition } from './fixtures';
import { PERF_MARKS } from '../../src/io/perfMarks';

const root = path.resolve(import.meta.dirname, '../..');
const readCsv = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path.join(root, file), 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  }).data;
const nodeRows = readCsv('data/nodes.csv');
const edgeRows = readCsv('data/edges.csv');
const row = (id: string) => {
  const found = nodeRows.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no row ${id} in data/nodes.csv`);
  return found;
};

/** What cytoscape shows, read from the page: ids of drawn (not display:none) nodes and their positions. */
const drawnNodes = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__chainExplorerMap?.cy;
    if (!cy) throw new Error('map not exposed');
    return cy.nodes(':visible').map((node: import('cytoscape').NodeSingular) => ({
      id: node.id(),
      x: node.position().x,
      y: node.position().y,
    }));
  });

const searchAndPick = async (page: Page, query: string) => {
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill(query);
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await box.press('Enter');
};

test('search by pinyin initials selects the node and fills Details from its CSV row', async ({ page }) => {
  await openApp(page);
  await searchAndPick(page, 'slyl');
  const sailer = row('ent-sailer');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(sailer.name ?? '');
  await expect(details).toContainText(sailer.id ?? '');
  for (const award of (sailer.awards ?? '').split(';').filter(Boolean))
    await expect(details).toContainText(award);
  await expect(details).toContainText(sailer.evidence ?? '');
  await expect(details).toContainText(sailer.name_en ?? '');
  const neighbourCount = edgeRows.filter(
    (edge) => edge.source === 'ent-sailer' || edge.target === 'ent-sailer',
  ).length;
  await expect(details.getByRole('heading', { name: `Connections (${neighbourCount})` })).toBeVisible();
});

test('Details shows a field the row marks editorial as an editorial reading, with its note', async ({
  page,
}) => {
  await openApp(page);
  await searchAndPick(page, '药研所');
  const yaoyansuo = row('plat-yaoyansuo');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(yaoyansuo.name ?? '');
  const notes = details.getByRole('region', { name: 'Editorial reading' });
  for (const clause of (yaoyansuo.editorial ?? '').split('|'))
    await expect(notes).toContainText(clause.replace(/^[^:]*:/, '').trim());
  await expect(notes.getByRole('term')).toHaveText(['Industry chains', 'Location']);
  await expect(details.getByRole('note', { name: /editorial reading/ })).toHaveCount(2);
  // The column is shown as a reading, not again as a plain extra column.
  await expect(details.getByRole('term').filter({ hasText: /^editorial$/ })).toHaveCount(0);
});

test('full pinyin and Chinese substrings find the same enterprise', async ({ page }) => {
  await openApp(page);
  for (const query of ['saile', '赛乐医疗']) {
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill(query);
    await expect(page.getByRole('option').first()).toContainText('赛乐');
  }
});

test('the enterprise circle shows the hop rings, and Depth widens it', async ({ page }) => {
  await openApp(page);
  await searchAndPick(page, '赛乐');
  await page.getByRole('radiogroup', { name: 'Layout' }).getByText('Enterprise circle').click();
  const oneHop = new Set([
    'ent-sailer',
    ...edgeRows.flatMap((edge) =>
      edge.source === 'ent-sailer' ? [edge.target] : edge.target === 'ent-sailer' ? [edge.source] : [],
    ),
  ]);
  await expect
    .poll(async () => (await drawnNodes(page)).map((node) => node.id).sort())
    .toEqual([...oneHop].sort());
  await page.getByRole('spinbutton', { name: 'Depth' }).fill('2');
  await expect.poll(async () => (await drawnNodes(page)).length).toBeGreaterThan(oneHop.size);
  await page.keyboard.press('Escape');
});

test('chain lanes put upstream left of downstream in the dental band', async ({ page }) => {
  await openApp(page);
  await page.getByRole('radiogroup', { name: 'Layout' }).getByText('Chain lanes').click();
  await expect
    .poll(async () => {
      const nodes = await drawnNodes(page);
      const x = (id: string) => nodes.find((node) => node.id === id)?.x ?? Number.NaN;
      return x('seg-dental-equipment') < x('seg-dental-treatment');
    })
    .toBe(true);
});

test('clicking a legend entry highlights those elements and clicking again clears it', async ({ page }) => {
  await openApp(page);
  const legend = page.getByRole('region', { name: 'Legend' });
  const university = legend.getByRole('button', { name: /University/ });
  const universities = nodeRows.filter((node) => node.type === 'university').length;
  await expect(university).toContainText(String(universities));
  await university.click();
  await expect(university).toHaveAttribute('aria-pressed', 'true');
  const faded = () =>
    page.evaluate(() => {
      const cy = window.__chainExplorerMap?.cy;
      return cy?.nodes('.legend-faded').length ?? -1;
    });
  await expect.poll(faded).toBe(nodeRows.length - universities);
  await university.click();
  await expect.poll(faded).toBe(0);
});

test('the renderer is chosen by measurement: canvas on software WebGL, said in the debug line', async ({
  page,
}) => {
  await openApp(page);
  // Headless Chromium here rasterises WebGL in software (SwiftShader), where the WebGL renderer is slower.
  await expect(page.getByTestId('renderer')).toHaveText('Renderer: canvas (software WebGL)');
});

test('a dragged node stays where it is dropped: the map is not laid out again', async ({ page }) => {
  await openApp(page);
  const start = await firstEnterpriseOnScreen(page);
  const layoutsStarted = () =>
    page.evaluate((name) => performance.getEntriesByName(name, 'mark').length, PERF_MARKS.layoutStart);
  const layoutsBefore = await layoutsStarted();
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 90, start.y + 70, { steps: 8 });
  await page.mouse.up();
  // Once the drop is saved the new graph has reached the map, which would have started a layout by then.
  await expect.poll(() => savedPosition(page, start.id)).not.toBeNull();
  expect(await layoutsStarted()).toBe(layoutsBefore);
  const end = await page.evaluate((id) => {
    const cy = window.__chainExplorerMap?.cy;
    return { ...cy?.getElementById(id).position() };
  }, start.id);
  // Within a few units of where the pointer let go (the pointer moves in whole pixels).
  expect(Math.abs((end.x ?? 0) - (start.model.x + 90 / start.zoom))).toBeLessThan(4);
  expect(Math.abs((end.y ?? 0) - (start.model.y + 70 / start.zoom))).toBeLessThan(4);
});

test('each wheel notch zooms by a quarter around the pointer, and a few notches bring a node up close', async ({
  page,
}) => {
  await openApp(page);
  const viewOf = () =>
    page.evaluate(() => {
      const cy = window.__chainExplorerMap?.cy;
      if (!cy || cy.animated()) return null;
      return { zoom: cy.zoom(), pan: { ...cy.pan() } };
    });
  await expect.poll(viewOf).not.toBeNull();
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('no map');
  const pointer = { x: box.width * 0.4, y: box.height * 0.6 };
  await page.mouse.move(box.x + pointer.x, box.y + pointer.y);
  const start = await viewOf();
  if (!start) throw new Error('the camera never held still');
  const modelAt = (view: NonNullable<typeof start>) => ({
    x: (pointer.x - view.pan.x) / view.zoom,
    y: (pointer.y - view.pan.y) / view.zoom,
  });
  for (let notch = 0; notch < 3; notch++) await page.mouse.wheel(0, -100);
  await expect.poll(async () => ((await viewOf())?.zoom ?? 0) / start.zoom).toBeCloseTo(1.25 ** 3, 3);
  const after = await viewOf();
  if (!after) throw new Error('the camera never held still');
  // The point under the pointer stays under it.
  expect(modelAt(after).x).toBeCloseTo(modelAt(start).x, 0);
  expect(modelAt(after).y).toBeCloseTo(modelAt(start).y, 0);
  for (let notch = 0; notch < 3; notch++) await page.mouse.wheel(0, 100);
  await expect.poll(async () => ((await viewOf())?.zoom ?? 0) / start.zoom).toBeCloseTo(1, 3);
});
