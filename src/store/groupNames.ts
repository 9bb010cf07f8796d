/** What a group of the grouped map is called, wherever it is named: the Details panel and the map's breadcrumb. */
import { groupIdentity, type GroupIdentity, type GroupNode } from '../domain/group';
import { translate, type Lang } from '../i18n';
import type { Graph, GraphNode } from '../domain/graph/types';
import { nodesByIdOf } from './derived';
import type { Translator } from './i18n';

/** A node's name; its id when the graph has no such node. */
export const nodeName = (id: string, nodesById: ReadonlyMap<string, GraphNode>): string =>
  nodesById.get(id)?.name ?? id;

/**
 * A group's stand-alone name: its segment's name, its chain's name with its stage or a note, or the
 * bin's label. A chain is a chain node or only a sector value (then the value is its name).
 */
export function groupName(
  group: GroupIdentity,
  nodesById: ReadonlyMap<string, GraphNode>,
  t: Translator['t'],
): string {
  const chain = nodeName(group.chainId, nodesById);
  switch (group.groupKind) {
    case 'chain':
      return t('groupKind.chainRestOf', { chain });
    case 'stage':
      return t('groupKind.stageOf', { chain, stage: group.stage === '' ? '' : t(`stage.${group.stage}`) });
    case 'support':
      return t('groupKind.supportOf', { chain });
    default:
      return group.anchorId === '' ? t(group.labelKey) : nodeName(group.anchorId, nodesById);
  }
}

/**
 * How the map labels a group on it, and so the SVG export too: a chain's own group by the chain's
 * name, every other group by its name, with its member count.
 */
export const groupLabelOf = (graph: Graph, lang: Lang) => {
  const nodesById = nodesByIdOf(graph);
  const t: Translator['t'] = (key, params) => translate(lang, key, params);
  return (group: GroupNode): string =>
    `${group.groupKind === 'chain' ? nodeName(group.chainId, nodesById) : groupName(group, nodesById, t)} (${group.memberCount})`;
};

/** The name of the group with this group id (an open group may have no visible member left); the id itself for one `graph` does not have. */
export function groupNameOf(graph: Graph, groupId: string, t: Translator['t']): string {
  const group = groupIdentity(graph, groupId);
  return group ? groupName(group, nodesByIdOf(graph), t) : groupId;
}
