/**
 * Workbook bytes → the sheets the import reads, each cell as the spreadsheet shows it. Runs in the
 * import worker (see importWorker.ts), which loads this module only when a workbook comes in.
 */
import type { Cell, CellValue as ExcelValue, Worksheet } from 'exceljs';
import { failedImport, type ImportInput, type ImportResult, type InputFile } from '../domain/csv/import';
import { formatCell, type CellValue } from '../domain/workbook/numberFormat';
import { sheetsToRead, type Sheet, type SheetRow } from '../domain/workbook/sheets';
import { containerOf, zipHoldsWorkbook } from '../domain/workbook/sniff';
import { loadExcel } from './excel';

/** Formulas give their cached result, links their text, rich text its runs joined, errors their code. */
function plainValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return plainValue(value.text as ExcelValue);
  if ('formula' in value || 'sharedFormula' in value) return plainValue(value.result as ExcelValue);
  if ('error' in value) return String(value.error);
  return undefined;
}

/** A merged area's cells all show its top-left cell, in that cell's format. */
const shownText = (cell: Cell): string => {
  const source = cell.isMerged ? cell.master : cell;
  return formatCell(plainValue(source.value), source.numFmt);
};

function sheetRows(worksheet: Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = shownText(cell);
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return rows;
}

/** The sheets of one workbook that the import reads, named `file › sheet` in the report. */
async function readSheets(file: InputFile): Promise<ImportInput[] | ImportResult> {
  if (!zipHoldsWorkbook(file.bytes)) return failedImport(file.name, 'not-a-workbook');
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  try {
    // exceljs's types ask for a Node Buffer; in the browser it takes any ArrayBuffer view.
    await workbook.xlsx.load(file.bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    return failedImport(file.name, 'workbook-unreadable', {
      message: error instanceof Error ? error.message : String(error),
    });
  }
  const { worksheets } = workbook;
  if (worksheets.length === 0) return failedImport(file.name, 'not-a-workbook');
  return sheetsToRead(worksheets.map((sheet) => sheet.name)).map((index) => {
    const worksheet = worksheets[index] as Worksheet;
    const sheet: Sheet = { name: worksheet.name, rows: sheetRows(worksheet) };
    return { name: `${file.name} › ${sheet.name}`, sheet };
  });
}

/**
 * Every workbook in `files` replaced by its sheets; other files pass through. A workbook that
 * cannot be read gives a fatal result instead, and nothing is imported.
 */
export async function expandWorkbooks(files: readonly InputFile[]): Promise<ImportInput[] | ImportResult> {
  const inputs: ImportInput[] = [];
  for (const file of files) {
    if (containerOf(file.bytes) !== 'zip') {
      inputs.push(file);
      continue;
    }
    const sheets = await readSheets(file);
    if (!Array.isArray(sheets)) return sheets;
    inputs.push(...sheets);
  }
  return inputs;
}
