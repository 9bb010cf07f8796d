/**
 * Sheets of text cells → `.xlsx` bytes, with exceljs loaded on the first call. Every cell is
 * written as text, so ids like `00123` stay as they are; cells come formula-safe from the caller
 * (domain/csv/export.ts), the same cells the CSV export writes.
 */
import { downloadBlob } from './download';
import { loadExcel } from './excel';

export interface SheetToWrite {
  name: string;
  rows: readonly (readonly string[])[];
}

/** Wide enough to read a name, never wider than a description needs. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 48;

export async function writeWorkbook(sheets: readonly SheetToWrite[]): Promise<Uint8Array<ArrayBuffer>> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  for (const { name, rows } of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRows(rows.map((row) => [...row]));
    sheet.getRow(1).font = { bold: true };
    const widths = rows[0]?.map((_, column) =>
      rows.reduce((widest, row) => Math.max(widest, (row[column] ?? '').length), MIN_WIDTH),
    );
    widths?.forEach((width, column) => {
      sheet.getColumn(column + 1).width = Math.min(width + 2, MAX_WIDTH);
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const downloadWorkbook = async (sheets: readonly SheetToWrite[], file: string): Promise<void> =>
  downloadBlob(new Blob([await writeWorkbook(sheets)], { type: XLSX_TYPE }), file);
