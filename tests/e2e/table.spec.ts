import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp, statusCounts } from './fixtures';

const root = path.resolve(import.meta.dirname, '../..');
const readCsv = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path.join(root, file), 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  }).data;
const nodeRows = readCsv('data/nodes.csv');
const edgeRows = readCsv('data/edges.csv');

/** Edge ends per node, counted from edges.csv. */
const degreeOf = new Map(nodeRows.map((row) => [row.id ?? '', 0]));
for (const edge of edgeRows) {
  for (const end of [edge.source ?? '', edge.target ?? '']) {
    const count = degreeOf.get(end);
    if (count !== undefined) degreeOf.set(end, count + 1);
  }
}

/** Rows in file order, then sorted the way the table promises: stable, so ties keep file order; names by pinyin. */
const pinyinOrder = new Intl.Collator('zh', { numeric: true }).compare;
const byNameAscending = [...nodeRows].sort((a, b) => pinyinOrder(a.name ?? '', b.name ?? ''));
const byDegreeDescending = [...nodeRows].sort(
  (a, b) => (degreeOf.get(b.id ?? '') ?? 0) - (degreeOf.get(a.id ?? '') ?? 0),
);

const openTable = async (page: Page): Promise<Locator> => {
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Nodes' });
  await expect(grid).toBeVisible();
  return grid;
};

/** Ids of the rows in the DOM, in order: only a window of the table is rendered. */
const renderedIds = (grid: Locator): Promise<string[]> =>
  grid
    .locator('[role="row"][data-id]')
    .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.id ?? ''));

const rowCount = async (grid: Locator): Promise<number> =>
  Number(await grid.getAttribute('aria-rowcount')) - 1;

const sortBy = async (grid: Locator, column: string, direction: 'ascending' | 'descending') => {
  const header = grid.getByRole('columnheader', { name: column });
  while ((await header.getAttribute('aria-sort')) !== direction) await header.getByRole('button').click();
};

test('the table sorts by name and by degree in the order computed from the CSV rows, windowed at both ends', async ({
  page,
}) => {
  await openApp(page);
  const grid = await openTable(page);
  expect(await rowCount(grid)).toBe(nodeRows.length);

  await sortBy(grid, 'Name', 'ascending');
  const top = await renderedIds(grid);
  // A window, not all rows: the start of the expected order.
  expect(top.length).toBeGreaterThanOrEqual(10);
  expect(top.length).toBeLessThan(nodeRows.length);
  expect(top).toEqual(byNameAscending.slice(0, top.length).map((row) => row.id));

  await sortBy(grid, 'Degree', 'descending');
  await expect(grid.getByRole('columnheader', { name: 'Name' })).not.toHaveAttribute('aria-sort');
  const first = byDegreeDescending[0];
  await expect(grid.locator('[role="row"][data-id]').first()).toHaveAttribute('data-id', first?.id ?? '');
  await expect(grid.locator('[role="row"][data-id]').first().getByRole('gridcell').last()).toHaveText(
    String(degreeOf.get(first?.id ?? '')),
  );

  // Scrolled to the end, the window holds the end of the expected order.
  await grid.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect.poll(async () => (await renderedIds(grid)).at(-1)).toBe(byDegreeDescending.at(-1)?.id);
  const bottom = await renderedIds(grid);
  expect(bottom).toEqual(byDegreeDescending.slice(-bottom.length).map((row) => row.id));
});

test('clicking a row selects the node for Details and the map; a map selection is highlighted and scrolled into view', async ({
  page,
}) => {
  await openApp(page);
  const grid = await openTable(page);
  await sortBy(grid, 'Degree', 'descending');
  const hub = byDegreeDescending[0];
  await grid.locator(`[role="row"][data-id="${hub?.id}"]`).click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(hub?.name ?? '');
  await expect(grid.locator(`[data-id="${hub?.id}"]`)).toHaveAttribute('aria-selected', 'true');
  await expect
    .poll(() => page.evaluate(() => window.__chainExplorerMap?.cy.$(':selected').map((node) => node.id())))
    .toEqual([hub?.id]);

  // Sorted by name, the enterprise picked through search sits beyond the first window of rows.
  await sortBy(grid, 'Name', 'ascending');
  const sailerIndex = byNameAscending.findIndex((row) => row.id === 'ent-sailer');
  expect(sailerIndex).toBeGreaterThan((await renderedIds(grid)).length);
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('slyl');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await search.press('Enter');
  const sailerRow = grid.locator('[data-id="ent-sailer"]');
  await expect(sailerRow).toHaveAttribute('aria-selected', 'true');
  await expect(sailerRow).toBeInViewport();
  await expect(grid.locator('[aria-selected="true"]')).toHaveCount(1);

  // Arrow keys move the selection along the table's order.
  await grid.focus();
  await page.keyboard.press('ArrowDown');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    byNameAscending[sailerIndex + 1]?.name ?? '',
  );
});

test('the table follows the filters: its row count matches the status line, and it exports exactly what it shows', async ({
  page,
}) => {
  await openApp(page);
  const grid = await openTable(page);
  await page.getByRole('group', { name: 'Sector' }).getByRole('checkbox', { name: '牙科' }).check();
  const counts = await statusCounts(page);
  // Independently: rows whose sector names the dental chain, and the chain itself.
  const chain = nodeRows.find((row) => row.id === 'chain-dental');
  const dental = nodeRows.filter(
    (row) =>
      row.id === 'chain-dental' ||
      (row.sector ?? '')
        .split(/[;；|、]/)
        .some((sector) => sector === 'chain-dental' || sector === chain?.name),
  );
  expect(counts.nodes[0]).toBe(dental.length);
  await expect.poll(() => rowCount(grid)).toBe(counts.nodes[0]);
  expect(await renderedIds(grid)).toEqual(dental.map((row) => row.id));

  await sortBy(grid, 'Degree', 'descending');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export table CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^xuejia-table-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await download.path()) ?? '', 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: 'greedy' }).data;
  expect(parsed[0]).toEqual(['ID', 'Name', 'Type', 'Sectors', 'Segment', 'Award level', 'Honours', 'Degree']);
  const expected = [...dental].sort(
    (a, b) => (degreeOf.get(b.id ?? '') ?? 0) - (degreeOf.get(a.id ?? '') ?? 0),
  );
  expect(parsed.slice(1).map((row) => [row[0], row[1], row[7]])).toEqual(
    expected.map((row) => [row.id, row.name, String(degreeOf.get(row.id ?? ''))]),
  );
});

test('no column title is cut, sorted or not, in Chinese and English', async ({ page }) => {
  for (const lang of ['zh', 'en']) {
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByRole('status')).toContainText(/[1-9]\d*( of |\s*\/\s*)\d+/);
    const grid = page.getByRole('grid', { name: lang === 'zh' ? '节点' : 'Nodes' });
    await page.getByRole('button', { name: lang === 'zh' ? '表格' : 'Table', exact: true }).click();
    await expect(grid).toBeVisible();
    const titles = grid.getByRole('columnheader').getByRole('button');
    for (const index of [...Array(await titles.count()).keys()]) {
      const title = titles.nth(index);
      await title.click();
      await expect(grid.getByRole('columnheader').nth(index)).toHaveAttribute('aria-sort', 'ascending');
      const cut = await title.evaluate((element) => element.scrollWidth > element.clientWidth);
      expect(cut, `${lang} ${await title.textContent()}`).toBe(false);
    }
  }
});

type MapWindow = Window & { __mapBeforeTable?: object };

test('closing the table gives the map its room back without re-creating it', async ({ page }) => {
  await openApp(page);
  const map = page.getByTestId('map');
  const fullHeight = (await map.boundingBox())?.height ?? 0;
  await page.evaluate(() => {
    const holder = window as MapWindow;
    holder.__mapBeforeTable = holder.__chainExplorerMap;
  });
  await openTable(page);
  await expect.poll(async () => (await map.boundingBox())?.height ?? 0).toBeLessThan(fullHeight * 0.7);
  await page.getByRole('button', { name: 'Close table' }).click();
  await expect(page.getByRole('grid', { name: 'Nodes' })).toHaveCount(0);
  await expect.poll(async () => (await map.boundingBox())?.height ?? 0).toBe(fullHeight);
  expect(
    await page.evaluate(() => (window as MapWindow).__mapBeforeTable === window.__chainExplorerMap),
  ).toBe(true);
});

/** Whether every drawn node lies wholly inside the map, once nothing moves; null while something does. */
const allNodesInside = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__chainExplorerMap?.cy;
    if (!cy || cy.animated() || cy.nodes(':animated').length > 0) return null;
    const { width, height } = cy.container()?.getBoundingClientRect() ?? { width: 0, height: 0 };
    return cy.nodes(':visible').every((node) => {
      const box = node.renderedBoundingBox({ includeLabels: false });
      return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= width && box.y2 <= height;
    });
  });

test('the table opened beneath the map brings the whole map into the room left, unless the user moved the map', async ({
  page,
}) => {
  await openApp(page);
  await expect.poll(() => allNodesInside(page)).toBe(true);
  await openTable(page);
  await expect.poll(() => allNodesInside(page)).toBe(true);
  await page.getByRole('button', { name: 'Close table' }).click();
  await expect(page.getByRole('grid', { name: 'Nodes' })).toHaveCount(0);

  // Zoomed in by hand: opening the table keeps that camera.
  await page.getByTestId('map').hover();
  await expect
    .poll(async () => {
      await page.mouse.wheel(0, -300);
      return allNodesInside(page);
    })
    .toBe(false);
  const zoomed = await page.evaluate(() => window.__chainExplorerMap?.cy.zoom());
  await openTable(page);
  await expect(page.getByRole('grid', { name: 'Nodes' })).toBeVisible();
  await expect.poll(() => allNodesInside(page)).toBe(false);
  expect(await page.evaluate(() => window.__chainExplorerMap?.cy.zoom())).toBe(zoomed);
});
