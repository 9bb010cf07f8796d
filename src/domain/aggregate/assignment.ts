/**
 * Which aggregate each node belongs to, and the graph as integers. It depends on the graph alone,
 * never on filters, so an aggregate keeps its id while the user filters, a search hit always knows
 * what to expand, and the per-filter pass never hashes a string.
 */
import { AWARD_LEVELS, NODE_TYPES, type Graph, type GraphNode, type Relation } from '../graph/types';

export type AggregateGroup = 'segment' | 'chain' | 'university' | 'platform' | 'other';

/** Nodes and edges by their position in graph.nodes / graph.edges, aggregates by number. */
export interface Assignment {
  /** In the order the map lists them: segment and chain aggregates by their node's position, then the bins. */
  aggregateIds: string[];
  groups: AggregateGroup[];
  /** Position of the segment or chain node an aggregate stands for, -1 for a bin. */
  anchors: number[];
  /** The chain an aggregate belongs to (a segment's first sector naming a chain), '' for none. */
  chainIds: string[];
  aggregateIndex: Map<string, number>;
  aggregateOfNode: Int32Array;
  nodeIds: string[];
  /** Index into NODE_TYPES and AWARD_LEVELS. */
  nodeTypeCode: Uint8Array;
  nodeLevelCode: Uint8Array;
  /** Endpoint positions, -1 when the endpoint is not a node. */
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  edgeIds: string[];
  /** Index into `relations`. */
  edgeRelation: Int32Array;
  relations: Relation[];
  edgeDirected: Uint8Array;
}

const BIN_IDS = {
  university: 'agg:type:university',
  platform: 'agg:type:platform',
  other: 'agg:other',
} as const;
type BinGroup = keyof typeof BIN_IDS;

export const segmentAggregateId = (segmentId: string): string => `agg:seg:${segmentId}`;
export const chainAggregateId = (chainId: string): string => `agg:chain:${chainId}`;

/**
 * Node and edge-end positions already computed for `graph` (a FilterIndex has them): passing them
 * spares the first aggregation hashing every edge end again, most of its cost on a large map.
 */
export interface GraphPositions {
  readonly graph: Graph;
  readonly nodePosition: ReadonlyMap<string, number>;
  /** -1 for an end that is not a node. */
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
}

// Graphs are replaced, never mutated, so an assignment stays right for as long as its graph lives.
const cache = new WeakMap<Graph, Assignment>();

export function assignmentFor(graph: Graph, positions?: GraphPositions): Assignment {
  let assignment = cache.get(graph);
  if (!assignment) {
    assignment = assign(graph, positions?.graph === graph ? positions : computePositions(graph));
    cache.set(graph, assignment);
  }
  return assignment;
}

/** Node id → the id of the aggregate it is drawn in while aggregated. */
export function aggregateOf(graph: Graph, positions?: GraphPositions): Map<string, string> {
  const { aggregateIds, aggregateOfNode, nodeIds } = assignmentFor(graph, positions);
  return new Map(nodeIds.map((id, position) => [id, aggregateIds[aggregateOfNode[position] ?? -1] ?? '']));
}

function computePositions(graph: Graph): GraphPositions {
  const nodePosition = new Map(graph.nodes.map((node, position) => [node.id, position]));
  const positionOf = (id: string): number => nodePosition.get(id) ?? -1;
  return {
    graph,
    nodePosition,
    edgeSource: Int32Array.from(graph.edges, (edge) => positionOf(edge.source)),
    edgeTarget: Int32Array.from(graph.edges, (edge) => positionOf(edge.target)),
  };
}

function assign(graph: Graph, { nodePosition, edgeSource, edgeTarget }: GraphPositions): Assignment {
  const { nodes, edges } = graph;
  const nodeIds = nodes.map((node) => node.id);
  const aggregateIds: string[] = [];
  const groups: AggregateGroup[] = [];
  const anchors: number[] = [];
  const aggregateIndex = new Map<string, number>();
  const addAggregate = (id: string, group: AggregateGroup, anchor: number): number => {
    aggregateIndex.set(id, aggregateIds.length);
    anchors.push(anchor);
    groups.push(group);
    return aggregateIds.push(id) - 1;
  };

  // Chain and segment nodes are their own aggregates; -1 for the other nodes.
  const ownAggregate = Int32Array.from(nodes, (node, position) => {
    if (node.type === 'chain') return addAggregate(chainAggregateId(node.id), 'chain', position);
    if (node.type === 'segment') return addAggregate(segmentAggregateId(node.id), 'segment', position);
    return -1;
  });
  const segmentAggregate = (position: number): number =>
    nodes[position]?.type === 'segment' ? (ownAggregate[position] ?? -1) : -1;
  /** Position of the first sector's node that is a chain, -1 when none is. */
  const chainPositionOf = (node: GraphNode): number => {
    for (const sector of node.sectors) {
      const position = nodePosition.get(sector) ?? -1;
      if (nodes[position]?.type === 'chain') return position;
    }
    return -1;
  };

  const edgeRelation = new Int32Array(edges.length);
  const edgeDirected = new Uint8Array(edges.length);
  const relations: Relation[] = [];
  const relationCode = new Map<Relation, number>();
  // A membership edge between a segment and an ordinary node places that node, whichever way it points; the first one wins.
  const membershipSegment = new Int32Array(nodes.length).fill(-1);
  const placeByMembership = (member: number, group: number): void => {
    const segment = segmentAggregate(group);
    if (segment >= 0 && ownAggregate[member] === -1 && membershipSegment[member] === -1)
      membershipSegment[member] = segment;
  };
  edges.forEach((edge, e) => {
    let code = relationCode.get(edge.relation);
    if (code === undefined) {
      code = relations.push(edge.relation) - 1;
      relationCode.set(edge.relation, code);
    }
    edgeRelation[e] = code;
    edgeDirected[e] = edge.directed ? 1 : 0;
    const source = edgeSource[e] ?? -1;
    const target = edgeTarget[e] ?? -1;
    if (edge.relation === 'membership' && source >= 0 && target >= 0) {
      placeByMembership(source, target);
      placeByMembership(target, source);
    }
  });

  const bins = new Map<BinGroup, number>();
  const binAggregate = (group: BinGroup): number => {
    let bin = bins.get(group);
    if (bin === undefined) {
      bin = addAggregate(BIN_IDS[group], group, -1);
      bins.set(group, bin);
    }
    return bin;
  };
  // A member goes by its segment column, then a membership edge, then its chain, then a bin by type.
  const placeOf = (node: GraphNode, position: number): number => {
    const own = ownAggregate[position] ?? -1;
    if (own >= 0) return own;
    const bySegmentColumn = segmentAggregate(nodePosition.get(node.segment) ?? -1);
    if (bySegmentColumn >= 0) return bySegmentColumn;
    const byMembershipEdge = membershipSegment[position] ?? -1;
    if (byMembershipEdge >= 0) return byMembershipEdge;
    const chain = chainPositionOf(node);
    if (chain >= 0) return ownAggregate[chain] ?? -1;
    return binAggregate(node.type === 'university' || node.type === 'platform' ? node.type : 'other');
  };
  const aggregateOfNode = Int32Array.from(nodes, placeOf);

  const chainIds = anchors.map((anchor) => {
    const node = nodes[anchor];
    if (!node) return '';
    return node.type === 'chain' ? node.id : (nodes[chainPositionOf(node)]?.id ?? '');
  });

  return {
    aggregateIds,
    groups,
    anchors,
    chainIds,
    aggregateIndex,
    aggregateOfNode,
    nodeIds,
    nodeTypeCode: Uint8Array.from(nodes, (node) => NODE_TYPES.indexOf(node.type)),
    nodeLevelCode: Uint8Array.from(nodes, (node) => AWARD_LEVELS.indexOf(node.awardLevel)),
    edgeIds: edges.map((edge) => edge.id),
    edgeSource,
    edgeTarget,
    edgeRelation,
    relations,
    edgeDirected,
  };
}
