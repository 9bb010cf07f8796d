/**
 * An editorial reading: a claim in a row that its source does not state, kept on purpose and said
 * so in the row. The bundled map marks them in an extra `editorial` column (see data/README.md):
 * one or more clauses `field[, field]: why`, separated by ` | `, where a field is a column name
 * (`locality`, `sector`, `segment`, …). A clause without a field names the whole row.
 */
import type { Attributes } from './types';

export interface EditorialClause {
  /** Column names the clause is about, in the contract's canonical spelling; empty for the whole row. */
  fields: string[];
  note: string;
}

/** Headers that hold editorial notes (matched case-insensitively, trimmed). */
const EDITORIAL_HEADERS = new Set(['editorial', '编辑解读']);

const CLAUSE = /^\s*([A-Za-z_]+(?:\s*[,;、]\s*[A-Za-z_]+)*)\s*[:：]\s*([\s\S]*)$/;

export function parseEditorial(text: string): EditorialClause[] {
  return text
    .split('|')
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '')
    .map((clause) => {
      const match = CLAUSE.exec(clause);
      if (!match) return { fields: [], note: clause };
      const fields = (match[1] ?? '').split(/[,;、]/).map((field) => field.trim().toLowerCase());
      return { fields, note: (match[2] ?? '').trim() };
    });
}

/** The header of a row's editorial column as written, if it has one. */
export function editorialColumnOf(attributes: Attributes): string | undefined {
  return Object.keys(attributes).find((column) => EDITORIAL_HEADERS.has(column.trim().toLowerCase()));
}

/** The editorial clauses of a row, from its kept attributes. */
export const editorialOf = (attributes: Attributes): EditorialClause[] => {
  const column = editorialColumnOf(attributes);
  return column === undefined ? [] : parseEditorial(attributes[column] ?? '');
};

/** A row's kept columns with a value, as [column, value], its editorial column left out (shown apart). */
export const keptColumnsOf = (attributes: Attributes): [column: string, value: string][] => {
  const editorial = editorialColumnOf(attributes);
  return Object.entries(attributes).filter(([column, text]) => text !== '' && column !== editorial);
};
