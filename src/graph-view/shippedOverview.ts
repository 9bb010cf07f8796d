import type { Core } from 'cytoscape';
import type { Positions } from '../domain/layout';
import { mark, PERF_MARKS } from '../io/perfMarks';
import shipped from 'virtual:bundled-overview';
import { overviewKey } from './overviewLayout';

/** A browser test's request to lay the bundled map out anyway (src/app/mapTestHook.ts); dev and e2e builds only. */
const computeAnyway = (): boolean =>
  (import.meta.env.DEV || import.meta.env.MODE === 'e2e') &&
  typeof window !== 'undefined' &&
  window.__chainExplorerComputeOverview === true;

/**
 * The bundled map's overview as the build worked it out (build/bundledOverview.ts), when the
 * `nodeCount` drawn nodes, whose overview key `keyOf` gives (overviewKey.ts), are those it was
 * worked out for; null otherwise (other data, some hidden, other sizes), and the map lays them out itself.
 */
export const shippedOverviewOf = (nodeCount: number, keyOf: () => string): Positions | null => {
  if (nodeCount !== shipped.positions.length || computeAnyway()) return null;
  if (keyOf() !== shipped.key) return null;
  return new Map(shipped.positions.map(([id, x, y]) => [id, { x, y }]));
};

/** The shipped overview (shippedOverviewOf) for the elements cytoscape holds. */
export const shippedOverviewFor = (cy: Core): Positions | null => {
  const positions = shippedOverviewOf(cy.nodes().length, () => overviewKey(cy));
  if (positions) mark(PERF_MARKS.layoutShipped);
  return positions;
};
