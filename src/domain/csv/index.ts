/** The CSV import and export pipeline (DESIGN.md §1): bytes → Graph + ImportReport, Graph → CSV. */
export {
  importFiles,
  failedImport,
  PREVIEW_ROWS,
  type InputFile,
  type ImportResult,
  type ImportOptions,
  type ColumnMapping,
} from './import';
export {
  NODE_FIELDS,
  EDGE_FIELDS,
  guessRoles,
  type ColumnRole,
  type NodeField,
  type EdgeField,
} from './headers';
export { exportNodesCsv, exportEdgesCsv } from './export';
export {
  readTable,
  parseCsvText,
  DELIMITERS,
  type CsvTable,
  type CsvText,
  type CsvRecord,
  type ReadTableResult,
} from './parse';
export { decodeBytes, type TextEncoding } from './decode';
export { awardLevelOf, highestAwardLevel } from './awards';
export { PROBLEM_CODES, PROBLEM_SEVERITIES, PROBLEMS_PER_CODE, type ProblemCode } from './problems';
export type { Problem, Severity, FileRole, FileSummary, ImportReport } from './report';
