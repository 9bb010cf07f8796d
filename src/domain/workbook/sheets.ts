import { cleanCell } from '../csv/columns';
import { detectRole } from '../csv/headers';
import { isBlank, type RecordTable } from '../csv/parse';

/**
 * Workbook sheets → the header and records the CSV readers take. Which sheets are read, and which
 * row is the header, are decided here; the cells arrive as the spreadsheet shows them (see
 * numberFormat.ts), merged areas already filled with their value.
 */

export interface SheetRow {
  /** As the spreadsheet numbers it, from 1. */
  row: number;
  /** By column, from column A. */
  cells: string[];
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
}

/** Sheet names that say what they hold; compared lower-case, without spaces. */
const NAMED_SHEET = /node|edge|link|relation|节点|关系|边/u;

/**
 * The sheets an import reads: those named like nodes / 节点 or edges / 关系 / 边, in workbook order,
 * else the first. What each holds is then read from its headers, as for a CSV file.
 */
export function sheetsToRead(names: readonly string[]): number[] {
  const named = names.flatMap((name, index) =>
    NAMED_SHEET.test(name.toLowerCase().replace(/\s+/g, '')) ? [index] : [],
  );
  if (named.length > 0) return named;
  return names.length > 0 ? [0] : [];
}

/** How far down a header is looked for under title rows (a merged 标题 over the table, a date line). */
const HEADER_SEARCH_ROWS = 10;

/**
 * The header is the first row, among the first non-blank ones, that names an id or source and
 * target columns; failing that the first non-blank row (the report then offers the column
 * mapping). Blank rows, and empty columns after the last header or value, are left out.
 */
export function sheetTable(rows: readonly SheetRow[]): RecordTable {
  const filled = rows.filter((row) => !isBlank(row.cells));
  const candidates = filled.slice(0, HEADER_SEARCH_ROWS);
  const headerIndex = Math.max(
    0,
    candidates.findIndex((row) => detectRole(row.cells.map(cleanCell)) !== undefined),
  );
  const header = filled[headerIndex];
  if (!header) return { header: [], headerRow: 1, records: [] };
  const body = filled.slice(headerIndex + 1);
  const lastUsed = (cells: readonly string[]) => cells.findLastIndex((cell) => cell.trim() !== '');
  const width =
    body.reduce((widest, row) => Math.max(widest, lastUsed(row.cells)), lastUsed(header.cells)) + 1;
  const fit = (cells: readonly string[]) => Array.from({ length: width }, (_, index) => cells[index] ?? '');
  return {
    header: fit(header.cells),
    headerRow: header.row,
    records: body.map((row) => ({ cells: fit(row.cells), row: row.row, badQuotes: false })),
  };
}
