import type { ElementDefinition } from 'cytoscape';
import type { MapChanges } from '../domain/diff';
import type { GraphEdge, GraphNode } from '../domain/graph/types';
import type { Legend } from '../domain/legend';
import { edgeElement, nodeElement } from './elements';

/**
 * A removed element's ghost is drawn under an id of its own: no tap, drag or panel takes it for an
 * element of the map, and an id the update reuses cannot collide with it.
 */
export const GHOST_PREFIX = 'ghost:';

/** Each element's change, as the stylesheet reads it (`data(change)`); '' for none, so turning the changes off clears it. */
export type ChangeMark = 'added' | 'changed' | 'removed' | 'contains' | '';

/** A removed edge's ghost, between its ends as drawn (a ghost node's id for a removed end). */
export interface GhostEdge {
  edge: GraphEdge;
  source: string;
  target: string;
}

/** The removed nodes and edges to draw as ghosts, and for each ghost node the node it starts next to. */
export interface Ghosts {
  nodes: readonly GraphNode[];
  edges: GhostEdge[];
  near: Map<string, string>;
}

/**
 * The ghosts of an update's removed elements over a drawn view: every removed node, and each
 * removed edge whose both ends are drawn (`drawn`) or ghosts; a ghost node starts next to a
 * neighbour still on the map, where it was tied in.
 */
export const ghostsOf = (changes: MapChanges, drawn: (id: string) => boolean): Ghosts => {
  const near = new Map<string, string>();
  const removed = new Set(changes.removedNodes.map((node) => node.id));
  const endOf = (id: string): string | null => (removed.has(id) ? GHOST_PREFIX + id : drawn(id) ? id : null);
  const edges: GhostEdge[] = [];
  for (const edge of changes.removedEdges) {
    const source = endOf(edge.source);
    const target = endOf(edge.target);
    if (source === null || target === null) continue;
    edges.push({ edge, source, target });
    if (source.startsWith(GHOST_PREFIX) && !target.startsWith(GHOST_PREFIX) && !near.has(source))
      near.set(source, target);
    if (target.startsWith(GHOST_PREFIX) && !source.startsWith(GHOST_PREFIX) && !near.has(target))
      near.set(target, source);
  }
  return { nodes: changes.removedNodes, edges, near };
};

/**
 * Marks the drawn elements with their change ('contains' for a group holding a changed node) and
 * adds the removed ones as ghosts (ghostsOf). Without changes every mark is cleared.
 */
export const markChanges = (
  elements: Map<string, ElementDefinition>,
  changes: MapChanges | null,
  legend: Legend,
  groupOf: ReadonlyMap<string, string> | null,
): Map<string, string> => {
  for (const [id, element] of elements) {
    const data = element.data as Record<string, unknown>;
    data.change = (element.group === 'nodes' ? changes?.nodes.get(id) : changes?.edges.get(id)) ?? '';
  }
  if (!changes) return new Map();
  if (groupOf) {
    // A group holding an added or changed node is marked: opening it shows which.
    for (const id of changes.nodes.keys()) {
      const group = elements.get(groupOf.get(id) ?? '');
      if (group && group.data.change === '') group.data.change = 'contains';
    }
    return new Map();
  }
  const ghosts = ghostsOf(changes, (id) => elements.has(id));
  ghosts.nodes.forEach((node, index) => {
    const ghost = nodeElement(node, legend, index);
    ghost.data = { ...ghost.data, id: GHOST_PREFIX + node.id, change: 'removed' };
    ghost.grabbable = false;
    ghost.selectable = false;
    if (!elements.has(ghost.data.id ?? '')) elements.set(ghost.data.id ?? '', ghost);
  });
  for (const { edge, source, target } of ghosts.edges) {
    const ghost = edgeElement(edge, legend);
    ghost.data = { ...ghost.data, id: GHOST_PREFIX + edge.id, source, target, change: 'removed' };
    ghost.selectable = false;
    elements.set(ghost.data.id ?? '', ghost);
  }
  return ghosts.near;
};
