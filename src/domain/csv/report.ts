/**
 * What an import found wrong. Problems are data (a code plus the place and value), never prose:
 * the UI renders them in its language through src/i18n.
 */

export type Severity = 'fatal' | 'error' | 'warning' | 'info';

export interface Problem {
  severity: Severity;
  /** Stable identifier; each has a zh and an en message in src/i18n. */
  code: string;
  file: string;
  /** As a spreadsheet shows it: the header is row 1. Absent for file-level problems. */
  row?: number;
  column?: string;
  value?: string;
  /** Extra values the message interpolates, e.g. { count: '3' }. */
  params?: Record<string, string>;
}

export type FileRole = 'nodes' | 'edges';

export interface FileSummary {
  file: string;
  role: FileRole | 'unknown';
  /** Set for a workbook sheet (then encoding and delimiter are empty). */
  sheet?: string;
  encoding: string;
  delimiter: string;
  rows: number;
  /** Header → contract field it was matched to ('' for a kept unknown column). */
  columns: Record<string, string>;
  /** Set when the headers name no role by themselves: the header and the first rows, for the column-mapping step. */
  preview?: { header: string[]; rows: string[][] };
}

export interface ImportReport {
  files: FileSummary[];
  problems: Problem[];
  /** True when anything fatal was found: nothing may be applied. */
  fatal: boolean;
  nodeCount: number;
  edgeCount: number;
}
