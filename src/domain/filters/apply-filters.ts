/** Which nodes and edges pass the filters, and the facet counts the filter panel shows. */
import type { AwardLevel, Graph, NodeType } from '../graph/types';
import type { FacetKey, Filters } from './filters';
import { buildFilterIndex, type FilterIndex, type InternedFacet, type NodeFacetKey } from './filter-index';
import { VisibleIds } from './visible-ids';

/** The visible elements; in 'fade' mode the others are drawn faded rather than hidden. */
export interface FilterResult {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
}

/** Per facet, each value present in the data with how many nodes (edges for relations) it would show. */
export interface FacetCounts {
  sectors: Map<string, number>;
  awardLevels: Map<AwardLevel, number>;
  types: Map<NodeType, number>;
  relations: Map<string, number>;
}

/** 1 for a visible element, by position in graph.nodes / graph.edges. */
interface Visibility {
  nodes: Uint8Array;
  edges: Uint8Array;
}

const NODE_FACET_KEYS: readonly NodeFacetKey[] = ['sectors', 'awardLevels', 'types'];

/** An index built for another graph (say, before an import) would silently give wrong answers. */
const indexFor = (graph: Graph, index: FilterIndex | undefined): FilterIndex =>
  index?.graph === graph ? index : buildFilterIndex(graph);

/** A pass flag per value code, or null when nothing is selected and every value passes. */
const passingCodes = (facet: InternedFacet, selected: readonly string[]): Uint8Array | null => {
  if (selected.length === 0) return null;
  const passes = new Uint8Array(facet.values.length);
  for (const value of selected) {
    const code = facet.codeOf.get(value);
    if (code !== undefined) passes[code] = 1;
  }
  return passes;
};

const carriesPassingValue = (facet: InternedFacet, passes: Uint8Array, element: number): boolean => {
  const end = facet.start[element + 1] ?? 0;
  for (let k = facet.start[element] ?? 0; k < end; k++) if (passes[facet.codes[k] ?? 0] === 1) return true;
  return false;
};

/** The elements "Changed only" keeps (domain/diff changedOnlyIds); without them the filter keeps all. */
export interface ChangedIds {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
}

const computeVisibility = (index: FilterIndex, filters: Filters, changed: ChangedIds | null): Visibility => {
  const { degree, searchText, edgeSource, edgeTarget, relations } = index;
  const activeFacets = NODE_FACET_KEYS.flatMap((key) => {
    const passes = passingCodes(index.nodeFacets[key], filters[key]);
    return passes ? [{ facet: index.nodeFacets[key], passes }] : [];
  });
  const text = filters.text.trim().toLowerCase();
  const onlyChanged = filters.changedOnly ? changed : null;
  const { nodes: graphNodes, edges: graphEdges } = index.graph;
  const nodes = new Uint8Array(graphNodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const matches =
      (onlyChanged === null || onlyChanged.nodeIds.has(graphNodes[i]?.id ?? '')) &&
      (degree[i] ?? 0) >= filters.minDegree &&
      (text === '' || (searchText[i] ?? '').includes(text)) &&
      activeFacets.every(({ facet, passes }) => carriesPassingValue(facet, passes, i));
    nodes[i] = matches ? 1 : 0;
  }

  // Each edge carries exactly one relation, so its code sits at its own position.
  const relationPasses = passingCodes(relations, filters.relations);
  const passingEdge = (e: number): boolean =>
    (edgeSource[e] ?? -1) >= 0 &&
    (edgeTarget[e] ?? -1) >= 0 &&
    (onlyChanged === null || onlyChanged.edgeIds.has(graphEdges[e]?.id ?? '')) &&
    (relationPasses === null || relationPasses[relations.codes[e] ?? 0] === 1);

  if (filters.keepNeighbours) {
    const matched = nodes.slice();
    for (let e = 0; e < edgeSource.length; e++) {
      if (!passingEdge(e)) continue;
      const source = edgeSource[e] ?? 0;
      const target = edgeTarget[e] ?? 0;
      if (matched[source] === 1) nodes[target] = 1;
      if (matched[target] === 1) nodes[source] = 1;
    }
  }

  const edges = new Uint8Array(edgeSource.length);
  for (let e = 0; e < edges.length; e++) {
    edges[e] = passingEdge(e) && nodes[edgeSource[e] ?? 0] === 1 && nodes[edgeTarget[e] ?? 0] === 1 ? 1 : 0;
  }
  return { nodes, edges };
};

/**
 * Pass the graph's `buildFilterIndex` result to skip rebuilding it on every filter change; `changed`
 * is what "Changed only" keeps (null: no changes shown, the filter keeps all).
 */
export const applyFilters = (
  graph: Graph,
  filters: Filters,
  index?: FilterIndex,
  changed: ChangedIds | null = null,
): FilterResult => {
  const usable = indexFor(graph, index);
  const visibility = computeVisibility(usable, filters, changed);
  return {
    nodeIds: new VisibleIds(graph.nodes, usable.nodePosition, visibility.nodes),
    edgeIds: new VisibleIds(graph.edges, usable.edgePosition, visibility.edges),
  };
};

const tally = <Value extends string>(facet: InternedFacet, visible: Uint8Array): Map<Value, number> => {
  const counts = new Uint32Array(facet.values.length);
  visible.forEach((isVisible, element) => {
    if (isVisible === 0) return;
    const end = facet.start[element + 1] ?? 0;
    for (let k = facet.start[element] ?? 0; k < end; k++) {
      const code = facet.codes[k] ?? 0;
      counts[code] = (counts[code] ?? 0) + 1;
    }
  });
  return new Map(facet.values.map((value, code) => [value as Value, counts[code] ?? 0]));
};

/**
 * Faceted-search counts: each facet's values are counted under all the other filters, with that
 * facet's own selection ignored, so ticking a value shows what it would add.
 */
export const facetCounts = (
  graph: Graph,
  filters: Filters,
  index?: FilterIndex,
  changed: ChangedIds | null = null,
): FacetCounts => {
  const usable = indexFor(graph, index);
  let unchanged: Visibility | undefined;
  const visibleIgnoring = (key: FacetKey): Visibility =>
    filters[key].length > 0
      ? computeVisibility(usable, { ...filters, [key]: [] }, changed)
      : (unchanged ??= computeVisibility(usable, filters, changed));
  return {
    sectors: tally(usable.nodeFacets.sectors, visibleIgnoring('sectors').nodes),
    awardLevels: tally<AwardLevel>(usable.nodeFacets.awardLevels, visibleIgnoring('awardLevels').nodes),
    types: tally<NodeType>(usable.nodeFacets.types, visibleIgnoring('types').nodes),
    relations: tally(usable.relations, visibleIgnoring('relations').edges),
  };
};
