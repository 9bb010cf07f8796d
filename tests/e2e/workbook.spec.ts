import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { importFiles, type ImportResult, type InputFile } from '../../src/domain/csv/import';
import { expandWorkbooks } from '../../src/io/workbookRead';
import { test, expect, openApp, statusCounts } from './fixtures';
import { withoutSpelling } from '../domain/helpers';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = (name: string) => path.join(root, 'tests/fixtures', name);
/** Files as the app's own import reads them, workbooks included. */
const importSaved = async (files: InputFile[]): Promise<ImportResult> => {
  const inputs = await expandWorkbooks(files);
  return Array.isArray(inputs) ? importFiles(inputs) : inputs;
};
const savedFile = async (page: Page, click: () => Promise<void>): Promise<InputFile> => {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return {
    name: download.suggestedFilename(),
    bytes: new Uint8Array(readFileSync((await download.path()) ?? '')),
  };
};

const csvRows = (name: string): string[][] =>
  Papa.parse<string[]>(readFileSync(fixture(name), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true })
    .data;

/** The fixture pair as one workbook, written by exceljs: sheets `nodes` and `edges`. */
const pairWorkbook = async (): Promise<number[]> => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('nodes').addRows(csvRows('pair-nodes.csv'));
  book.addWorksheet('edges').addRows(csvRows('pair-edges.csv'));
  return [...new Uint8Array(await book.xlsx.writeBuffer())];
};

const drop = async (page: Page, name: string, bytes: number[]) => {
  const dataTransfer = await page.evaluateHandle(
    ({ name, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      return transfer;
    },
    { name, bytes },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
};

test('a workbook with both sheets, dropped on the window, imports as its CSV pair does', async ({ page }) => {
  await openApp(page);
  await drop(page, 'pair.xlsx', await pairWorkbook());
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toContainText('pair.xlsx › nodes: nodes, 8 rows, a sheet of an Excel workbook');
  await expect(report).toContainText('pair.xlsx › edges: edges, 9 rows');
  await expect(report).toContainText('pair.xlsx › edges, row 10, column “relation”');
  await report.getByRole('button', { name: 'Apply' }).click();
  await expect(report).toBeHidden();
  await expect(page.getByRole('status')).toContainText('8 of 8 nodes');
  await expect(page.getByRole('status')).toContainText('9 of 9 edges');
});

test('a password-protected workbook is refused and the map stays', async ({ page }) => {
  await openApp(page);
  const before = await statusCounts(page);
  await page.getByLabel('Import CSV files').setInputFiles(fixture('workbooks/encrypted.xlsx'));
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report.getByRole('alert')).toContainText('protected by a password');
  await expect(report.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await report.getByRole('button', { name: 'Cancel' }).click();
  expect(await statusCounts(page)).toEqual(before);
});

test('Export workbook (XLSX) saves both sheets, which read back to the map shown', async ({ page }) => {
  await openApp(page);
  const bundled = await importSaved(
    ['nodes.csv', 'edges.csv'].map((name) => ({
      name,
      bytes: new Uint8Array(readFileSync(path.join(root, 'data', name))),
    })),
  );
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const book = await savedFile(page, () =>
    page.getByRole('button', { name: 'Export workbook (XLSX)' }).click(),
  );
  expect(book.name).toMatch(/^xuejia-map-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const { report, graph } = await importSaved([book]);
  expect(report.files.map((file) => file.file)).toEqual([`${book.name} › nodes`, `${book.name} › edges`]);
  expect(withoutSpelling(graph)).toEqual(withoutSpelling(bundled.graph));
});

test('Download template gives a workbook and a CSV pair that import cleanly, in the UI language', async ({
  page,
}) => {
  await page.goto('/?lang=zh');
  await expect(page.getByRole('status')).toContainText(/节点 [1-9]\d* \/ \d+/);
  await page.getByRole('button', { name: '下载模板' }).click();
  const book = await savedFile(page, () => page.getByRole('button', { name: '工作簿（.xlsx）' }).click());
  const nodes = await savedFile(page, () => page.getByRole('button', { name: '节点 CSV' }).click());
  const edges = await savedFile(page, () => page.getByRole('button', { name: '关系 CSV' }).click());
  expect([book.name, nodes.name, edges.name]).toEqual([
    '产业链图谱模板.xlsx',
    '产业链图谱模板-节点.csv',
    '产业链图谱模板-关系.csv',
  ]);
  expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(nodes.bytes)).toMatch(/^\uFEFF编号,名称,类型/);
  const fromBook = await importSaved([book]);
  const fromCsv = await importSaved([nodes, edges]);
  expect(fromBook.report.problems).toEqual([]);
  expect(fromCsv.report.problems).toEqual([]);
  expect(withoutSpelling(fromBook.graph)).toEqual(withoutSpelling(fromCsv.graph));

  // The workbook goes straight back into the app.
  await page.getByLabel('导入 CSV 文件').setInputFiles({
    name: book.name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(book.bytes),
  });
  const report = page.getByRole('dialog', { name: '导入报告' });
  await expect(report).toContainText('产业链图谱模板.xlsx › 节点');
  await report.getByRole('button', { name: '应用' }).click();
  await expect(page.getByRole('status')).toContainText('节点 3 / 3');
});
