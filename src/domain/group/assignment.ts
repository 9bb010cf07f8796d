/**
 * Which group each node belongs to, and the graph as integers. It depends on the graph alone,
 * never on filters, so a group keeps its id while the user filters, a search hit always knows
 * what to expand, and the per-filter pass never hashes a string.
 *
 * Chains and segments may be nodes or only values (DESIGN.md §1): a flat list names its chains in
 * `sector` and its stages in `segment`. Both make the same chain × stage groups.
 */
import { finishSteps, type Steps } from '../graph/steps';
import {
  AWARD_LEVELS,
  NODE_TYPES,
  STAGES,
  type Graph,
  type GraphNode,
  type Relation,
  type Stage,
} from '../graph/types';

/**
 * `segment`: a segment node and its members. `stage`: a chain's members at a stage no segment node
 * stands for (a value in their segment column). `chain`: a chain's members at no stage (with the
 * chain node, when there is one). `support`: universities and platforms of no chain, beside the
 * chain their ties reach most. Then the bins outside every chain.
 */
export type GroupKind = 'segment' | 'stage' | 'chain' | 'support' | 'university' | 'platform' | 'other';

/** Nodes and edges by their position in graph.nodes / graph.edges, groups by number. */
export interface Assignment {
  /** In the order the map lists them: segment and chain groups by their node's position, then the bins. */
  groupIds: string[];
  kinds: GroupKind[];
  /** Position of the segment or chain node a group stands for, -1 for a bin. */
  anchors: number[];
  /**
   * The chain a group belongs to: a chain node's id (a segment's first sector naming one), else the
   * first sector value as written; '' for none.
   */
  chainIds: string[];
  /** The stage a segment or stage group stands for, '' for none. */
  stages: (Stage | '')[];
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

export const segmentGroupId = (segmentId: string): string => `agg:seg:${segmentId}`;
/** A chain node's id, or a sector value naming no chain node (no node can have both). */
export const chainGroupId = (chainId: string): string => `agg:chain:${chainId}`;
export const stageGroupId = (chainId: string, stage: Stage): string => `agg:stage:${stage}:${chainId}`;
export const supportGroupId = (chainId: string): string => `agg:support:${chainId}`;

/** A segment column holding a stage (the import reads 上游 and the like as one), '' for anything else. */
const stageOf = (segment: string): Stage | '' =>
  (STAGES as readonly string[]).includes(segment) ? (segment as Stage) : '';

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
  return cache.get(graph) ?? finishSteps(assignmentSteps(graph, positions));
}

/** The assignment in steps of about one pass over the nodes or the edges each; kept once done. */
export function* assignmentSteps(graph: Graph, positions?: GraphPositions): Steps<Assignment> {
  const known = cache.get(graph);
  if (known) return known;
  const assignment = yield* assign(graph, positions?.graph === graph ? positions : computePositions(graph));
  // Worked out meanwhile by a direct call: that one stays, so the assignment of a graph is one object.
  const first = cache.get(graph) ?? assignment;
  cache.set(graph, first);
  return first;
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

function* assign(graph: Graph, { nodePosition, edgeSource, edgeTarget }: GraphPositions): Steps<Assignment> {
  const { nodes, edges } = graph;
  const nodeIds = nodes.map((node) => node.id);
  const groupIds: string[] = [];
  const kinds: GroupKind[] = [];
  const anchors: number[] = [];
  const chainIds: string[] = [];
  const stages: (Stage | '')[] = [];
  const groupIndex = new Map<string, number>();
  const addGroup = (
    id: string,
    kind: GroupKind,
    anchor: number,
    chainId = '',
    stage: Stage | '' = '',
  ): number => {
    groupIndex.set(id, groupIds.length);
    anchors.push(anchor);
    kinds.push(kind);
    chainIds.push(chainId);
    stages.push(stage);
    return groupIds.push(id) - 1;
  };
  /** The group with this id, made on first use: value groups exist only once a member needs them. */
  const groupFor = (id: string, kind: GroupKind, chainId = '', stage: Stage | '' = ''): number =>
    groupIndex.get(id) ?? addGroup(id, kind, -1, chainId, stage);

  /** The first sector naming a chain node (its id), else the first sector as written; '' for none. */
  const chainOf = (node: GraphNode): string => {
    for (const sector of node.sectors) {
      if (nodes[nodePosition.get(sector) ?? -1]?.type === 'chain') return sector;
    }
    return node.sectors[0] ?? '';
  };

  // Chain and segment nodes are their own groups; -1 for the other nodes.
  const ownGroup = Int32Array.from(nodes, (node, position) => {
    if (node.type === 'chain') return addGroup(chainGroupId(node.id), 'chain', position, node.id);
    if (node.type === 'segment')
      return addGroup(segmentGroupId(node.id), 'segment', position, chainOf(node), stageOf(node.segment));
    return -1;
  });
  yield;
  const segmentGroup = (position: number): number =>
    nodes[position]?.type === 'segment' ? (ownGroup[position] ?? -1) : -1;

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

  yield;
  const chainGroup = (chainId: string): number => {
    const chainNode = nodePosition.get(chainId) ?? -1;
    return nodes[chainNode]?.type === 'chain'
      ? (ownGroup[chainNode] ?? -1)
      : groupFor(chainGroupId(chainId), 'chain', chainId);
  };
  const isInstitution = (node: GraphNode): node is GraphNode & { type: 'university' | 'platform' } =>
    node.type === 'university' || node.type === 'platform';
  // A member goes by its segment column, then a membership edge, then its chain (at its stage, if
  // it names one); an institution of no chain waits for its ties (-1), the rest go to a bin.
  const placeOf = (node: GraphNode, position: number): number => {
    const own = ownGroup[position] ?? -1;
    if (own >= 0) return own;
    const bySegmentColumn = segmentGroup(nodePosition.get(node.segment) ?? -1);
    if (bySegmentColumn >= 0) return bySegmentColumn;
    const byMembershipEdge = membershipSegment[position] ?? -1;
    if (byMembershipEdge >= 0) return byMembershipEdge;
    const chain = chainOf(node);
    const stage = stageOf(node.segment);
    if (chain !== '')
      return stage === '' ? chainGroup(chain) : groupFor(stageGroupId(chain, stage), 'stage', chain, stage);
    return isInstitution(node) ? -1 : groupFor(BIN_IDS.other, 'other');
  };
  const groupOfNode = Int32Array.from(nodes, placeOf);
  yield;
  placeInstitutions(graph, { edgeSource, edgeTarget, groupOfNode, chainIds }, (position, chainId) => {
    const node = nodes[position];
    if (!node || !isInstitution(node)) return -1;
    return chainId === ''
      ? groupFor(BIN_IDS[node.type], node.type)
      : groupFor(supportGroupId(chainId), 'support', chainId);
  });
  yield;
  return {
    groupIds,
    kinds,
    anchors,
    chainIds,
    stages,
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

/**
 * Places the nodes still at -1 in `groupOfNode` (universities and platforms of no chain) by the
 * chain their ties reach most: the chain of the group each neighbour is in, counted once per edge;
 * the first chain reached wins a tie. `groupAt` gives the group for a node and a chain ('' for none).
 */
function placeInstitutions(
  graph: Graph,
  placed: {
    edgeSource: Int32Array;
    edgeTarget: Int32Array;
    groupOfNode: Int32Array;
    chainIds: readonly string[];
  },
  groupAt: (position: number, chainId: string) => number,
): void {
  const { edgeSource, edgeTarget, groupOfNode, chainIds } = placed;
  const ties = new Map<number, Map<string, number>>();
  const tally = (institution: number, neighbour: number): void => {
    if (groupOfNode[institution] !== -1) return;
    const chainId = chainIds[groupOfNode[neighbour] ?? -1] ?? '';
    if (chainId === '') return;
    let counts = ties.get(institution);
    if (!counts) ties.set(institution, (counts = new Map()));
    counts.set(chainId, (counts.get(chainId) ?? 0) + 1);
  };
  graph.edges.forEach((_, e) => {
    const source = edgeSource[e] ?? -1;
    const target = edgeTarget[e] ?? -1;
    if (source < 0 || target < 0) return;
    tally(source, target);
    tally(target, source);
  });
  groupOfNode.forEach((group, position) => {
    if (group !== -1) return;
    let best = '';
    let bestCount = 0;
    for (const [chainId, count] of ties.get(position) ?? []) {
      if (count > bestCount) [best, bestCount] = [chainId, count];
    }
    groupOfNode[position] = groupAt(position, best);
  });
}
