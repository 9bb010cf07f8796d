/** The performance budgets of DESIGN.md §4, as data, so the bench can say which are met. */
import type { DatasetSize } from './dataset';

/**
 * Figures of one run, or medians over runs; times in milliseconds, heap in MB, frames per second.
 * "Drawn" is pixels on screen (DESIGN.md §4), not the app's marks. Null: not measured (no layout
 * ran, the map opened complete, or an earlier phase timed out).
 */
export interface Figures {
  bootMs: number | null;
  importMs: number | null;
  /** Groups the Details panel counts in the first view; null when the map opened complete. */
  firstViewGroups: number | null;
  firstFrameMs: number | null;
  fullDetailMs: number | null;
  settledMs: number | null;
  panFps: number | null;
  slowestInputMs: number | null;
  filterMs: number | null;
  layoutMs: number | null;
  heapMB: number | null;
  longTaskCount: number;
  /** From the upload to full detail settled; 0 when no task took over LONG_TASK_MS. */
  longestTaskMs: number;
}
export type Measure = keyof Figures;

export const MEASURE_LABELS: Record<Measure, string> = {
  bootMs: 'boot: navigation → bundled map drawn',
  importMs: 'import (bytes → validated graph)',
  firstViewGroups: 'groups in the first view',
  firstFrameMs: 'first useful map: Apply → drawn',
  fullDetailMs: 'full detail: Show all → every element drawn',
  settledMs: 'full detail: layout settled (last whole-map redraw drawn)',
  panFps: 'pan + wheel on the full map: frames per second',
  slowestInputMs: 'slowest pan or wheel input, handled and drawn',
  filterMs: 'filter change → map updated',
  layoutMs: 'layout, all phases (ce:layout marks)',
  heapMB: 'JS heap after load, full detail (MB, after GC)',
  longTaskCount: 'main-thread tasks over 200 ms, upload → settled',
  longestTaskMs: 'longest main-thread task, upload → settled',
};

export const MEASURES = Object.keys(MEASURE_LABELS) as Measure[];

/** Figures where more is better: a budget is a floor, not a ceiling. */
export const AT_LEAST: ReadonlySet<Measure> = new Set(['panFps']);

/** DESIGN.md: "The main thread never blocks for more than 200 ms while a big file is parsed or laid out." */
export const LONG_TASK_MS = 200;

/** DESIGN.md §4, per size. */
export const BUDGETS: Partial<Record<Measure, Partial<Record<DatasetSize, number>>>> = {
  bootMs: { S: 600 },
  importMs: { M: 300, L: 1_500 },
  firstFrameMs: { S: 500, M: 1_000, L: 2_500 },
  fullDetailMs: { S: 1_000, M: 2_500, L: 8_000 },
  settledMs: { S: 2_000, M: 5_000, L: 20_000 },
  panFps: { S: 30, M: 10, L: 2 },
  slowestInputMs: { S: 200, M: 500, L: 1_000 },
  filterMs: { S: 50, M: 100, L: 500 },
  heapMB: { M: 150, L: 600 },
  longestTaskMs: { S: LONG_TASK_MS, M: LONG_TASK_MS, L: 500 },
};

/** "Initial JS download ≤ 350 KB gzip, whatever the data." */
export const INITIAL_JS_BUDGET_KB = 350;

export type Verdict = 'met' | 'missed';

export const verdictOf = (
  measure: Measure | null,
  figure: number | null,
  limit: number | undefined,
): Verdict | null =>
  figure === null || limit === undefined
    ? null
    : (measure !== null && AT_LEAST.has(measure) ? figure >= limit : figure <= limit)
      ? 'met'
      : 'missed';
