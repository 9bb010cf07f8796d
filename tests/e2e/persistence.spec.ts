import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { test, expect, openApp, savedOrigin, statusCounts } from './fixtures';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = (name: string) => path.join(root, 'tests/fixtures', name);
const readCsv = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path.join(root, file), 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  }).data;

const bundledNodes = readCsv('data/nodes.csv');
const bundledEdges = readCsv('data/edges.csv');

const importPair = async (page: Page, files: string[]) => {
  await page.getByLabel('Import CSV files').setInputFiles(files.map(fixture));
  return page.getByRole('dialog', { name: 'Import report' });
};

test('an applied import survives a reload, and Undo import after the reload brings the bundled map back', async ({
  page,
}) => {
  await openApp(page);
  const report = await importPair(page, ['pair-nodes.csv', 'pair-edges.csv']);
  await report.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status')).toContainText('8 of 8 nodes');
  await expect
    .poll(() => savedOrigin(page))
    .toMatchObject({ kind: 'upload', files: ['pair-nodes.csv', 'pair-edges.csv'] });

  await page.reload();
  await expect(page.getByRole('status')).toContainText('8 of 8 nodes');
  await expect(page.getByRole('status')).toContainText('9 of 9 edges');
  await expect(page.getByText(/Uploaded pair-nodes\.csv \+ pair-edges\.csv at /)).toBeVisible();

  await page.getByRole('button', { name: 'Undo import' }).click();
  expect(await statusCounts(page)).toEqual({
    nodes: [bundledNodes.length, bundledNodes.length],
    edges: [bundledEdges.length, bundledEdges.length],
  });
  await expect(page.getByText('Bundled map', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo import' })).toBeDisabled();

  // The undo is kept too: a second reload shows the bundled map, not the import.
  await expect.poll(() => savedOrigin(page)).toEqual({ kind: 'bundled' });
  await page.reload();
  await expect(page.getByRole('status')).toContainText(
    `${bundledNodes.length} of ${bundledNodes.length} nodes`,
  );
  await expect(page.getByText('Bundled map', { exact: true })).toBeVisible();
});

for (const { name, breakStorage, message } of [
  {
    name: 'IndexedDB missing (private mode)',
    breakStorage: () => Object.defineProperty(window, 'indexedDB', { value: undefined }),
    message: /does not let the page keep data/,
  },
  {
    name: 'storage full',
    breakStorage: () => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
    message: /storage is full/,
  },
]) {
  test(`a storage failure (${name}) shows a notice and loses nothing in memory`, async ({ page }) => {
    await page.addInitScript(breakStorage);
    await openApp(page);
    const report = await importPair(page, ['pair-nodes.csv', 'pair-edges.csv']);
    await report.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByText(message)).toBeVisible();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    expect(await statusCounts(page)).toEqual({ nodes: [8, 8], edges: [9, 9] });
    await page.getByRole('button', { name: 'Undo import' }).click();
    await expect(page.getByRole('status')).toContainText(
      `${bundledNodes.length} of ${bundledNodes.length} nodes`,
    );
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByText(message)).toBeHidden();
  });
}

test('the Import report lists what Apply would add and remove, counted from the CSVs', async ({ page }) => {
  const pairNodes = readCsv('tests/fixtures/pair-nodes.csv');
  const pairEdges = readCsv('tests/fixtures/pair-edges.csv');
  const bundledIds = new Set(bundledNodes.map((row) => row.id));
  const pairIds = new Set(pairNodes.map((row) => row.id));
  // No id in common, so no edge can be the same either, whatever its relation is written as.
  expect(pairNodes.filter((row) => bundledIds.has(row.id))).toEqual([]);
  const expected = {
    'Nodes added': pairNodes.length,
    'Nodes removed': bundledNodes.length,
    'Nodes changed': 0,
    'Edges added': pairEdges.filter((row) => pairIds.has(row.source) && pairIds.has(row.target)).length,
    'Edges removed': bundledEdges.length,
    'Edges changed': 0,
  };

  await openApp(page);
  const report = await importPair(page, ['pair-nodes.csv', 'pair-edges.csv']);
  const diff = report.getByRole('region', { name: 'Changes against the current map' });
  for (const [label, count] of Object.entries(expected))
    await expect(diff.getByText(`${label}: ${count}`, { exact: true })).toBeVisible();
  await diff.getByText(`Nodes added: ${expected['Nodes added']}`).click();
  for (const row of pairNodes)
    await expect(diff.getByText(`${row.name} (${row.id})`, { exact: true })).toBeVisible();
});

test('a nodes file that renames one node and drops another shows them as changed and removed', async ({
  page,
}) => {
  const [renamed, dropped] = [bundledNodes[12], bundledNodes[13]];
  if (!renamed?.id || !dropped?.id) throw new Error('data/nodes.csv has fewer rows than the test needs');
  const rows = bundledNodes
    .filter((row) => row !== dropped)
    .map((row) => (row === renamed ? { ...row, name: `${row.name} (renamed)` } : row));
  const droppedEdges = bundledEdges.filter(
    (edge) => edge.source === dropped.id || edge.target === dropped.id,
  ).length;

  await openApp(page);
  await page
    .getByLabel('Import CSV files')
    .setInputFiles({ name: 'nodes.csv', mimeType: 'text/csv', buffer: Buffer.from(Papa.unparse(rows)) });
  const diff = page
    .getByRole('dialog', { name: 'Import report' })
    .getByRole('region', { name: 'Changes against the current map' });
  await expect(diff.getByText('Nodes added: 0', { exact: true })).toBeVisible();
  await expect(diff.getByText('Nodes removed: 1', { exact: true })).toBeVisible();
  await expect(diff.getByText(`Edges removed: ${droppedEdges}`, { exact: true })).toBeVisible();
  await diff.getByText('Nodes changed: 1').click();
  await expect(diff.getByText(`${renamed.name} (renamed) (${renamed.id}): Name`)).toBeVisible();
});

test('a file with unrecognised headers is mapped column by column, and the mapping is remembered', async ({
  page,
}) => {
  await openApp(page);
  let report = await importPair(page, ['unmapped-nodes.csv', 'unmapped-edges.csv']);
  await expect(report.getByRole('alert')).toContainText('unmapped-nodes.csv');
  await expect(report.getByRole('button', { name: 'Apply' })).toBeDisabled();
  const submit = report.getByRole('button', { name: 'Import with these columns' });
  await expect(submit).toBeDisabled();
  // The preview shows the first rows under their headers.
  await expect(report.getByRole('table', { name: /unmapped-nodes\.csv/ })).toContainText('Gamma University');

  await report.getByLabel('Role of column “Code”').selectOption('id');
  await report.getByLabel('Role of column “Company”').selectOption('name');
  await report.getByLabel('Role of column “Category”').selectOption('type');
  const edgesSection = report.getByRole('region', { name: 'Columns of unmapped-edges.csv' });
  await edgesSection.getByRole('radio', { name: /^Edges/ }).check();
  await report.getByLabel('Role of column “From Code”').selectOption('source');
  await report.getByLabel('Role of column “To Code”').selectOption('target');
  await report.getByLabel('Role of column “Kind of tie”').selectOption('relation');
  await submit.click();

  await expect(report.getByText('Result: 4 nodes and 3 edges.')).toBeVisible();
  await expect(report.getByRole('alert')).toHaveCount(0);
  await report.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status')).toContainText('4 of 4 nodes');
  await expect(page.getByRole('status')).toContainText('3 of 3 edges');

  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('Gamma');
  await expect(page.getByRole('option').first()).toBeVisible();
  await search.press('Enter');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Gamma University');
  await expect(details).toContainText('partner');

  // The same headers again: read with the remembered mapping, straight to a report that can be applied.
  report = await importPair(page, ['unmapped-nodes.csv', 'unmapped-edges.csv']);
  await expect(report.getByText(/read with your column mapping/)).toBeVisible();
  await expect(report.getByRole('button', { name: 'Apply' })).toBeEnabled();
  await expect(report.getByText('Result: 4 nodes and 3 edges.')).toBeVisible();
});
