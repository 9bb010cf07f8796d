/** What the Details panel lists while the map is grouped: the groups, named, chain by chain. */
import { groupsOverview, type GroupNode } from '../../domain/group';
import type { AwardLevel, GraphNode } from '../../domain/graph/types';
import { groupName, nodeName } from '../../store/groupNames';
import type { Translator } from '../../store/i18n';

export interface GroupRow {
  id: string;
  /** What its row shows: under its chain's heading, a chain's own group needs no chain name. */
  label: string;
  /** The name that stands alone, in button labels and for the selected node's group. */
  name: string;
  memberCount: number;
  countByAwardLevel: Record<AwardLevel, number>;
  expanded: boolean;
}

export interface ChainSection {
  chainId: string;
  name: string;
  memberCount: number;
  countByAwardLevel: Record<AwardLevel, number>;
  rows: GroupRow[];
  openCount: number;
}

export interface GroupsModel {
  chains: ChainSection[];
  others: GroupRow[];
  groupCount: number;
  memberCount: number;
  openCount: number;
}

/** `groups` as GroupedView lists them; `expanded` is the store's openGroups. */
export function groupsModel(
  groups: readonly GroupNode[],
  expanded: readonly string[],
  nodesById: ReadonlyMap<string, GraphNode>,
  t: Translator['t'],
): GroupsModel {
  const open = new Set(expanded);
  const row = (group: GroupNode, label?: string): GroupRow => {
    const name = groupName(group, nodesById, t);
    const { id, memberCount, countByAwardLevel } = group;
    return { id, label: label ?? name, name, memberCount, countByAwardLevel, expanded: open.has(id) };
  };
  const overview = groupsOverview(groups);
  const chains = overview.chains.map(
    ({ chainId, rest, segments, support, memberCount, countByAwardLevel }): ChainSection => {
      // Under its chain's heading a stage group needs only its stage.
      const rows = segments.map((segment) =>
        row(
          segment,
          segment.groupKind === 'stage' && segment.stage !== '' ? t(`stage.${segment.stage}`) : undefined,
        ),
      );
      if (rest) rows.push(row(rest, t('groups.chainRest')));
      if (support) rows.push(row(support, t('groupKind.support')));
      return {
        chainId,
        name: nodeName(chainId, nodesById),
        memberCount,
        countByAwardLevel,
        rows,
        openCount: rows.filter((each) => each.expanded).length,
      };
    },
  );
  const others = overview.others.map((group) => row(group));
  return {
    chains,
    others,
    groupCount: groups.length,
    memberCount: groups.reduce((sum, group) => sum + group.memberCount, 0),
    openCount: groups.filter((group) => open.has(group.id)).length,
  };
}
