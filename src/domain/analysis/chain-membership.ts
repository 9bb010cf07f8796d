/** Who belongs where in a chain: its segments, their members, its enterprises. */
import { indexNodesById } from '../graph/indexes';
import { STAGES, type Stage } from '../graph/types';
import type { AnalysedGraph, AnalysedNode } from './analysedGraph';

export interface SegmentMembership {
  /** Segment node id → the nodes that belong to it. */
  membersOf: Map<string, AnalysedNode[]>;
  /** Node id → ids of the segment nodes it belongs to. */
  segmentsOf: Map<string, string[]>;
}

export function stageOf(node: AnalysedNode): Stage | null {
  return (STAGES as readonly string[]).includes(node.segment) ? (node.segment as Stage) : null;
}

/** The chain's segment nodes, upstream → midstream → downstream, unstaged last, file order within a stage. */
export function chainSegments(graph: AnalysedGraph, chainId: string): AnalysedNode[] {
  const rank = (node: AnalysedNode) => {
    const stage = stageOf(node);
    return stage === null ? STAGES.length : STAGES.indexOf(stage);
  };
  return graph.nodes
    .filter((node) => node.type === 'segment' && node.sectors.includes(chainId))
    .sort((a, b) => rank(a) - rank(b));
}

/**
 * Membership is explicit only: a node's `segment` field naming a segment node, or a `membership`
 * edge between it and a segment node (either way round: the pair can mean only one thing). A bare
 * stage in the `segment` field places a node in no particular segment.
 */
export function segmentMembership(graph: AnalysedGraph): SegmentMembership {
  const byId = indexNodesById(graph.nodes);
  const isSegment = (id: string) => byId.get(id)?.type === 'segment';
  const membersOf = new Map<string, AnalysedNode[]>();
  const segmentsOf = new Map<string, string[]>();
  const join = (member: AnalysedNode | undefined, segmentId: string) => {
    // A membership edge from a segment to its chain node says where the segment belongs, not who belongs to it.
    if (!member || member.type === 'segment' || member.type === 'chain') return;
    const segments = segmentsOf.get(member.id) ?? [];
    if (segments.includes(segmentId)) return;
    segments.push(segmentId);
    segmentsOf.set(member.id, segments);
    const members = membersOf.get(segmentId) ?? [];
    members.push(member);
    membersOf.set(segmentId, members);
  };
  for (const node of graph.nodes) if (isSegment(node.segment)) join(node, node.segment);
  for (const edge of graph.edges) {
    if (edge.relation !== 'membership') continue;
    if (isSegment(edge.target)) join(byId.get(edge.source), edge.target);
    else if (isSegment(edge.source)) join(byId.get(edge.target), edge.source);
  }
  return { membersOf, segmentsOf };
}

/** Enterprises whose sectors name the chain or that belong to one of its segments, in file order. */
export function chainEnterprises(
  graph: AnalysedGraph,
  chainId: string,
  membership: SegmentMembership,
): AnalysedNode[] {
  const segmentIds = new Set(chainSegments(graph, chainId).map((node) => node.id));
  return graph.nodes.filter(
    (node) =>
      node.type === 'enterprise' &&
      (node.sectors.includes(chainId) ||
        (membership.segmentsOf.get(node.id) ?? []).some((id) => segmentIds.has(id))),
  );
}
