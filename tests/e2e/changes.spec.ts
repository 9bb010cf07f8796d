import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { test, expect, openApp, savedOrigin } from './fixtures';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = (name: string) => path.join(root, 'tests/fixtures', name);

const applyFiles = async (page: Page, files: string[]) => {
  await page.getByLabel('Import CSV files').setInputFiles(files.map(fixture));
  const report = page.getByRole('dialog', { name: 'Import report' });
  await report.getByRole('button', { name: 'Apply' }).click();
  await expect(report).toBeHidden();
};

/** The removed nodes' ghosts on the map, by label. */
const ghostLabels = (page: Page) =>
  page.evaluate(() =>
    (window.__chainExplorerMap?.cy.nodes('[change = "removed"]') ?? [])
      .map((node) => node.data('label') as string)
      .sort(),
  );

const changeOf = (page: Page, id: string) =>
  page.evaluate(
    (nodeId) => window.__chainExplorerMap?.cy.getElementById(nodeId).data('change') as string,
    id,
  );

test('an applied update shows what it changed: status, legend, ghosts, table, Changed only, export; kept over a reload until turned off', async ({
  page,
}) => {
  await openApp(page);
  await applyFiles(page, ['pair-nodes.csv', 'pair-edges.csv']);
  await expect(page.getByRole('status')).toContainText('8 of 8 nodes');
  await applyFiles(page, ['pair-update-nodes.csv', 'pair-update-edges.csv']);

  // On by itself after the Apply: one node and one edge of each kind.
  const status = page.getByRole('status');
  await expect(status).toContainText('2 added · 2 changed · 2 removed');
  await expect(page.getByRole('switch', { name: 'Show changes' })).toHaveAttribute('aria-checked', 'true');
  const legend = page.getByRole('region', { name: 'Legend' }).getByTestId('legend-changes');
  await expect(legend.getByText('Added')).toBeVisible();
  await expect(legend.getByText('Changed', { exact: true })).toBeVisible();
  await expect(legend.getByText('Removed (ghost)')).toBeVisible();
  await expect.poll(() => ghostLabels(page)).toEqual(['新能源检测中心']);
  expect(await changeOf(page, 'ent-004')).toBe('added');
  expect(await changeOf(page, 'ent-002')).toBe('changed');
  expect(await changeOf(page, 'ent-001')).toBe('');
  await expect(page).toHaveURL(/changes=1/);

  // The table leads with the change, and sorts by it.
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Nodes' });
  await grid.getByRole('button', { name: 'Change' }).click();
  const firstRows = grid.getByRole('row').nth(1);
  await expect(firstRows).toContainText('added');
  await expect(firstRows).toContainText('新锐电控');
  await expect(grid.getByRole('row').nth(2)).toContainText('changed');

  // Changed only: the changed nodes and the ends of changed edges; the ghost stays.
  await page.getByRole('checkbox', { name: 'Changed only' }).check();
  await expect(status).toContainText('4 of 8 nodes');
  await expect(status).toContainText('2 of 9 edges');
  await expect(page).toHaveURL(/changes=only/);
  expect(await ghostLabels(page)).toEqual(['新能源检测中心']);

  // The change list, every cell formula-safe like the other exports.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export changes (CSV)' }).click(),
  ]);
  const rows = Papa.parse<string[]>(readFileSync((await download.path()) ?? '', 'utf8').slice(1), {
    skipEmptyLines: 'greedy',
  }).data;
  expect(rows).toEqual([
    ['change', 'kind', 'id', 'name / ends', 'changed fields'],
    ['added', 'node', 'ent-004', '新锐电控', ''],
    ['changed', 'node', 'ent-002', '远航汽车', 'Honours'],
    ['removed', 'node', 'plat-01', '新能源检测中心', ''],
    ['added', 'edge', 'ent-004->ent-002#supply', '新锐电控 → 远航汽车', ''],
    ['changed', 'edge', 'ent-003->ent-001#supply', '蓝海材料 → 星辰电池', 'Weight'],
    ['removed', 'edge', 'plat-01->ent-002#service', '新能源检测中心 → 远航汽车', ''],
  ]);
  await page.keyboard.press('Escape');

  // Kept over a reload, even from an address without the hash.
  await expect
    .poll(() => savedOrigin(page))
    .toMatchObject({ kind: 'upload', files: ['pair-update-nodes.csv', 'pair-update-edges.csv'] });
  await openApp(page);
  await expect(status).toContainText('2 added · 2 changed · 2 removed');
  await expect.poll(() => ghostLabels(page)).toEqual(['新能源检测中心']);

  // Turned off, every mark goes, and stays gone.
  await page.getByRole('switch', { name: 'Show changes' }).click();
  await expect(status).not.toContainText('added');
  await expect(page.getByRole('region', { name: 'Legend' }).getByTestId('legend-changes')).toHaveCount(0);
  await expect.poll(() => ghostLabels(page)).toEqual([]);
  expect(await changeOf(page, 'ent-004')).toBe('');
  await expect(page.getByRole('checkbox', { name: 'Changed only' })).toHaveCount(0);
  await expect(page).not.toHaveURL(/changes=/);
  await openApp(page);
  await expect(page.getByRole('switch', { name: 'Show changes' })).toHaveAttribute('aria-checked', 'false');
  await expect(status).not.toContainText('added');
});
