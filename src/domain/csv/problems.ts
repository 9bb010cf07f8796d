import type { Problem, Severity } from './report';

/**
 * Every problem code the import can report, with the severity it has. src/i18n/problems.ts holds a
 * zh and an en message for each; a test checks that the two lists agree.
 */
export const PROBLEM_SEVERITIES = {
  // Fatal: nothing may be applied.
  'no-files': 'fatal',
  'read-failed': 'fatal',
  'unreadable-file': 'fatal',
  'binary-content': 'fatal',
  'empty-file': 'fatal',
  'legacy-xls': 'fatal',
  'workbook-encrypted': 'fatal',
  'not-a-workbook': 'fatal',
  'workbook-unreadable': 'fatal',
  'missing-required-columns': 'fatal',
  'no-valid-rows': 'fatal',
  'internal-error': 'fatal',
  // Errors: the row is skipped.
  'empty-id': 'error',
  'duplicate-id': 'error',
  'empty-endpoint': 'error',
  'unknown-endpoint': 'error',
  'ambiguous-endpoint': 'error',
  'long-row': 'error',
  'malformed-quotes': 'error',
  // Warnings: the row is kept.
  'fallback-encoding': 'warning',
  'duplicate-column': 'warning',
  'unnamed-column': 'warning',
  'short-row': 'warning',
  'no-type-column': 'warning',
  'missing-type': 'warning',
  'unknown-type': 'warning',
  'unknown-award-level': 'warning',
  'unknown-locality': 'warning',
  'unknown-key-value': 'warning',
  'invalid-coordinate': 'warning',
  'unknown-sector': 'warning',
  'unknown-segment': 'warning',
  'unknown-relation': 'warning',
  'invalid-weight': 'warning',
  'self-loop': 'warning',
  'duplicate-edge': 'warning',
  'endpoint-by-name': 'warning',
  'nodes-from-edges': 'warning',
  'edges-dropped': 'warning',
  'no-edges': 'warning',
  // Notes.
  'mixed-line-endings': 'info',
  'edges-kept': 'info',
  /** Sums up one code's problems in one file beyond PROBLEMS_PER_CODE; it is reported with their severity, not this one. */
  'more-problems': 'info',
} as const satisfies Record<string, Severity>;

export type ProblemCode = keyof typeof PROBLEM_SEVERITIES;
export const PROBLEM_CODES = Object.keys(PROBLEM_SEVERITIES) as ProblemCode[];

/** A file with thousands of bad rows would bury the report: each code is listed this often per file. */
export const PROBLEMS_PER_CODE = 100;

export type ProblemDetails = Omit<Problem, 'severity' | 'code' | 'file'>;

/** Collects an import's problems for one file at a time, keeping at most PROBLEMS_PER_CODE of each code. */
export class ProblemLog {
  readonly problems: Problem[] = [];
  private readonly overflow = new Map<string, { file: string; code: ProblemCode; count: number }>();
  private readonly listed = new Map<string, number>();

  add(file: string, code: ProblemCode, details: ProblemDetails = {}): void {
    const key = `${file}\u0000${code}`;
    const listed = this.listed.get(key) ?? 0;
    if (listed < PROBLEMS_PER_CODE) {
      this.listed.set(key, listed + 1);
      this.problems.push({ severity: PROBLEM_SEVERITIES[code], code, file, ...details });
      return;
    }
    const overflow = this.overflow.get(key);
    if (overflow) overflow.count += 1;
    else this.overflow.set(key, { file, code, count: 1 });
  }

  get fatal(): boolean {
    return this.problems.some((problem) => problem.severity === 'fatal');
  }

  /** The problems, each overflow summed up as one `more-problems` entry with the severity it stands for. */
  finish(): Problem[] {
    const summaries = [...this.overflow.values()].map(({ file, code, count }): Problem => ({
      severity: PROBLEM_SEVERITIES[code],
      code: 'more-problems',
      file,
      params: { code, count: String(count) },
    }));
    return [...this.problems, ...summaries];
  }
}
