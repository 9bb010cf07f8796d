import type { Graph } from '../graph/types';
import type { FilterResult } from './apply-filters';

/**
 * What the filters let through, narrowed to the nodes a view keeps (the enterprise circle's rings):
 * those nodes, and the edges between two of them. What the map draws, so what the status counts.
 */
export const withinNodes = (
  graph: Graph,
  visible: FilterResult,
  keep: { has: (id: string) => boolean },
): FilterResult => {
  const nodeIds = new Set<string>();
  for (const node of graph.nodes) if (keep.has(node.id) && visible.nodeIds.has(node.id)) nodeIds.add(node.id);
  const edgeIds = new Set<string>();
  for (const edge of graph.edges)
    if (visible.edgeIds.has(edge.id) && nodeIds.has(edge.source) && nodeIds.has(edge.target))
      edgeIds.add(edge.id);
  return { nodeIds, edgeIds };
};
