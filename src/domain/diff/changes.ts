/**
 * What an applied update changed on the map: the import report's diff (diffGraphs), read against
 * the map shown before it, in the forms the map, the filters, the table and the export need.
 */
import type { Graph, GraphEdge, GraphNode } from '../graph/types';
import { diffGraphs, type ElementDiff, type GraphDiff } from './diff-graphs';

export const CHANGE_KINDS = ['added', 'changed', 'removed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
/** What an element of the current map can be; removed ones are only in the map before. */
export type PresentChange = Exclude<ChangeKind, 'removed'>;

export interface MapChanges {
  /** Added and changed nodes of the current map, by id. */
  nodes: ReadonlyMap<string, PresentChange>;
  edges: ReadonlyMap<string, PresentChange>;
  /** The fields that changed, by id of a changed node / edge (names as in diffGraphs). */
  nodeFields: ReadonlyMap<string, readonly string[]>;
  edgeFields: ReadonlyMap<string, readonly string[]>;
  /** Gone since the map before, as they were there (the map draws them as ghosts). */
  removedNodes: readonly GraphNode[];
  removedEdges: readonly GraphEdge[];
  /** Nodes and edges together. */
  counts: Readonly<Record<ChangeKind, number>>;
}

/**
 * Where a node stands belongs to the map, not to the data: a drag or a saved layout writes x/y into
 * the graph after Apply, and would otherwise mark every moved node as changed.
 */
const MAP_ONLY_FIELDS: ReadonlySet<string> = new Set(['x', 'y']);

const present = (diff: ElementDiff) => {
  const kinds = new Map<string, PresentChange>(diff.added.map((id) => [id, 'added']));
  const fields = new Map<string, readonly string[]>();
  for (const { id, fields: all } of diff.changed) {
    const data = all.filter((field) => !MAP_ONLY_FIELDS.has(field));
    if (data.length === 0) continue;
    kinds.set(id, 'changed');
    fields.set(id, data);
  }
  return { kinds, fields };
};

const pick = <Element extends { id: string }>(elements: readonly Element[], ids: readonly string[]) => {
  if (ids.length === 0) return [];
  const wanted = new Set(ids);
  return elements.filter((element) => wanted.has(element.id));
};

/** `before` is the map shown before the update, `after` the one shown now. */
export const mapChangesOf = (before: Graph, after: Graph): MapChanges =>
  mapChangesFromDiff(before, diffGraphs(before, after));

/** The same from the import report's diff of `before` and the map shown now, when it is at hand (a big diff costs tens of milliseconds). */
export const mapChangesFromDiff = (before: Graph, diff: GraphDiff): MapChanges => {
  const nodes = present(diff.nodes);
  const edges = present(diff.edges);
  const removedNodes = pick(before.nodes, diff.nodes.removed);
  const removedEdges = pick(before.edges, diff.edges.removed);
  return {
    nodes: nodes.kinds,
    edges: edges.kinds,
    nodeFields: nodes.fields,
    edgeFields: edges.fields,
    removedNodes,
    removedEdges,
    counts: {
      added: diff.nodes.added.length + diff.edges.added.length,
      changed: nodes.fields.size + edges.fields.size,
      removed: removedNodes.length + removedEdges.length,
    },
  };
};

export const hasChanges = (changes: MapChanges): boolean =>
  changes.counts.added + changes.counts.changed + changes.counts.removed > 0;

/**
 * Whether the new map is an update of the one before that changed something: it keeps some of its
 * nodes. Another map altogether (no id in common) would show as all added and all removed.
 */
export const isChangingUpdate = (changes: MapChanges, before: Graph): boolean =>
  hasChanges(changes) && changes.removedNodes.length < before.nodes.length;

/**
 * What "Changed only" keeps of the current map: the added and changed edges, and the nodes that
 * are added or changed or sit at the end of such an edge (an edge is drawn between two nodes).
 */
export const changedOnlyIds = (
  changes: MapChanges,
  graph: Graph,
): { nodeIds: ReadonlySet<string>; edgeIds: ReadonlySet<string> } => {
  const nodeIds = new Set(changes.nodes.keys());
  const edgeIds = new Set(changes.edges.keys());
  for (const edge of graph.edges) {
    if (!edgeIds.has(edge.id)) continue;
    nodeIds.add(edge.source);
    nodeIds.add(edge.target);
  }
  return { nodeIds, edgeIds };
};
