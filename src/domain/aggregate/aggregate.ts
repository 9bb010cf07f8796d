/**
 * Level of detail: a big map opens with one node per chain segment (DESIGN.md §4), and the user
 * drills into aggregates one by one. The result has stable ids so the view can diff it.
 */
import { compareRelations } from '../graph/indexes';
import {
  AWARD_LEVELS,
  NODE_TYPES,
  type AwardLevel,
  type Graph,
  type NodeType,
  type Relation,
} from '../graph/types';
import { assignmentFor, type AggregateGroup, type Assignment, type GraphPositions } from './assignment';

/**
 * Visible nodes plus edges above which the map opens aggregated. A first guess: to be set by
 * measurement (`npm run bench`) at the size where drawing everything misses the first-frame budget.
 */
export const LOD_THRESHOLD = 3000;

export type AggregateLabelKey = `aggregate.${AggregateGroup}`;

export interface AggregateNode {
  kind: 'aggregate';
  /** `agg:seg:<segment id>`, `agg:chain:<chain id>`, `agg:type:university`, `agg:type:platform` or `agg:other`. */
  id: string;
  group: AggregateGroup;
  /** The i18n key of its label; segment and chain aggregates show their anchor node's name with it. */
  labelKey: AggregateLabelKey;
  /** The segment or chain node it stands for (itself a member); '' for the bins. */
  anchorId: string;
  /** The chain it is coloured by: the chain itself or a segment's chain; '' for none. */
  chainId: string;
  /** Its visible members, in graph order. */
  memberIds: string[];
  memberCount: number;
  countByType: Record<NodeType, number>;
  countByAwardLevel: Record<AwardLevel, number>;
  /** The highest level any member holds ('none' when none holds one): the aggregate's ring. */
  topAwardLevel: AwardLevel;
  /** Visible edges between its own members, which no aggregate edge shows. */
  internalEdgeCount: number;
}

/** What an aggregate stands for, whatever the filters: enough to name it. */
export type AggregateIdentity = Pick<AggregateNode, 'id' | 'group' | 'labelKey' | 'anchorId' | 'chainId'>;

const identityAt = (assignment: Assignment, aggregate: number): AggregateIdentity => {
  const group = assignment.groups[aggregate] ?? 'other';
  return {
    id: assignment.aggregateIds[aggregate] ?? '',
    group,
    labelKey: `aggregate.${group}`,
    anchorId: assignment.nodeIds[assignment.anchors[aggregate] ?? -1] ?? '',
    chainId: assignment.chainIds[aggregate] ?? '',
  };
};

/** The aggregate `id` of `graph`, even while the filters hide all its members; undefined for an id it has none of. */
export function aggregateIdentity(graph: Graph, id: string): AggregateIdentity | undefined {
  const assignment = assignmentFor(graph);
  const aggregate = assignment.aggregateIndex.get(id);
  return aggregate === undefined ? undefined : identityAt(assignment, aggregate);
}

/** A real node, shown because its aggregate is expanded. */
export interface MemberNode {
  kind: 'node';
  id: string;
  aggregateId: string;
}

export interface RelationCount {
  relation: Relation;
  count: number;
}

/** The visible edges between two ends, at least one of them an aggregate; the pair is unordered. */
export interface AggregateEdge {
  kind: 'aggregate';
  /** `agg:edge:<source>|<target>`. */
  id: string;
  /** An aggregate id, or a real node id for a member of an expanded aggregate. */
  source: string;
  target: string;
  count: number;
  /** Most frequent first, ties in contract order. */
  relations: RelationCount[];
  dominantRelation: Relation;
  /** Directed edges running source → target and target → source, so the view can arrow the main flow. */
  forwardCount: number;
  backwardCount: number;
}

/** A real edge, both of whose ends are real nodes. */
export interface EdgeRef {
  kind: 'edge';
  id: string;
  source: string;
  target: string;
}

export interface AggregatedView {
  /** Aggregates in a fixed order, each expanded one replaced in place by its members. */
  nodes: (AggregateNode | MemberNode)[];
  /** Aggregate edges in order of first appearance, then real edges in graph order. */
  edges: (AggregateEdge | EdgeRef)[];
  /**
   * Every aggregate with a visible member, expanded or not, in the same order: an expanded one is
   * still a group the user can list and close, though the map draws its members instead (and its
   * internalEdgeCount is 0: those edges are drawn as real edges).
   */
  groups: AggregateNode[];
}

export interface VisibleElements {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
}

interface PairTally {
  lower: number;
  higher: number;
  count: number;
  /** By relation code. */
  relationCounts: Int32Array;
  forward: number;
  backward: number;
}

const increment = (counts: Int32Array, index: number): void => {
  counts[index] = (counts[index] ?? 0) + 1;
};

/** Row `row` of a table of counts with one column per key. */
const countsRow = <K extends string>(
  keys: readonly K[],
  counts: Int32Array,
  row: number,
): Record<K, number> =>
  Object.fromEntries(keys.map((key, column) => [key, counts[row * keys.length + column] ?? 0])) as Record<
    K,
    number
  >;

/** 1 for each of `ids` in `visibleIds`, all 1 when there is no such set. */
function visibilityFlags(ids: readonly string[], visibleIds: ReadonlySet<string> | undefined): Uint8Array {
  const flags = new Uint8Array(ids.length);
  if (!visibleIds) return flags.fill(1);
  // A filter's sets list their ids in graph order (the same strings): walking both together avoids
  // hashing 200k ids, the costliest step on a large map. A set in any other order is asked id by id.
  let position = 0;
  for (const id of visibleIds) {
    while (position < ids.length && ids[position] !== id) position++;
    if (position === ids.length) return Uint8Array.from(ids, (each) => (visibleIds.has(each) ? 1 : 0));
    flags[position++] = 1;
  }
  return flags;
}

/**
 * The graph (all of it, or its `visible` part) with every aggregate not in `expanded` drawn as one
 * node and edges merged per pair of ends. Aggregates without a visible member are left out.
 * One pass over nodes and one over edges, on integers: fit to rerun on every filter change.
 * `positions` (the graph's FilterIndex will do) only speeds up the first call for a graph.
 */
export function aggregateGraph(
  graph: Graph,
  visible?: VisibleElements,
  expanded: ReadonlySet<string> = new Set(),
  positions?: GraphPositions,
): AggregatedView {
  const assignment = assignmentFor(graph, positions);
  const {
    aggregateIds,
    aggregateOfNode,
    nodeIds,
    edgeIds,
    edgeSource,
    edgeTarget,
    edgeRelation,
    edgeDirected,
    relations,
  } = assignment;
  const aggregateCount = aggregateIds.length;
  const nodeVisible = visibilityFlags(nodeIds, visible?.nodeIds);
  const edgeVisible = visibilityFlags(edgeIds, visible?.edgeIds);

  const members: string[][] = aggregateIds.map(() => []);
  const typeCounts = new Int32Array(aggregateCount * NODE_TYPES.length);
  const levelCounts = new Int32Array(aggregateCount * AWARD_LEVELS.length);
  nodeIds.forEach((id, position) => {
    const aggregate = aggregateOfNode[position] ?? -1;
    if (nodeVisible[position] === 0) return;
    members[aggregate]?.push(id);
    increment(typeCounts, aggregate * NODE_TYPES.length + (assignment.nodeTypeCode[position] ?? 0));
    increment(levelCounts, aggregate * AWARD_LEVELS.length + (assignment.nodeLevelCode[position] ?? 0));
  });

  const isExpanded = new Uint8Array(aggregateCount);
  for (const id of expanded) {
    const aggregate = assignment.aggregateIndex.get(id);
    if (aggregate !== undefined) isExpanded[aggregate] = 1;
  }
  // An end is an aggregate, or aggregateCount + node position for a member of an expanded aggregate.
  const endOf = (position: number): number => {
    const aggregate = aggregateOfNode[position] ?? -1;
    return isExpanded[aggregate] === 1 ? aggregateCount + position : aggregate;
  };
  const endId = (end: number): string =>
    (end < aggregateCount ? aggregateIds[end] : nodeIds[end - aggregateCount]) ?? '';

  const internalEdges = new Int32Array(aggregateCount);
  const tallies = new Map<number, PairTally>();
  const realEdges: EdgeRef[] = [];
  edgeIds.forEach((id, e) => {
    const source = edgeSource[e] ?? -1;
    const target = edgeTarget[e] ?? -1;
    if (edgeVisible[e] === 0 || nodeVisible[source] !== 1 || nodeVisible[target] !== 1) return;
    const from = endOf(source);
    const to = endOf(target);
    if (from === to && from < aggregateCount) increment(internalEdges, from);
    else if (from >= aggregateCount && to >= aggregateCount)
      realEdges.push({ kind: 'edge', id, source: endId(from), target: endId(to) });
    else {
      const lower = Math.min(from, to);
      const higher = Math.max(from, to);
      // Base aggregateCount keeps the key a small integer: aggregate pairs below aggregateCount², member pairs above.
      const key = higher < aggregateCount ? lower * aggregateCount + higher : higher * aggregateCount + lower;
      let tally = tallies.get(key);
      if (!tally) {
        tally = {
          lower,
          higher,
          count: 0,
          relationCounts: new Int32Array(relations.length),
          forward: 0,
          backward: 0,
        };
        tallies.set(key, tally);
      }
      tally.count++;
      increment(tally.relationCounts, edgeRelation[e] ?? 0);
      if (edgeDirected[e] === 1) {
        if (from === lower) tally.forward++;
        else tally.backward++;
      }
    }
  });

  const nodes: AggregatedView['nodes'] = [];
  const groups: AggregateNode[] = [];
  aggregateIds.forEach((id, aggregate) => {
    const memberIds = members[aggregate] ?? [];
    if (memberIds.length === 0) return;
    const countByAwardLevel = countsRow(AWARD_LEVELS, levelCounts, aggregate);
    const summary: AggregateNode = {
      kind: 'aggregate',
      ...identityAt(assignment, aggregate),
      memberIds,
      memberCount: memberIds.length,
      countByType: countsRow(NODE_TYPES, typeCounts, aggregate),
      countByAwardLevel,
      topAwardLevel: AWARD_LEVELS.find((level) => level !== 'none' && countByAwardLevel[level] > 0) ?? 'none',
      internalEdgeCount: internalEdges[aggregate] ?? 0,
    };
    groups.push(summary);
    if (isExpanded[aggregate] === 1)
      for (const member of memberIds) nodes.push({ kind: 'node', id: member, aggregateId: id });
    else nodes.push(summary);
  });
  const aggregateEdges = [...tallies.values()].map((tally): AggregateEdge => {
    const counts = relations
      .map((relation, code) => ({ relation, count: tally.relationCounts[code] ?? 0 }))
      .filter(({ count }) => count > 0)
      .sort((a, b) => b.count - a.count || compareRelations(a.relation, b.relation));
    const source = endId(tally.lower);
    const target = endId(tally.higher);
    return {
      kind: 'aggregate',
      id: `agg:edge:${source}|${target}`,
      source,
      target,
      count: tally.count,
      relations: counts,
      dominantRelation: counts[0]?.relation ?? 'related',
      forwardCount: tally.forward,
      backwardCount: tally.backward,
    };
  });
  return { nodes, edges: [...aggregateEdges, ...realEdges], groups };
}
