/** Strings of the fictional worked example, in both languages; zh is checked against en by TypeScript. */
export const en = {
  'example.open': 'Open example',
  'example.hint':
    'A small invented supply-chain map on which every Analysis section has something to show. Undo import brings your map back.',
  'example.failed': 'The example could not be opened: {reason}',
  'example.badge': 'Fictional example',
  'example.name': 'Cloud Lake Hi-tech Zone (invented)',
  'example.opened': 'opened {time}',
  'example.status': 'fictional example',
  'example.marker': 'Fictional example — invented data, not real enterprises',
} as const;

export const zh: Record<keyof typeof en, string> = {
  'example.open': '打开示例',
  'example.hint': '一张虚构的小型供应链图谱，分析页的每一项都有内容可看。“撤销导入”可回到原来的图谱。',
  'example.failed': '示例无法打开：{reason}',
  'example.badge': '虚构示例',
  'example.name': '示例·云湖高新区',
  'example.opened': '{time} 打开',
  'example.status': '虚构示例',
  'example.marker': '虚构示例——数据为编造，并非真实企业',
} as const;
