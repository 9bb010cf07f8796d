import type { Graph } from '../graph/types';
import type { Positions } from './geometry';

/** The nodes with a saved position (dragged by hand, or `x`,`y` in nodes.csv). */
export const pinnedPositions = (graph: Graph): Positions => {
  const pinned: Positions = new Map();
  for (const node of graph.nodes)
    if (Number.isFinite(node.x) && Number.isFinite(node.y))
      pinned.set(node.id, { x: node.x ?? 0, y: node.y ?? 0 });
  return pinned;
};

/**
 * A layout's positions with every pinned node where it was put: the layout places the others. A
 * dragged node must not jump back when the map is laid out again, on a reload too.
 */
export const withPinned = (planned: Positions, graph: Graph): Positions => {
  const pinned = pinnedPositions(graph);
  if (pinned.size === 0) return planned;
  const positions = new Map(planned);
  for (const [id, point] of pinned) if (positions.has(id)) positions.set(id, point);
  return positions;
};
