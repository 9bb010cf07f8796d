import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { test, expect, openApp, statusCounts } from './fixtures';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = (name: string) => path.join(root, 'tests/fixtures', name);
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
