/** Each map layout's name in the switcher (src/domain/layout/registry.ts), in both languages; zh is checked against en by TypeScript. */
export const en = {
  'layout.overview': 'Overview',
  'layout.circle': 'Enterprise circle',
  'layout.lanes': 'Chain lanes',
  'layout.preset': 'Preset',
  'layout.selectCentre': 'Select a node to see its enterprise circle; until then the whole map is shown.',
  'layout.searchCentre': 'Search for a node',
} as const;

export const zh: Record<keyof typeof en, string> = {
  'layout.overview': '全景',
  'layout.circle': '企业朋友圈',
  'layout.lanes': '产业链泳道',
  'layout.preset': '预设位置',
  'layout.selectCentre': '请选择一个节点，查看它的企业朋友圈；在此之前显示整张图。',
  'layout.searchCentre': '搜索节点',
};
