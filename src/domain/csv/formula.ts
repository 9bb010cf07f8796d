/**
 * Spreadsheet formula injection. A cell that a spreadsheet could run as a formula (one starting
 * with = + - @, a tab, CR or NUL, on its first line or on any later line of a multi-line cell) is
 * exported behind an apostrophe, the prefix spreadsheets read as "this is text".
 *
 * The import takes exactly that apostrophe off again, and only where it is followed by such a start,
 * so import(export(graph)) gives back every value unchanged, a value that itself began with
 * apostrophes included (export adds one more, import removes one). A hand-written `'=SUM(A1)` is
 * read as `=SUM(A1)`, as a spreadsheet would show it; it is shown as text either way.
 */

const FORMULA_START = /^[=+\-@\t\r\0]|[\r\n][=+\-@\t\0]/;
const LEADING_APOSTROPHES = /^'+/;
const APOSTROPHE = 39;

const needsApostrophe = (value: string): boolean =>
  FORMULA_START.test(value.replace(LEADING_APOSTROPHES, ''));

export const neutraliseFormula = (value: string): string => (needsApostrophe(value) ? `'${value}` : value);

export const restoreFormula = (cell: string): string =>
  cell.charCodeAt(0) === APOSTROPHE && needsApostrophe(cell.slice(1)) ? cell.slice(1) : cell;
