/** The CSV import and export pipeline (DESIGN.md §1): bytes → Graph + ImportReport, Graph → CSV. */
export { importFiles, failedImport, type InputFile, type ImportResult, type ImportOptions } from './import';
export { exportNodesCsv, exportEdgesCsv } from './export';
export { readTable, parseCsvText, DELIMITERS, type CsvTable, type CsvText, type CsvRecord, type ReadTableResult } from './parse';
export { decodeBytes, type TextEncoding } from './decode';
export { awardLevelOf, highestAwardLevel } from './awards';
export { PROBLEM_CODES, PROBLEM_SEVERITIES, PROBLEMS_PER_CODE, type ProblemCode } from './problems';
export type { Problem, Severity, FileRole, FileSummary, ImportReport } from './report';
