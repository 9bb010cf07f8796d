import type { ElementDefinition } from 'cytoscape';
import type { MapChanges } from '../domain/diff';
import type { Legend } from '../domain/legend';
import { edgeElement, nodeElement } from './elements';

/**
 * A removed element's ghost is drawn under an id of its own: no tap, drag or panel takes it for an
 * element of the map, and an id the update reuses cannot collide with it.
 */
export const GHOST_PREFIX = 'ghost:';

/** Each element's change, as the stylesheet reads it (`data(change)`); '' for none, so turning the changes off clears it. */
export type ChangeMark = 'added' | 'changed' | 'removed' | 'contains' | '';

/**
 * Marks the drawn elements with their change ('contains' for a group holding a changed node) and
 * adds the removed ones as ghosts, each node next to a neighbour that stayed (`near`), and each
 * edge where both its ends are drawn. Without changes every mark is cleared.
 */
export const markChanges = (
  elements: Map<string, ElementDefinition>,
  changes: MapChanges | null,
  legend: Legend,
  groupOf: ReadonlyMap<string, string> | null,
): Map<string, string> => {
  const near = new Map<string, string>();
  for (const [id, element] of elements) {
    const data = element.data as Record<string, unknown>;
    data.change = (element.group === 'nodes' ? changes?.nodes.get(id) : changes?.edges.get(id)) ?? '';
  }
  if (!changes) return near;
  if (groupOf) {
    // A group holding an added or changed node is marked: opening it shows which.
    for (const id of changes.nodes.keys()) {
      const group = elements.get(groupOf.get(id) ?? '');
      if (group && group.data.change === '') group.data.change = 'contains';
    }
    return near;
  }
  const removed = new Set(changes.removedNodes.map((node) => node.id));
  const endOf = (id: string): string | null =>
    removed.has(id) ? GHOST_PREFIX + id : elements.has(id) ? id : null;
  changes.removedNodes.forEach((node, index) => {
    const ghost = nodeElement(node, legend, index);
    ghost.data = { ...ghost.data, id: GHOST_PREFIX + node.id, change: 'removed' };
    ghost.grabbable = false;
    ghost.selectable = false;
    if (!elements.has(ghost.data.id ?? '')) elements.set(ghost.data.id ?? '', ghost);
  });
  for (const edge of changes.removedEdges) {
    const source = endOf(edge.source);
    const target = endOf(edge.target);
    if (source === null || target === null) continue;
    const ghost = edgeElement(edge, legend);
    ghost.data = { ...ghost.data, id: GHOST_PREFIX + edge.id, source, target, change: 'removed' };
    ghost.selectable = false;
    elements.set(ghost.data.id ?? '', ghost);
    // A ghost starts next to a neighbour still on the map, where it was tied in.
    if (source.startsWith(GHOST_PREFIX) && !target.startsWith(GHOST_PREFIX) && !near.has(source))
      near.set(source, target);
    if (target.startsWith(GHOST_PREFIX) && !source.startsWith(GHOST_PREFIX) && !near.has(target))
      near.set(target, source);
  }
  return near;
};
