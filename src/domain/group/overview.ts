/**
 * The groups as a planner reads them: chain by chain, each chain's segments from upstream to
 * downstream, then the groups outside any chain.
 */
import { AWARD_LEVELS, STAGES, type AwardLevel, type GraphNode } from '../graph/types';
import type { GroupNode } from './groupedView';
import type { GroupKind } from './assignment';

export interface ChainGroups {
  chainId: string;
  /** The chain's own group (the chain node and members placed in no segment); undefined when none of it is visible. */
  rest: GroupNode | undefined;
  /** Upstream, midstream, downstream, then segments naming no stage; graph order within a stage. */
  segments: GroupNode[];
  /** Totals over `rest` and `segments`. */
  memberCount: number;
  countByAwardLevel: Record<AwardLevel, number>;
}

export interface GroupsOverview {
  /** In the order the map lists their first group. */
  chains: ChainGroups[];
  /** Segments that name no chain, then universities, platforms and the rest outside chains. */
  others: GroupNode[];
}

const OTHERS_ORDER: readonly GroupKind[] = ['segment', 'chain', 'university', 'platform', 'other'];

const stageRank = (segment: GraphNode | undefined): number => {
  const rank = (STAGES as readonly string[]).indexOf(segment?.segment ?? '');
  return rank === -1 ? STAGES.length : rank;
};

/** `groups` as GroupedView lists them; `nodesById` gives the segments' stages. */
export function groupsOverview(
  groups: readonly GroupNode[],
  nodesById: ReadonlyMap<string, GraphNode>,
): GroupsOverview {
  const chains = new Map<string, ChainGroups>();
  const others: GroupNode[] = [];
  for (const group of groups) {
    if ((group.groupKind !== 'chain' && group.groupKind !== 'segment') || group.chainId === '') {
      others.push(group);
      continue;
    }
    let chain = chains.get(group.chainId);
    if (!chain) {
      const countByAwardLevel = Object.fromEntries(AWARD_LEVELS.map((level) => [level, 0])) as Record<
        AwardLevel,
        number
      >;
      chain = { chainId: group.chainId, rest: undefined, segments: [], memberCount: 0, countByAwardLevel };
      chains.set(group.chainId, chain);
    }
    if (group.groupKind === 'chain') chain.rest = group;
    else chain.segments.push(group);
    chain.memberCount += group.memberCount;
    for (const level of AWARD_LEVELS) chain.countByAwardLevel[level] += group.countByAwardLevel[level];
  }
  for (const chain of chains.values()) {
    // Array sort is stable: graph order survives within a stage.
    chain.segments.sort(
      (a, b) => stageRank(nodesById.get(a.anchorId)) - stageRank(nodesById.get(b.anchorId)),
    );
  }
  others.sort((a, b) => OTHERS_ORDER.indexOf(a.groupKind) - OTHERS_ORDER.indexOf(b.groupKind));
  return { chains: [...chains.values()], others };
}
