import { createAttributes, NO_ATTRIBUTES, type Attributes } from '../graph/types';
import type { ColumnPlan } from './headers';
import type { CsvRecord } from './parse';
import type { ProblemLog } from './problems';
import { restoreFormula } from './formula';

/** Every cell and header is read trimmed, with the export's formula apostrophe taken off. */
export const cleanCell = (cell: string): string => restoreFormula(cell.trim());

/** The cleaned cell at a column index; '' for a column the file lacks (-1) or a short row. */
export const readCell = (cells: readonly string[], index: number): string =>
  index < 0 ? '' : cleanCell(cells[index] ?? '');

/** How the report's column summary names a Gephi direction column: it feeds the edges' `directed` flag. */
export const DIRECTION_COLUMN = 'directed';

export interface ExtraColumn {
  name: string;
  index: number;
}

/** Where each field of the contract is read in one file, and which columns are kept as attributes. */
export interface ColumnLayout<F extends string> {
  /** The column index of each field; -1 when the file has none. */
  index: Record<F, number>;
  /** The field's header as the file writes it. */
  header: Record<F, string>;
  /** Unknown columns, and later columns spelling a field already read, kept as attributes in file order. */
  extras: ExtraColumn[];
  /** Columns with an empty header. */
  unnamed: number[];
  /** Header → field it was matched to ('' for a kept column): the report's FileSummary.columns. */
  summary: Attributes;
  width: number;
}

/**
 * Lays out a file's columns from its plan. A column set aside (a Gephi direction column) is kept as
 * an attribute and summarised under its own role.
 */
export function layoutColumns<F extends string>(
  header: readonly string[],
  fields: readonly F[],
  plan: ColumnPlan<F>,
  file: string,
  log: ProblemLog,
  setAside?: { index: number; role: string },
): ColumnLayout<F> {
  const index = {} as Record<F, number>;
  const names = {} as Record<F, string>;
  const roles = new Map<number, string>();
  const kept = [...plan.unknown];
  for (const field of fields) {
    const claims = (plan.claims.get(field) ?? []).filter((column) => column !== setAside?.index);
    const [first = -1, ...later] = claims;
    index[field] = first;
    names[field] = header[first] ?? field;
    if (first >= 0) roles.set(first, field);
    kept.push(...later);
  }
  if (setAside) {
    kept.push(setAside.index);
    roles.set(setAside.index, setAside.role);
  }
  kept.sort((a, b) => a - b);
  const summary = createAttributes();
  const left = new Set([...plan.unnamed, ...plan.repeated]);
  header.forEach((name, column) => {
    if (!left.has(column)) summary[name] = roles.get(column) ?? '';
  });
  for (const column of plan.repeated) log.add(file, 'duplicate-column', { column: header[column] ?? '' });
  return {
    index,
    header: names,
    extras: kept.map((column) => ({ name: header[column] ?? '', index: column })),
    unnamed: plan.unnamed,
    summary,
    width: header.length,
  };
}

/**
 * The record's cells when they can be read: a short row is read with empty cells (warning); a long
 * row is fine when its surplus cells are empty, and skipped otherwise, as is a row with broken quotes.
 */
export function fitRecord(
  record: CsvRecord,
  layout: { width: number },
  file: string,
  log: ProblemLog,
): string[] | undefined {
  const { cells, row } = record;
  if (record.badQuotes) {
    log.add(file, 'malformed-quotes', { row });
    return undefined;
  }
  if (cells.length === layout.width) return cells;
  const params = { expected: String(layout.width), found: String(cells.length) };
  if (cells.length < layout.width) {
    log.add(file, 'short-row', { row, params });
    return cells;
  }
  const surplus = cells.slice(layout.width).find((cell) => cell.trim() !== '');
  if (surplus === undefined) return cells;
  log.add(file, 'long-row', { row, value: surplus.trim(), params });
  return undefined;
}

/**
 * The row's non-empty values in kept columns (a null-prototype object: `__proto__` is just a name);
 * NO_ATTRIBUTES when there are none.
 */
export function readAttributes(cells: readonly string[], extras: readonly ExtraColumn[]): Attributes {
  let attributes = NO_ATTRIBUTES;
  for (const { name, index } of extras) {
    const value = cleanCell(cells[index] ?? '');
    if (value === '') continue;
    if (attributes === NO_ATTRIBUTES) attributes = createAttributes();
    attributes[name] = value;
  }
  return attributes;
}

/** Warns once per file when a column without a header holds data: that data cannot be kept. */
export function checkUnnamedColumns(
  cells: readonly string[],
  layout: { unnamed: readonly number[] },
  row: number,
  file: string,
  log: ProblemLog,
): boolean {
  const column = layout.unnamed.find((index) => (cells[index] ?? '').trim() !== '');
  if (column === undefined) return false;
  log.add(file, 'unnamed-column', {
    row,
    value: (cells[column] ?? '').trim(),
    params: { position: String(column + 1) },
  });
  return true;
}
