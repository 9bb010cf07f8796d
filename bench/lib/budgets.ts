/** The performance budgets of DESIGN.md §4, as data, so the bench can say which are met. */
import type { DatasetSize } from './dataset';

/**
 * Figures of one run, or medians over runs; times in milliseconds, heap in MB. Null: not measured
 * (no layout ran, or an earlier phase timed out).
 */
export interface Figures {
  importMs: number | null;
  firstFrameMs: number | null;
  fullDetailMs: number | null;
  filterMs: number | null;
  layoutMs: number | null;
  heapMB: number | null;
  longTaskCount: number;
  /** 0 when no task took over LONG_TASK_MS. */
  longestTaskMs: number;
}
export type Measure = keyof Figures;

export const MEASURE_LABELS: Record<Measure, string> = {
  importMs: 'import (bytes → validated graph)',
  firstFrameMs: 'first useful frame (Apply → drawn)',
  fullDetailMs: 'every element drawn',
  filterMs: 'filter change → map updated',
  layoutMs: 'layout, all phases (ce:layout marks)',
  heapMB: 'JS heap after load (MB, after GC)',
  longTaskCount: 'main-thread tasks over 200 ms',
  longestTaskMs: 'longest main-thread task',
};

export const MEASURES = Object.keys(MEASURE_LABELS) as Measure[];

/** DESIGN.md: "The main thread never blocks for more than 200 ms while a big file is parsed or laid out." */
export const LONG_TASK_MS = 200;

/** Budgets per size; DESIGN.md sets none for S. */
export const BUDGETS: Partial<Record<Measure, Partial<Record<DatasetSize, number>>>> = {
  importMs: { M: 300, L: 1_500 },
  firstFrameMs: { M: 2_000, L: 8_000 },
  fullDetailMs: { M: 3_900, L: 19_000 },
  filterMs: { M: 100, L: 500 },
  heapMB: { M: 150, L: 600 },
  longestTaskMs: { M: LONG_TASK_MS, L: LONG_TASK_MS },
};

/** "Initial JS download ≤ 350 KB gzip, whatever the data." */
export const INITIAL_JS_BUDGET_KB = 350;

export type Verdict = 'met' | 'missed';

export const verdictOf = (figure: number | null, limit: number | undefined): Verdict | null =>
  figure === null || limit === undefined ? null : figure <= limit ? 'met' : 'missed';
