import { buildAdjacency, khop, type Adjacency } from '../domain/graph/neighbourhood';
import { indexNodesById } from '../domain/graph/indexes';
import {
  applyFilters,
  buildFilterIndex,
  facetCounts,
  type FacetCounts,
  type FilterIndex,
  type FilterResult,
  type Filters,
  withinNodes,
} from '../domain/filters';
import { buildLegend, type Legend } from '../domain/legend';
import type { Graph, GraphNode } from '../domain/graph/types';
import { LOD_THRESHOLD, groupGraph, groupIdByNode, type GroupedView } from '../domain/group';
import { layoutOf } from '../domain/layout';
import type { AppState } from './index';

/**
 * Data derived from the store is computed on demand and cached by the identity of its inputs,
 * never stored twice: a graph is immutable once loaded, and every filter change makes a new object.
 */
const memoPerGraph = <T>(compute: (graph: Graph) => T): ((graph: Graph) => T) => {
  const cache = new WeakMap<Graph, T>();
  return (graph) => {
    let value = cache.get(graph);
    if (value === undefined) {
      value = compute(graph);
      cache.set(graph, value);
    }
    return value;
  };
};

/** Remembers the last inputs only: the store has one current graph and one current filter set. */
const memoLast = <Args extends readonly object[], T>(
  compute: (...args: Args) => T,
): ((...args: Args) => T) => {
  let last: { args: Args; value: T } | null = null;
  return (...args) => {
    const previous = last?.args;
    if (!last || args.some((arg, i) => arg !== previous?.[i])) last = { args, value: compute(...args) };
    return last.value;
  };
};

export const adjacencyOf: (graph: Graph) => Adjacency = memoPerGraph(buildAdjacency);
export const nodesByIdOf: (graph: Graph) => Map<string, GraphNode> = memoPerGraph((graph) =>
  indexNodesById(graph.nodes),
);
export const filterIndexOf: (graph: Graph) => FilterIndex = memoPerGraph(buildFilterIndex);
/** Node id → the group it is drawn in while the map is grouped; filters do not move a node. */
export const groupIdByNodeOf: (graph: Graph) => Map<string, string> = memoPerGraph((graph) =>
  groupIdByNode(graph, filterIndexOf(graph)),
);
/** The legend over the whole graph: colours and styles never change with the filters. */
export const fullLegendOf: (graph: Graph) => Legend = memoPerGraph((graph) => buildLegend(graph));

export const visibleOf: (graph: Graph, filters: Filters) => FilterResult = memoLast(
  (graph: Graph, filters: Filters) => applyFilters(graph, filters, filterIndexOf(graph)),
);

const ringsShown = memoLast((graph: Graph, visible: FilterResult, centre: { id: string; depth: number }) =>
  withinNodes(graph, visible, khop(adjacencyOf(graph), centre.id, centre.depth)),
);
let lastCentre = { id: '', depth: 0 };

/**
 * What the map shows: what the filters let through, and in a layout around the selection (the
 * enterprise circle) only its rings. The status line counts this.
 */
export const shownOf = (
  state: Pick<AppState, 'graph' | 'filters' | 'layout' | 'selected' | 'depth'>,
): FilterResult => {
  const visible = visibleOf(state.graph, state.filters);
  const { selected, depth } = state;
  if (!layoutOf(state.layout).needsSelection || selected === null) return visible;
  if (lastCentre.id !== selected || lastCentre.depth !== depth) lastCentre = { id: selected, depth };
  return ringsShown(state.graph, visible, lastCentre);
};

export const facetCountsOf: (graph: Graph, filters: Filters) => FacetCounts = memoLast(
  (graph: Graph, filters: Filters) => facetCounts(graph, filters, filterIndexOf(graph)),
);

export const legendOf: (graph: Graph, visible: FilterResult) => Legend = memoLast(
  (graph: Graph, visible: FilterResult) => buildLegend(graph, visible),
);

/**
 * How the map draws the data. A small graph is drawn whole, filters hiding or fading elements.
 * A big one draws only what passes the filters: as groups (one node per chain segment) while
 * that is more than can be drawn quickly, else the passing elements themselves. 'all' is the
 * user's "Show all". A layout around the selection (the enterprise circle) is never grouped: it
 * is small by nature.
 */
export type DrawMode = 'all' | 'visible' | 'grouped';

export const drawModeOf = (state: Pick<AppState, 'graph' | 'filters' | 'lod' | 'layout'>): DrawMode => {
  const { graph } = state;
  if (state.lod === 'all' || graph.nodes.length + graph.edges.length <= LOD_THRESHOLD) return 'all';
  if (layoutOf(state.layout).needsSelection) return 'visible';
  const visible = visibleOf(graph, state.filters);
  return visible.nodeIds.size + visible.edgeIds.size > LOD_THRESHOLD ? 'grouped' : 'visible';
};

export const isGrouped = (state: Pick<AppState, 'graph' | 'filters' | 'lod' | 'layout'>): boolean =>
  drawModeOf(state) === 'grouped';

const groupedView = memoLast((graph: Graph, filters: Filters, expanded: readonly string[]) =>
  groupGraph(graph, visibleOf(graph, filters), new Set(expanded), filterIndexOf(graph)),
);

/** The grouped map (meaningful while drawModeOf is 'grouped'): what the map draws and the panels list. */
export const groupedViewOf = (state: Pick<AppState, 'graph' | 'filters' | 'openGroups'>): GroupedView =>
  groupedView(state.graph, state.filters, state.openGroups);
