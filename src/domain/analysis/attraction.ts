/** 招商: outside enterprises that could fill a segment, best prospects first. */
import { awardRank } from '../graph/indexes';
import type { AwardLevel } from '../graph/types';
import type { AnalysedGraph, AnalysedNode } from './analysedGraph';
import { segmentMembership, stageOf } from './chain-membership';
import { buildIndex, neighbourNodes } from './graph-index';

/**
 * How the candidate serves the segment, strongest first: a member of it; tagged with its stage and
 * in its chain; in its chain with no segment or stage given.
 */
export const ATTRACTION_MATCHES = ['segment', 'stage', 'sector'] as const;
export type AttractionMatch = (typeof ATTRACTION_MATCHES)[number];

export interface AttractionReason {
  match: AttractionMatch;
  awardLevel: AwardLevel;
  /** How many local enterprises it already has a tie with (any relation). */
  localTies: number;
  tiedTo: string[];
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
  const { segmentsOf } = segmentMembership(graph);
  const matchOf = (node: AnalysedNode): AttractionMatch | null => {
    const segments = segmentsOf.get(node.id) ?? [];
    if (segments.includes(segmentId)) return 'segment';
    if (segments.length > 0 || !node.sectors.includes(chainId)) return null;
    if (stage !== null && node.segment === stage) return 'stage';
    return node.segment === '' ? 'sector' : null;
  };

  const ties = buildIndex(graph);
  const candidates: AttractionCandidate[] = [];
  for (const node of graph.nodes) {
    if (node.type !== 'enterprise' || node.locality !== 'outside') continue;
    const match = matchOf(node);
    if (match === null) continue;
    const tiedTo = neighbourNodes(ties, node.id)
      .filter((neighbour) => neighbour.type === 'enterprise' && neighbour.locality === 'local')
      .map((neighbour) => neighbour.id);
    candidates.push({
      id: node.id,
      name: node.name,
      reason: { match, awardLevel: node.awardLevel, localTies: tiedTo.length, tiedTo },
    });
  }
  return candidates.sort(
    (a, b) =>
      ATTRACTION_MATCHES.indexOf(a.reason.match) - ATTRACTION_MATCHES.indexOf(b.reason.match) ||
      awardRank(a.reason.awardLevel) - awardRank(b.reason.awardLevel) ||
      b.reason.localTies - a.reason.localTies,
  );
}
