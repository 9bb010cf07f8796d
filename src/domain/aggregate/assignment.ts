/**
 * Which aggregate each node belongs to. It depends on the graph alone, never on filters, so an
 * aggregate keeps its id while the user filters and a search hit always knows what to expand.
 */
import type { Graph, GraphNode, Relation } from '../graph/types';

export type AggregateGroup = 'segment' | 'chain' | 'university' | 'platform' | 'other';

/** The graph as integers: positions in graph.nodes / graph.edges, aggregates by number. */
export interface Assignment {
  /** Per aggregate, in the order the map lists them: segment and chain aggregates by their node's position, then the bins. */
  aggregateIds: string[];
  groups: AggregateGroup[];
  /** Position of the segment or chain node an aggregate stands for, -1 for a bin. */
  anchors: number[];
  /** The chain an aggregate belongs to (a segment's first sector naming a chain), '' for none. */
  chainIds: string[];
  aggregateIndex: Map<string, number>;
  /** Node position → its aggregate. */
  aggregateOfNode: Int32Array;
  /** Edge position → endpoint node positions, -1 when the endpoint is not a node. */
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  /** Edge position → index into `relations`. */
  edgeRelation: Int32Array;
  relations: Relation[];
}

const BIN_IDS = { university: 'agg:type:university', platform: 'agg:type:platform', other: 'agg:other' } as const;

export const segmentAggregateId = (segmentId: string): string => `agg:seg:${segmentId}`;
export const chainAggregateId = (chainId: string): string => `agg:chain:${chainId}`;

// Graphs are replaced, never mutated, so the assignment can be kept for as long as its graph lives.
const cache = new WeakMap<Graph, Assignment>();

export function assignmentFor(graph: Graph): Assignment {
  let assignment = cache.get(graph);
  if (!assignment) {
    assignment = assign(graph);
    cache.set(graph, assignment);
  }
  return assignment;
}

/** Node id → the id of the aggregate it is drawn in while aggregated. */
export function aggregateOf(graph: Graph): Map<string, string> {
  const { aggregateIds, aggregateOfNode } = assignmentFor(graph);
  return new Map(graph.nodes.map((node, position) => [node.id, aggregateIds[aggregateOfNode[position] ?? -1] ?? '']));
}

function assign(graph: Graph): Assignment {
  const { nodes, edges } = graph;
  const nodePosition = new Map(nodes.map((node, position) => [node.id, position]));
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

  // Node position → aggregate index for chain and segment nodes, -1 for the others.
  const ownAggregate = new Int32Array(nodes.length).fill(-1);
  nodes.forEach((node, position) => {
    if (node.type === 'chain') ownAggregate[position] = addAggregate(chainAggregateId(node.id), 'chain', position);
    else if (node.type === 'segment') ownAggregate[position] = addAggregate(segmentAggregateId(node.id), 'segment', position);
  });
  const isGroupNode = (position: number): boolean => (ownAggregate[position] ?? -1) >= 0;
  const segmentAggregate = (position: number): number => (nodes[position]?.type === 'segment' ? (ownAggregate[position] ?? -1) : -1);
  /** Position of the node of the first sector naming a chain, -1 when none does. */
  const chainPositionOf = (node: GraphNode): number => {
    for (const sector of node.sectors) {
      const position = nodePosition.get(sector) ?? -1;
      if (nodes[position]?.type === 'chain') return position;
    }
    return -1;
  };

  const edgeSource = new Int32Array(edges.length);
  const edgeTarget = new Int32Array(edges.length);
  const edgeRelation = new Int32Array(edges.length);
  const relations: Relation[] = [];
  const relationCode = new Map<string, number>();
  // A membership edge between a segment and an ordinary node places that node, whichever way it points; the first one wins.
  const membershipSegment = new Int32Array(nodes.length).fill(-1);
  edges.forEach((edge, e) => {
    const source = nodePosition.get(edge.source) ?? -1;
    const target = nodePosition.get(edge.target) ?? -1;
    edgeSource[e] = source;
    edgeTarget[e] = target;
    let code = relationCode.get(edge.relation);
    if (code === undefined) {
      code = relations.push(edge.relation) - 1;
      relationCode.set(edge.relation, code);
    }
    edgeRelation[e] = code;
    if (edge.relation !== 'membership' || source < 0 || target < 0) return;
    for (const [member, group] of [[source, target], [target, source]] as const) {
      const segment = segmentAggregate(group);
      if (segment >= 0 && !isGroupNode(member) && membershipSegment[member] === -1) membershipSegment[member] = segment;
    }
  });

  const bins = new Map<keyof typeof BIN_IDS, number>();
  const binAggregate = (group: keyof typeof BIN_IDS): number => {
    let bin = bins.get(group);
    if (bin === undefined) {
      bin = addAggregate(BIN_IDS[group], group, -1);
      bins.set(group, bin);
    }
    return bin;
  };
  // A chain or segment node is its own aggregate; a member goes by segment column, then membership edge, then chain.
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

  return { aggregateIds, groups, anchors, chainIds, aggregateIndex, aggregateOfNode, edgeSource, edgeTarget, edgeRelation, relations };
}
