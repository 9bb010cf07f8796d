/**
 * Level of detail: a big map opens with one node per chain segment (DESIGN.md §4), and the user
 * drills into aggregates one by one. The result has stable ids so the view can diff it.
 */
import { compareRelations } from '../graph/indexes';
import { AWARD_LEVELS, NODE_TYPES, type AwardLevel, type Graph, type NodeType, type Relation } from '../graph/types';
import { assignmentFor, type AggregateGroup } from './assignment';

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

const zeroCounts = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/**
 * The graph (all of it, or its `visible` part) with every aggregate not in `expanded` drawn as one
 * node and edges merged per pair of ends. Aggregates without a visible member are left out.
 */
export function aggregateGraph(graph: Graph, visible?: VisibleElements, expanded: ReadonlySet<string> = new Set()): AggregatedView {
  const { nodes, edges } = graph;
  const { aggregateIds, groups, anchors, chainIds, aggregateIndex, aggregateOfNode, edgeSource, edgeTarget, edgeRelation, relations } =
    assignmentFor(graph);
  const aggregateCount = aggregateIds.length;

  const aggregates: AggregateNode[] = aggregateIds.map((id, a) => {
    const group = groups[a] ?? 'other';
    return {
      kind: 'aggregate',
      id,
      group,
      labelKey: `aggregate.${group}`,
      anchorId: nodes[anchors[a] ?? -1]?.id ?? '',
      chainId: chainIds[a] ?? '',
      memberIds: [],
      memberCount: 0,
      countByType: zeroCounts(NODE_TYPES),
      countByAwardLevel: zeroCounts(AWARD_LEVELS),
      topAwardLevel: 'none',
      internalEdgeCount: 0,
    };
  });
  const nodeVisible = Uint8Array.from(nodes, (node) => (visible === undefined || visible.nodeIds.has(node.id) ? 1 : 0));
  nodes.forEach((node, position) => {
    const aggregate = aggregates[aggregateOfNode[position] ?? -1];
    if (!aggregate || nodeVisible[position] === 0) return;
    aggregate.memberIds.push(node.id);
    aggregate.countByType[node.type]++;
    aggregate.countByAwardLevel[node.awardLevel]++;
  });
  for (const aggregate of aggregates) {
    aggregate.memberCount = aggregate.memberIds.length;
    aggregate.topAwardLevel = AWARD_LEVELS.find((level) => level !== 'none' && aggregate.countByAwardLevel[level] > 0) ?? 'none';
  }

  const isExpanded = new Uint8Array(aggregateCount);
  for (const id of expanded) {
    const a = aggregateIndex.get(id);
    if (a !== undefined) isExpanded[a] = 1;
  }
  // An end is an aggregate index, or aggregateCount + node position for a member of an expanded aggregate.
  const endOf = (position: number): number => {
    const a = aggregateOfNode[position] ?? -1;
    return isExpanded[a] === 1 ? aggregateCount + position : a;
  };
  const endId = (end: number): string => (end < aggregateCount ? aggregateIds[end] : nodes[end - aggregateCount]?.id) ?? '';

  const tallies = new Map<number, PairTally>();
  const realEdges: EdgeRef[] = [];
  edges.forEach((edge, e) => {
    const source = edgeSource[e] ?? -1;
    const target = edgeTarget[e] ?? -1;
    if (nodeVisible[source] !== 1 || nodeVisible[target] !== 1 || (visible && !visible.edgeIds.has(edge.id))) return;
    const from = endOf(source);
    const to = endOf(target);
    const sameAggregate = from === to ? aggregates[from] : undefined;
    if (sameAggregate) sameAggregate.internalEdgeCount++;
    else if (from >= aggregateCount && to >= aggregateCount) realEdges.push({ kind: 'edge', id: edge.id, source: edge.source, target: edge.target });
    else {
      const lower = Math.min(from, to);
      const higher = Math.max(from, to);
      const key = lower * (aggregateCount + nodes.length) + higher;
      let tally = tallies.get(key);
      if (!tally) {
        tally = { lower, higher, count: 0, relationCounts: new Int32Array(relations.length), forward: 0, backward: 0 };
        tallies.set(key, tally);
      }
      tally.count++;
      const code = edgeRelation[e] ?? 0;
      tally.relationCounts[code] = (tally.relationCounts[code] ?? 0) + 1;
      if (edge.directed) {
        if (from === lower) tally.forward++;
        else tally.backward++;
      }
    }
  });

  const viewNodes: AggregatedView['nodes'] = [];
  aggregates.forEach((aggregate, a) => {
    if (aggregate.memberCount === 0) return;
    if (isExpanded[a] === 1) for (const id of aggregate.memberIds) viewNodes.push({ kind: 'node', id, aggregateId: aggregate.id });
    else viewNodes.push(aggregate);
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
  return { nodes: viewNodes, edges: [...aggregateEdges, ...realEdges] };
}
