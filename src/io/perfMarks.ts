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

export const mark = (name: (typeof PERF_MARKS)[keyof typeof PERF_MARKS]): void => {
  performance.mark(name);
};
