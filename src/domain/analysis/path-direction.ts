/** Which way a path runs along the supply ties it uses: with the goods, or against them. */
import type { AnalysedGraph } from './analysedGraph';
import type { GraphPath } from './paths';

export interface RankedPath extends GraphPath {
  /** Hops (indices into `edgeIds`) that walk a supply tie from customer back to supplier. */
  againstSupply: number[];
}

/**
 * The paths with their hops against supply, those that follow supply first (fewest hops against
 * it), then shortest; a stable sort keeps the search's order among equals. A planner asking how a
 * firm reaches another reads a route along the goods as the answer, a route back up as a detour.
 */
export function rankBySupplyDirection(graph: AnalysedGraph, paths: readonly GraphPath[]): RankedPath[] {
  const wanted = new Set(paths.flatMap((path) => path.edgeIds));
  const supplyById = new Map(
    graph.edges
      .filter((edge) => edge.relation === 'supply' && wanted.has(edge.id))
      .map((edge) => [edge.id, edge]),
  );
  return paths
    .map((path) => ({
      ...path,
      againstSupply: path.edgeIds.flatMap((edgeId, hop) =>
        supplyById.get(edgeId)?.target === path.nodeIds[hop] ? [hop] : [],
      ),
    }))
    .sort((a, b) => a.againstSupply.length - b.againstSupply.length || a.edgeIds.length - b.edgeIds.length);
}
