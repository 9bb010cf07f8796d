/** Strings of the map in words (the text summary above the map); zh is checked against en by TypeScript. */
export const en = {
  'summary.toggle': 'Text summary',
  'summary.toggleHint': 'Shows the map in words above the map; screen readers always read it',
  'summary.title': 'The map in words',
  'summary.shown': '{nodes} {nodes|node|nodes} and {edges} {edges|edge|edges} shown.',
  'summary.byType': 'By type',
  'summary.typeCount': '{type}: {count}',
  'summary.chains': 'Chains, largest first',
  'summary.chainCount': '{name}: {count} {count|node|nodes}',
  'summary.noChains': 'No chain among the nodes shown.',
  'summary.national': 'National honours ({count})',
  'summary.noNational': 'No node shown holds a national honour.',
  'summary.more': '… and {count} more: the Nodes table lists them all.',
} as const;

export const zh: Record<keyof typeof en, string> = {
  'summary.toggle': '文字摘要',
  'summary.toggleHint': '在地图上方以文字列出图谱内容；读屏软件始终可以读到',
  'summary.title': '图谱文字摘要',
  'summary.shown': '当前显示 {nodes} 个节点、{edges} 条关系。',
  'summary.byType': '按类型',
  'summary.typeCount': '{type}：{count}',
  'summary.chains': '产业链（按规模从大到小）',
  'summary.chainCount': '{name}：{count} 个节点',
  'summary.noChains': '当前显示的节点不属于任何产业链。',
  'summary.national': '国家级荣誉（{count}）',
  'summary.noNational': '当前显示的节点中没有国家级荣誉。',
  'summary.more': '……另有 {count} 个，节点表中可查看全部。',
} as const;
