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
} satisfies ComparedFields<GraphNode>) as (keyof GraphNode)[];

const EDGE_FIELDS = Object.keys({
  source: true,
  target: true,
  relation: true,
  directed: true,
  weight: true,
  label: true,
  evidence: true,
} satisfies ComparedFields<GraphEdge>) as (keyof GraphEdge)[];

/** Sectors and awards are sets written as lists: reordering them in the file changes nothing on the map. */
const sameValue = (before: unknown, after: unknown): boolean => {
  if (Array.isArray(before) && Array.isArray(after)) {
    const sortedAfter = [...after].sort();
    return before.length === after.length && [...before].sort().every((value, i) => value === sortedAfter[i]);
  }
  return Object.is(before, after);
};

/** A missing attribute counts as empty: a CSV cannot tell an absent column from an empty cell. */
const changedAttributes = (before: Attributes, after: Attributes): string[] => {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => (before[name] ?? '') !== (after[name] ?? '')).map((name) => `attributes.${name}`);
};

const diffElements = <Element extends GraphNode | GraphEdge>(
  before: readonly Element[],
  after: readonly Element[],
  fields: readonly (keyof Element)[],
): ElementDiff => {
  const beforeById = new Map(before.map((element) => [element.id, element]));
  const afterIds = new Set(after.map((element) => element.id));
  const added: string[] = [];
  const changed: ChangedElement[] = [];
  for (const element of after) {
    const previous = beforeById.get(element.id);
    if (!previous) {
      added.push(element.id);
      continue;
    }
    const changedFields = [
      ...fields.filter((field) => !sameValue(previous[field], element[field])).map(String),
      ...changedAttributes(previous.attributes, element.attributes),
    ];
    if (changedFields.length > 0) changed.push({ id: element.id, fields: changedFields });
  }
  const removed = before.filter((element) => !afterIds.has(element.id)).map((element) => element.id);
  return { added, removed, changed };
};

export const diffGraphs = (before: Graph, after: Graph): GraphDiff => ({
  nodes: diffElements(before.nodes, after.nodes, NODE_FIELDS),
  edges: diffElements(before.edges, after.edges, EDGE_FIELDS),
});
