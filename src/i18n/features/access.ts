/** Strings for offline use, keyboard and screen-reader access, in both languages; zh is checked against en by TypeScript. */
export const en = {
  'update.available': 'Update available: a new version of Chain Explorer is ready.',
  'update.reload': 'Reload',
  'update.later': 'Later',
};

export const zh: Record<keyof typeof en, string> = {
  'update.available': '有可用更新：产业链图谱的新版本已就绪。',
  'update.reload': '重新载入',
  'update.later': '稍后',
};
