/** Strings for what fails without taking the app down (a worker, a panel), in both languages; zh is checked against en by TypeScript. */
export const en = {
  'worker.failed.import': 'The import stopped in the background: {message}. The map shown is unchanged.',
  'worker.failed.analysis':
    'An analysis stopped in the background: {message}. Try again, or on a smaller selection.',
  'worker.failed.layout': 'The layout stopped in the background: {message}. The map stays as it is drawn.',
  'boundary.failed': '{panel} stopped working: {message}',
  'boundary.reload': 'Reload panel',
};

export const zh: Record<keyof typeof en, string> = {
  'worker.failed.import': '后台导入中止：{message}。当前地图未改变。',
  'worker.failed.analysis': '后台分析中止：{message}。请重试，或缩小范围后再试。',
  'worker.failed.layout': '后台布局中止：{message}。地图保持当前画面。',
  'boundary.failed': '“{panel}”出错，已停止工作：{message}',
  'boundary.reload': '重新载入面板',
};
