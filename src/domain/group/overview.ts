/**
 * The groups as a planner reads them: chain by chain, each chain's segments and stages from
 * upstream to downstream, then the groups outside any chain. A chain is a chain node or only a
 * sector value: both list the same way.
 */
import { AWARD_LEVELS, STAGES, type AwardLevel, type Stage } from '../graph/types';
import type { GroupNode } from './groupedView';
import type { GroupKind } from './assignment';

export interface ChainGroups {
  chainId: string;
  /** The chain's own group (the chain node, if any, and members at no stage); undefined when none of it is visible. */
  rest: GroupNode | undefined;
  /** Segment and stage groups: upstream, midstream, downstream, then segments naming no stage; graph order within a stage. */
  segments: GroupNode[];
  /** Universities and platforms of no chain whose ties reach this one most. */
  support: GroupNode | undefined;
  /** Totals over `rest`, `segments` and `support`. */
  memberCount: number;
  countByAwardLevel: Record<AwardLevel, number>;
}

export interface GroupsOverview {
  /** In the order the map lists their first group. */
  chains: ChainGroups[];
  /** Segments that name no chain, then universities, platforms and the rest outside chains. */
  others: GroupNode[];
}

const CHAIN_KINDS: ReadonlySet<GroupKind> = new Set(['chain', 'segment', 'stage', 'support']);
const OTHERS_ORDER: readonly GroupKind[] = ['segment', 'chain', 'university', 'platform', 'other'];

const stageRank = (stage: Stage | ''): number => {
  const rank = (STAGES as readonly string[]).indexOf(stage);
  return rank === -1 ? STAGES.length : rank;
};

/** `groups` as GroupedView lists them. */
export function groupsOverview(groups: readonly GroupNode[]): GroupsOverview {
  const chains = new Map<string, ChainGroups>();
  const others: GroupNode[] = [];
  for (const group of groups) {
    if (!CHAIN_KINDS.has(group.groupKind) || group.chainId === '') {
      others.push(group);
      continue;
    }
    let chain = chains.get(group.chainId);
    if (!chain) {
      const countByAwardLevel = Object.fromEntries(AWARD_LEVELS.map((level) => [level, 0])) as Record<
        AwardLevel,
        number
      >;
      chain = {
        chainId: group.chainId,
        rest: undefined,
        segments: [],
        support: undefined,
        memberCount: 0,
        countByAwardLevel,
      };
      chains.set(group.chainId, chain);
    }
    if (group.groupKind === 'chain') chain.rest = group;
    else if (group.groupKind === 'support') chain.support = group;
    else chain.segments.push(group);
    chain.memberCount += group.memberCount;
    for (const level of AWARD_LEVELS) chain.countByAwardLevel[level] += group.countByAwardLevel[level];
  }
  // Array sort is stable: graph order survives within a stage.
  for (const chain of chains.values()) chain.segments.sort((a, b) => stageRank(a.stage) - stageRank(b.stage));
  others.sort((a, b) => OTHERS_ORDER.indexOf(a.groupKind) - OTHERS_ORDER.indexOf(b.groupKind));
  return { chains: [...chains.values()], others };
}
