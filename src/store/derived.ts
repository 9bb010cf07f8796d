import { buildAdjacency, khop, type Adjacency } from '../domain/graph/neighbourhood';
import { indexNodesById } from '../domain/graph/indexes';
import { finishSteps, type Steps } from '../domain/graph/steps';
import {
  applyFilters,
  filterIndexSteps,
  facetCounts,
  type FacetCounts,
  type FilterIndex,
  type ChangedIds,
  type FilterResult,
  type Filters,
  withinNodes,
} from '../domain/filters';
import { buildLegend, type Legend } from '../domain/legend';
import {
  changedOnlyIds,
  diffGraphs,
  mapChangesFromDiff,
  type GraphDiff,
  type MapChanges,
} from '../domain/diff';
import type { Graph, GraphEdge, GraphNode } from '../domain/graph/types';
import {
  LOD_THRESHOLD,
  NODE_LAYER_LIMIT,
  assignmentSteps,
  groupGraph,
  groupIdByNode,
  type GroupedView,
} from '../domain/group';
import {
  layoutOf,
  membersAroundGroups,
  segmentGroups,
  type Positions,
  type SegmentGroups,
} from '../domain/layout';
import { segmentMembership, type SegmentMembership } from '../domain/analysis/chain-membership';
import { finishStepsInTasks } from '../io/taskSlices';
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

/** A per-graph value worked out in steps: a call finishes it at once, `steps` gives the steps still to do (prepareDerived). */
interface SteppedPerGraph<T> {
  (graph: Graph): T;
  /** The steps left, shared by every caller: whoever finishes them leaves the value known to all. */
  steps: (graph: Graph) => Steps<T>;
}

/** memoPerGraph for a computation in steps: what prepareDerived started, a call finishes. */
const memoPerGraphInSteps = <T>(compute: (graph: Graph) => Steps<T>): SteppedPerGraph<T> => {
  const cache = new WeakMap<Graph, T>();
  const started = new WeakMap<Graph, Steps<T>>();
  function* known(graph: Graph): Steps<T> {
    const value = yield* compute(graph);
    cache.set(graph, value);
    started.delete(graph);
    return value;
  }
  const running = (graph: Graph): Steps<T> => {
    let shared = started.get(graph);
    if (!shared) started.set(graph, (shared = known(graph)));
    return shared;
  };
  function* steps(graph: Graph): Steps<T> {
    // The shared steps may be finished meanwhile by another caller: the value is known then.
    if (!cache.has(graph)) yield* running(graph);
    return cache.get(graph) as T;
  }
  const get = (graph: Graph): T => (cache.has(graph) ? (cache.get(graph) as T) : finishSteps(steps(graph)));
  return Object.assign(get, { steps });
};

/** Remembers the last inputs only: the store has one current graph and one current filter set. */
const memoLast = <Args extends readonly (object | null)[], T>(
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
/** The edge with this id, if the graph has it (a tie picked on the map or in a link): a scan, once per pick. */
export const edgeWithId = (graph: Graph, id: string): GraphEdge | undefined =>
  graph.edges.find((edge) => edge.id === id);
export const filterIndexOf: SteppedPerGraph<FilterIndex> = memoPerGraphInSteps(filterIndexSteps);
/** Node id → the group it is drawn in while the map is grouped; filters do not move a node. */
export const groupIdByNodeOf: SteppedPerGraph<Map<string, string>> = memoPerGraphInSteps(function* (graph) {
  yield* assignmentSteps(graph, filterIndexOf(graph));
  yield;
  return groupIdByNode(graph, filterIndexOf(graph));
});
/**
 * Where full detail puts a big map's nodes before any force layout: each group's members around its
 * spot in the group matrix (domain membersAroundGroups). Kept per graph: Show all, Back to groups
 * and Show all again cost it once.
 */
export const fullDetailPositionsOf: (graph: Graph) => Positions = memoPerGraph((graph) =>
  membersAroundGroups(graph, filterIndexOf(graph)),
);
/** The legend over the whole graph: colours and styles never change with the filters. */
export const fullLegendOf: (graph: Graph) => Legend = memoPerGraph((graph) => buildLegend(graph));

/** A piece of derived data not worked out in steps: one step does it all (after an empty one). */
const whole = (compute: (graph: Graph) => unknown) =>
  function* (graph: Graph): Steps<unknown> {
    yield;
    return compute(graph);
  };

/** The per-graph derived data, in the order a big map's first view asks for it; full detail's positions last. */
const PER_GRAPH: readonly ((graph: Graph) => Steps<unknown>)[] = [
  whole(nodesByIdOf),
  filterIndexOf.steps,
  groupIdByNodeOf.steps,
  whole(fullLegendOf),
  whole(adjacencyOf),
  whole(fullDetailPositionsOf),
];

/**
 * Computes a graph's per-graph derived data while `wanted()` holds (an import waiting in its
 * report, or the map it became), each piece starting in a task of its own and those worked out in
 * steps (the filter index, the group assignment) spread over short tasks (io/taskSlices), so the
 * first view and Show all find it ready and no single task computes it all: on a big map together
 * it held the page for hundreds of milliseconds (DESIGN.md §4: no task over 200 ms). Each piece is
 * cached, so none is done twice.
 */
export const prepareDerived = async (graph: Graph, wanted: () => boolean): Promise<void> => {
  for (const steps of PER_GRAPH) if (!(await finishStepsInTasks(steps(graph), wanted))) return;
};

/** Remembers a value per pair of graphs, for as long as both live. */
const memoPerPair = <T>(
  compute: (before: Graph, after: Graph) => T,
): ((before: Graph, after: Graph) => T) => {
  const cache = new WeakMap<Graph, WeakMap<Graph, T>>();
  return (before, after) => {
    let byAfter = cache.get(before);
    if (!byAfter) cache.set(before, (byAfter = new WeakMap()));
    let value = byAfter.get(after);
    if (value === undefined) {
      value = compute(before, after);
      byAfter.set(after, value);
    }
    return value;
  };
};

/**
 * What an import changes against the map: worked out once for the import report, and read again by
 * Apply (is it an update?) and by the changes shown on the map, instead of each diffing the two maps.
 */
export const graphDiffOf: (before: Graph, after: Graph) => GraphDiff = memoPerPair(diffGraphs);
/** The map's changes since `before` (domain mapChangesOf), from the same diff. */
export const mapChangesBetween: (before: Graph, after: Graph) => MapChanges = memoPerPair((before, after) =>
  mapChangesFromDiff(before, graphDiffOf(before, after)),
);

/** The store fields the changes shown on the map come from. */
export type ChangesInput = Pick<AppState, 'graph' | 'previous' | 'showChanges'>;

/**
 * What the last update changed, while the map shows it: the current map against the one before it
 * (`previous`, kept for Undo), never stored a second time.
 */
export const changesOf = (state: ChangesInput): MapChanges | null =>
  state.showChanges && state.previous ? mapChangesBetween(state.previous.graph, state.graph) : null;

const changedIds = memoLast((changes: MapChanges, graph: Graph) => changedOnlyIds(changes, graph));

/** What "Changed only" keeps; null while it keeps everything. */
const changedOnlyOf = (state: ChangesInput & { filters: Filters }): ChangedIds | null => {
  const changes = state.filters.changedOnly ? changesOf(state) : null;
  return changes && changedIds(changes, state.graph);
};

/** The store fields the filters' result comes from. */
export type VisibleInput = ChangesInput & Pick<AppState, 'filters'>;

const visibleMemo = memoLast((graph: Graph, filters: Filters, changed: ChangedIds | null) =>
  applyFilters(graph, filters, filterIndexOf(graph), changed),
);

/** The elements that pass the filters ("Changed only" among them). */
export const visibleOf = (state: VisibleInput): FilterResult =>
  visibleMemo(state.graph, state.filters, changedOnlyOf(state));

const ringsShown = memoLast((graph: Graph, visible: FilterResult, centre: { id: string; depth: number }) =>
  withinNodes(graph, visible, khop(adjacencyOf(graph), centre.id, centre.depth)),
);
let lastCentre = { id: '', depth: 0 };

/**
 * What the map shows: what the filters let through, and in a layout around the selection (the
 * enterprise circle) only its rings. The status line counts this.
 */
export const shownOf = (
  state: VisibleInput & Pick<AppState, 'layout' | 'selected' | 'depth'>,
): FilterResult => {
  const visible = visibleOf(state);
  const { selected, depth } = state;
  if (!layoutOf(state.layout).needsSelection || selected === null) return visible;
  if (lastCentre.id !== selected || lastCentre.depth !== depth) lastCentre = { id: selected, depth };
  return ringsShown(state.graph, visible, lastCentre);
};

const facetCountsMemo = memoLast((graph: Graph, filters: Filters, changed: ChangedIds | null) =>
  facetCounts(graph, filters, filterIndexOf(graph), changed),
);

export const facetCountsOf = (state: VisibleInput): FacetCounts =>
  facetCountsMemo(state.graph, state.filters, changedOnlyOf(state));

/** The legend of what passes the filters; while everything does, the whole graph's (computed while the import waited in its report). */
export const legendOf: (graph: Graph, visible: FilterResult) => Legend = memoLast(
  (graph: Graph, visible: FilterResult) =>
    visible.nodeIds.size === graph.nodes.length && visible.edgeIds.size === graph.edges.length
      ? fullLegendOf(graph)
      : buildLegend(graph, visible),
);

/**
 * How the map draws the data. A small graph is drawn whole, filters hiding or fading elements.
 * A big one draws only what passes the filters: as groups (one node per chain segment) while
 * that is more than can be drawn quickly, else the passing elements themselves. 'all' is the
 * user's "Show all". A layout around the selection (the enterprise circle) is never grouped: it
 * is small by nature.
 */
export type DrawMode = 'all' | 'visible' | 'grouped';

export const drawModeOf = (state: VisibleInput & Pick<AppState, 'lod' | 'layout'>): DrawMode => {
  const { graph } = state;
  if (state.lod === 'all' || graph.nodes.length + graph.edges.length <= LOD_THRESHOLD) return 'all';
  if (layoutOf(state.layout).needsSelection) return 'visible';
  const visible = visibleOf(state);
  return visible.nodeIds.size + visible.edgeIds.size > LOD_THRESHOLD ? 'grouped' : 'visible';
};

export const isGrouped = (state: VisibleInput & Pick<AppState, 'lod' | 'layout'>): boolean =>
  drawModeOf(state) === 'grouped';

const groupedView = memoLast((graph: Graph, visible: FilterResult, expanded: readonly string[]) =>
  groupGraph(graph, visible, new Set(expanded), filterIndexOf(graph)),
);

/** The grouped map (meaningful while drawModeOf is 'grouped'): what the map draws and the panels list. */
export const groupedViewOf = (state: VisibleInput & Pick<AppState, 'openGroups'>): GroupedView =>
  groupedView(state.graph, visibleOf(state), state.openGroups);

/** Which segments each node belongs to, and each segment's members (its `segment` column or a membership edge). */
export const segmentMembershipOf: (graph: Graph) => SegmentMembership = memoPerGraph((graph) =>
  segmentMembership(graph),
);

const segmentGroupsMemo = memoLast((graph: Graph, shown: FilterResult) =>
  segmentGroups(segmentMembershipOf(graph).membersOf, (id) => shown.nodeIds.has(id)),
);
const NO_SEGMENT_GROUPS: SegmentGroups = new Map();

/**
 * The segments the map draws as one group with their members (graph-view/SegmentOutlines.ts), as
 * the legend lists them: only on maps cytoscape draws itself (up to NODE_LAYER_LIMIT shown nodes,
 * never grouped), where outlines cost little; on a big map they would cost more than they tell.
 */
export const segmentGroupsOf = (
  state: VisibleInput & Pick<AppState, 'lod' | 'layout' | 'selected' | 'depth'>,
): SegmentGroups => {
  const shown = shownOf(state);
  if (drawModeOf(state) === 'grouped' || shown.nodeIds.size > NODE_LAYER_LIMIT) return NO_SEGMENT_GROUPS;
  return segmentGroupsMemo(state.graph, shown);
};
