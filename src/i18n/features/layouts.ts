/** Each map layout's name in the switcher (src/domain/layout/registry.ts), in both languages; zh is checked against en by TypeScript. */
export const en = {
  'layout.overview': 'Overview',
  'layout.circle': 'Enterprise circle',
  'layout.lanes': 'Chain lanes',
  'layout.preset': 'Preset',
} as const;

export const zh: Record<keyof typeof en, string> = {
  'layout.overview': '全景',
  'layout.circle': '企业朋友圈',
  'layout.lanes': '产业链泳道',
  'layout.preset': '预设位置',
};
