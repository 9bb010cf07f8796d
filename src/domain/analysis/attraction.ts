/** 招商: outside enterprises that could fill a segment, best prospects first. */
import { awardRank } from '../graph/indexes';
import type { AwardLevel } from '../graph/types';
import type { AnalysedGraph, AnalysedNode } from './analysedGraph';
import { segmentMembership, stageOf } from './chain-membership';
import { buildIndex, neighbourNodes } from './graph-index';

/**
 * How the candidate serves the segment, strongest first: a member of it; tagged with its stage and
 * in its chain; tied by supply to the segment's members. Being in the chain alone is no match: a
 * firm of the chain with no stage would otherwise be offered for every gap of it.
 */
export const ATTRACTION_MATCHES = ['segment', 'stage', 'supply'] as const;
export type AttractionMatch = (typeof ATTRACTION_MATCHES)[number];

export interface AttractionReason {
  match: AttractionMatch;
  awardLevel: AwardLevel;
  /** How many local enterprises it already has a tie with (any relation). */
  localTies: number;
  tiedTo: string[];
  /** Members of the segment it supplies or buys from, in file order. */
  supplyPartners: string[];
}

export interface AttractionCandidate {
  id: string;
  name: string;
  reason: AttractionReason;
}

/**
 * Outside enterprises for a segment of a chain, ranked by how they match, then award level, then
 * local ties, then file order. Match comes first so a better-known firm from elsewhere in the
 * chain never outranks one that makes exactly what the segment needs.
 */
export function attractionShortlist(
  graph: AnalysedGraph,
  chainId: string,
  segmentId: string,
): AttractionCandidate[] {
  const segment = graph.nodes.find((node) => node.id === segmentId && node.type === 'segment');
  if (!segment) return [];
  const stage = stageOf(segment);
  const { segmentsOf, membersOf } = segmentMembership(graph);
  const supplyPartnersOf = supplyPartners(
    graph,
    new Set((membersOf.get(segmentId) ?? []).map(({ id }) => id)),
  );
  const matchOf = (node: AnalysedNode, partners: readonly string[]): AttractionMatch | null => {
    const segments = segmentsOf.get(node.id) ?? [];
    if (segments.includes(segmentId)) return 'segment';
    if (segments.length === 0 && stage !== null && node.segment === stage && node.sectors.includes(chainId))
      return 'stage';
    return partners.length > 0 ? 'supply' : null;
  };

  const ties = buildIndex(graph);
  const candidates: AttractionCandidate[] = [];
  for (const node of graph.nodes) {
    if (node.type !== 'enterprise' || node.locality !== 'outside') continue;
    const partners = supplyPartnersOf.get(node.id) ?? [];
    const match = matchOf(node, partners);
    if (match === null) continue;
    const tiedTo = neighbourNodes(ties, node.id)
      .filter((neighbour) => neighbour.type === 'enterprise' && neighbour.locality === 'local')
      .map((neighbour) => neighbour.id);
    candidates.push({
      id: node.id,
      name: node.name,
      reason: {
        match,
        awardLevel: node.awardLevel,
        localTies: tiedTo.length,
        tiedTo,
        supplyPartners: partners,
      },
    });
  }
  return candidates.sort(
    (a, b) =>
      ATTRACTION_MATCHES.indexOf(a.reason.match) - ATTRACTION_MATCHES.indexOf(b.reason.match) ||
      awardRank(a.reason.awardLevel) - awardRank(b.reason.awardLevel) ||
      b.reason.localTies - a.reason.localTies,
  );
}

/** Node id → the members (of `members`) it has a supply tie with, either way round, in file order. */
function supplyPartners(graph: AnalysedGraph, members: ReadonlySet<string>): Map<string, string[]> {
  const partners = new Map<string, string[]>();
  const add = (id: string, member: string) => {
    const list = partners.get(id) ?? [];
    if (!list.includes(member)) list.push(member);
    partners.set(id, list);
  };
  for (const edge of graph.edges) {
    if (edge.relation !== 'supply') continue;
    if (members.has(edge.target)) add(edge.source, edge.target);
    if (members.has(edge.source)) add(edge.target, edge.source);
  }
  return partners;
}
