/** What an import changed: nodes and edges added, removed or edited, matched by id. */
import type { Attributes, Graph, GraphEdge, GraphNode } from '../graph/types';

export interface ChangedElement {
  id: string;
  /** Field names as in GraphNode / GraphEdge; unknown columns as `attributes.<column>`. */
  fields: string[];
}

export interface ElementDiff {
  /** In the order of the new graph. */
  added: string[];
  /** In the order of the old graph. */
  removed: string[];
  /** In the order of the new graph. */
  changed: ChangedElement[];
}

export interface GraphDiff {
  nodes: ElementDiff;
  edges: ElementDiff;
}

/** Listing each compared field as a key makes the compiler flag a field added to the model but not here. */
type ComparedFields<Element> = Record<Exclude<keyof Element, 'id' | 'attributes'>, true>;

const NODE_FIELDS = Object.keys({
  name: true,
  type: true,
  sectors: true,
  segment: true,
  awardLevel: true,
  awards: true,
  locality: true,
  key: true,
  description: true,
  evidence: true,
  url: true,
  x: true,
  y: true,
} satisfies ComparedFields<GraphNode>) as (keyof GraphNode & string)[];

const EDGE_FIELDS = Object.keys({
  source: true,
  target: true,
  relation: true,
  directed: true,
  weight: true,
  label: true,
  evidence: true,
} satisfies ComparedFields<GraphEdge>) as (keyof GraphEdge & string)[];

/** Sectors and awards are sets written as lists: reordering them in the file changes nothing on the map. */
const sameValue = (before: unknown, after: unknown): boolean => {
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) return false;
    // Most lists come back in the same order: sorting copies is for those that do not.
    if (before.every((value, i) => value === after[i])) return true;
    const sortedAfter = [...after].sort();
    return [...before].sort().every((value, i) => value === sortedAfter[i]);
  }
  return Object.is(before, after);
};

/** A missing attribute counts as empty: a CSV cannot tell an absent column from an empty cell. */
const changedAttributes = (before: Attributes, after: Attributes, changed: string[]): void => {
  // Most elements share the empty attributes object (NO_ATTRIBUTES), or were not re-read.
  if (before === after) return;
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const name of names)
    if ((before[name] ?? '') !== (after[name] ?? '')) changed.push(`attributes.${name}`);
};

/**
 * Every element of `after` is looked up once in a map of `before`, so an import over a small map
 * costs one lookup per new element; only the elements found are remembered for `removed`.
 */
const diffElements = <Element extends GraphNode | GraphEdge>(
  before: readonly Element[],
  after: readonly Element[],
  fields: readonly (keyof Element & string)[],
): ElementDiff => {
  const beforeById = new Map(before.map((element) => [element.id, element]));
  const kept = new Set<string>();
  const added: string[] = [];
  const changed: ChangedElement[] = [];
  for (const element of after) {
    const previous = beforeById.get(element.id);
    if (!previous) {
      added.push(element.id);
      continue;
    }
    kept.add(element.id);
    const changedFields: string[] = [];
    for (const field of fields) if (!sameValue(previous[field], element[field])) changedFields.push(field);
    changedAttributes(previous.attributes, element.attributes, changedFields);
    if (changedFields.length > 0) changed.push({ id: element.id, fields: changedFields });
  }
  const removed = before.filter((element) => !kept.has(element.id)).map((element) => element.id);
  return { added, removed, changed };
};

export const diffGraphs = (before: Graph, after: Graph): GraphDiff => ({
  nodes: diffElements(before.nodes, after.nodes, NODE_FIELDS),
  edges: diffElements(before.edges, after.edges, EDGE_FIELDS),
});
