/** Strings of the Details panel's groups (level of detail), in both languages; zh is checked against en by TypeScript. */
export const en = {
  'groups.title': 'Groups on the map',
  'groups.hint':
    'The map is grouped by chain segment. Open a group to draw its members, or select a node to see its details.',
  'groups.summary': '{groups} groups · {members} nodes · {open} open',
  'groups.chains': 'Industry chains',
  'groups.others': 'Outside the chains',
  'groups.members': '{count} nodes',
  'groups.chainRest': 'Not in a segment',
  'groups.open': 'Open',
  'groups.openLabel': 'Open group {name}',
  'groups.close': 'Close',
  'groups.closeLabel': 'Close group {name}',
  'groups.openCount': '{count} open',
  'group.in': 'Group on the map',
  'group.isOpen': 'Open on the map',
  'group.isClosed': 'Closed: the map shows it as one node',
  'group.overview': 'Groups overview',
} as const;

export const zh: Record<keyof typeof en, string> = {
  'groups.title': '地图分组',
  'groups.hint': '地图已按产业链环节分组。展开分组可显示其成员；选中节点可查看详情。',
  'groups.summary': '{groups} 个分组 · {members} 个节点 · 已展开 {open} 个',
  'groups.chains': '产业链',
  'groups.others': '链外分组',
  'groups.members': '{count} 个节点',
  'groups.chainRest': '未分环节',
  'groups.open': '展开',
  'groups.openLabel': '展开分组 {name}',
  'groups.close': '收起',
  'groups.closeLabel': '收起分组 {name}',
  'groups.openCount': '已展开 {count} 个',
  'group.in': '所在分组',
  'group.isOpen': '已在地图上展开',
  'group.isClosed': '已收起：地图上显示为一个节点',
  'group.overview': '分组总览',
} as const;
