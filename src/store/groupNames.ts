/** What a group of the grouped map is called, wherever it is named: the Details panel and the map's breadcrumb. */
import { groupIdentity, type GroupIdentity, type GroupNode } from '../domain/group';
import { translate, type Lang } from '../i18n';
import type { Graph, GraphNode } from '../domain/graph/types';
import { nodesByIdOf } from './derived';
import type { Translator } from './i18n';

/** A node's name; its id when the graph has no such node. */
export const nodeName = (id: string, nodesById: ReadonlyMap<string, GraphNode>): string =>
  nodesById.get(id)?.name ?? id;

/** A group's stand-alone name: its segment's name, its chain's name with a note, or the bin's label. */
export function groupName(
  group: GroupIdentity,
  nodesById: ReadonlyMap<string, GraphNode>,
  t: Translator['t'],
): string {
  if (group.groupKind === 'chain')
    return t('groupKind.chainRestOf', { chain: nodeName(group.chainId, nodesById) });
  return group.anchorId === '' ? t(group.labelKey) : nodeName(group.anchorId, nodesById);
}

/** How the map labels a group on it, and so the SVG export too: its anchor's name (or the bin's label) and its member count. */
export const groupLabelOf =
  (graph: Graph, lang: Lang) =>
  (group: GroupNode): string =>
    `${nodesByIdOf(graph).get(group.anchorId)?.name ?? translate(lang, group.labelKey)} (${group.memberCount})`;

/** The name of the group with this group id (an open group may have no visible member left); the id itself for one `graph` does not have. */
export function groupNameOf(graph: Graph, groupId: string, t: Translator['t']): string {
  const group = groupIdentity(graph, groupId);
  return group ? groupName(group, nodesByIdOf(graph), t) : groupId;
}
