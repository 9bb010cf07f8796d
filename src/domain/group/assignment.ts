/**
 * Which group each node belongs to, and the graph as integers. It depends on the graph alone,
 * never on filters, so a group keeps its id while the user filters, a search hit always knows
 * what to expand, and the per-filter pass never hashes a string.
 */
import { AWARD_LEVELS, NODE_TYPES, type Graph, type GraphNode, type Relation } from '../graph/types';

export type GroupKind = 'segment' | 'chain' | 'university' | 'platform' | 'other';

/** Nodes and edges by their position in graph.nodes / graph.edges, groups by number. */
export interface Assignment {
  /** In the order the map lists them: segment and chain groups by their node's position, then the bins. */
  groupIds: string[];
  kinds: GroupKind[];
  /** Position of the segment or chain node a group stands for, -1 for a bin. */
  anchors: number[];
  /** The chain a group belongs to (a segment's first sector naming a chain), '' for none. */
  chainIds: string[];
  groupIndex: Map<string, number>;
  groupOfNode: Int32Array;
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

export const segmentGroupId = (segmentId: string): string => `agg:seg:${segmentId}`;
export const chainGroupId = (chainId: string): string => `agg:chain:${chainId}`;

/**
 * Node and edge-end positions already computed for `graph` (a FilterIndex has them): passing them
 * spares the first grouping hashing every edge end again, most of its cost on a large map.
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

/** Node id → the id of the group it is drawn in while grouped. */
export function groupIdByNode(graph: Graph, positions?: GraphPositions): Map<string, string> {
  const { groupIds, groupOfNode, nodeIds } = assignmentFor(graph, positions);
  return new Map(nodeIds.map((id, position) => [id, groupIds[groupOfNode[position] ?? -1] ?? '']));
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
  const groupIds: string[] = [];
  const kinds: GroupKind[] = [];
  const anchors: number[] = [];
  const groupIndex = new Map<string, number>();
  const addGroup = (id: string, kind: GroupKind, anchor: number): number => {
    groupIndex.set(id, groupIds.length);
    anchors.push(anchor);
    kinds.push(kind);
    return groupIds.push(id) - 1;
  };

  // Chain and segment nodes are their own groups; -1 for the other nodes.
  const ownGroup = Int32Array.from(nodes, (node, position) => {
    if (node.type === 'chain') return addGroup(chainGroupId(node.id), 'chain', position);
    if (node.type === 'segment') return addGroup(segmentGroupId(node.id), 'segment', position);
    return -1;
  });
  const segmentGroup = (position: number): number =>
    nodes[position]?.type === 'segment' ? (ownGroup[position] ?? -1) : -1;
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
    const segment = segmentGroup(group);
    if (segment >= 0 && ownGroup[member] === -1 && membershipSegment[member] === -1)
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
  const binGroup = (group: BinGroup): number => {
    let bin = bins.get(group);
    if (bin === undefined) {
      bin = addGroup(BIN_IDS[group], group, -1);
      bins.set(group, bin);
    }
    return bin;
  };
  // A member goes by its segment column, then a membership edge, then its chain, then a bin by type.
  const placeOf = (node: GraphNode, position: number): number => {
    const own = ownGroup[position] ?? -1;
    if (own >= 0) return own;
    const bySegmentColumn = segmentGroup(nodePosition.get(node.segment) ?? -1);
    if (bySegmentColumn >= 0) return bySegmentColumn;
    const byMembershipEdge = membershipSegment[position] ?? -1;
    if (byMembershipEdge >= 0) return byMembershipEdge;
    const chain = chainPositionOf(node);
    if (chain >= 0) return ownGroup[chain] ?? -1;
    return binGroup(node.type === 'university' || node.type === 'platform' ? node.type : 'other');
  };
  const groupOfNode = Int32Array.from(nodes, placeOf);

  const chainIds = anchors.map((anchor) => {
    const node = nodes[anchor];
    if (!node) return '';
    return node.type === 'chain' ? node.id : (nodes[chainPositionOf(node)]?.id ?? '');
  });

  return {
    groupIds,
    kinds,
    anchors,
    chainIds,
    groupIndex,
    groupOfNode,
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
