/**
 * Named performance marks the benchmark (bench/) reads from the page. One list, so the app and the
 * bench cannot drift apart.
 */
export const PERF_MARKS = {
  importStart: 'ce:import:start',
  importEnd: 'ce:import:end',
  graphDrawn: 'ce:graph:drawn',
  filtersDrawn: 'ce:filters:drawn',
  layoutStart: 'ce:layout:start',
  layoutEnd: 'ce:layout:end',
  /** The overview came with the build (the bundled map): no layout was computed. */
  layoutShipped: 'ce:layout:shipped',
} as const;

type MarkName = (typeof PERF_MARKS)[keyof typeof PERF_MARKS];

const waiting = new Map<MarkName, (() => void)[]>();

export const mark = (name: MarkName): void => {
  performance.mark(name);
  const callbacks = waiting.get(name);
  if (!callbacks) return;
  waiting.delete(name);
  for (const callback of callbacks) callback();
};

/**
 * Calls `then` when `name` is next marked, in the task that marks it (an observer would be told in
 * a later task, after the frame: what must change in the frame the mark speaks of cannot wait for it).
 */
export const whenNextMarked = (name: MarkName, then: () => void): void => {
  waiting.set(name, [...(waiting.get(name) ?? []), then]);
};
