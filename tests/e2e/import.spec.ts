import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { test, expect, openApp, statusCounts } from './fixtures';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = (name: string) => path.join(root, 'tests/fixtures', name);

/** Counts computed from the CSV text itself, independently of the app's import. */
const csvRowCount = (file: string): number =>
  Papa.parse<Record<string, string>>(readFileSync(path.join(root, file), 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  }).data.length;

test('the bundled map opens with every row of data/*.csv counted', async ({ page }) => {
  await openApp(page);
  const counts = await statusCounts(page);
  const nodes = csvRowCount('data/nodes.csv');
  const edges = csvRowCount('data/edges.csv');
  expect(counts.nodes).toEqual([nodes, nodes]);
  expect(counts.edges).toEqual([edges, edges]);
  await expect(page.getByText('Bundled map', { exact: true })).toBeVisible();
});

test('importing a valid pair shows the report, and Apply replaces the map; Undo brings it back', async ({
  page,
}) => {
  await openApp(page);
  const before = await statusCounts(page);
  await page
    .getByLabel('Import CSV files')
    .setInputFiles([fixture('pair-nodes.csv'), fixture('pair-edges.csv')]);
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toBeVisible();
  await expect(report.getByRole('alert')).toHaveCount(0);
  // The map stays as it was until Apply.
  expect(await statusCounts(page)).toEqual(before);
  await report.getByRole('button', { name: 'Apply' }).click();
  await expect(report).toBeHidden();
  await expect(page.getByRole('status')).toContainText('8 of 8 nodes');
  await expect(page.getByRole('status')).toContainText('9 of 9 edges');
  await expect(page.getByText(/Uploaded pair-nodes\.csv \+ pair-edges\.csv/)).toBeVisible();

  await page.getByRole('button', { name: 'Undo import' }).click();
  expect(await statusCounts(page)).toEqual(before);
});

test('a fatal file leaves the map unchanged, with Apply disabled and the problem in an alert', async ({
  page,
}) => {
  await openApp(page);
  const before = await statusCounts(page);
  await page.getByLabel('Import CSV files').setInputFiles(fixture('fatal-no-id.csv'));
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report.getByRole('alert')).toContainText('fatal-no-id.csv');
  await expect(report.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await report.getByRole('button', { name: 'Cancel' }).click();
  await expect(report).toBeHidden();
  expect(await statusCounts(page)).toEqual(before);
});

test('files dropped on the window are imported through the same report', async ({ page }) => {
  await openApp(page);
  const bytes = readFileSync(fixture('pair-edges.csv'), 'utf8');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped-edges.csv', { type: 'text/csv' }));
    return transfer;
  }, bytes);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toContainText('dropped-edges.csv');
  await expect(report.getByRole('button', { name: 'Apply' })).toBeEnabled();
});

test('the Chinese UI follows ?lang=zh and the toggle switches language', async ({ page }) => {
  await page.goto('/?lang=zh');
  await expect(page.getByRole('status')).toContainText(/节点 [1-9]\d* \/ \d+/);
  await expect(page.getByLabel('导入 CSV 文件')).toBeAttached();
  await page.getByRole('button', { name: '切换为英文' }).click();
  await expect(page.getByLabel('Import CSV files')).toBeAttached();
});
