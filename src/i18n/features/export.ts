/** Strings of the export feature, in both languages; zh is checked against en by TypeScript. */
export const en = {
  'export.menu': 'Export',
  'export.panel': 'Export options',
  'export.scope': 'Rows in the CSV files and the workbook',
  'export.scopeAll': 'Everything loaded',
  'export.scopeVisible': 'Only what the filters show',
  'export.nodesCsv': 'Export nodes CSV',
  'export.edgesCsv': 'Export edges CSV',
  'export.workbook': 'Export workbook (XLSX)',
  'export.png': 'Export PNG',
  'export.svg': 'Export SVG',
  'export.imageHint': 'Images show the whole map as it is drawn now.',
  'export.writing': 'Writing the file…',
  'export.saved': 'Saved {file}.',
  'export.pngScaled':
    "Saved {file} at {scale}× instead of {requested}×: a larger image would pass the browser's canvas size limit.",
  'export.mapNotReady': 'The map is not drawn yet; try again in a moment.',
  'export.failed': 'The export failed: {reason}',
  'export.dismiss': 'Dismiss',
  'export.svgTitle': '{dataset} — industry-chain map, {date}',
} as const;

export const zh: Record<keyof typeof en, string> = {
  'export.menu': '导出',
  'export.panel': '导出选项',
  'export.scope': 'CSV 文件与工作簿包含的行',
  'export.scopeAll': '全部已加载数据',
  'export.scopeVisible': '仅筛选后可见的',
  'export.nodesCsv': '导出节点 CSV',
  'export.edgesCsv': '导出关系 CSV',
  'export.workbook': '导出工作簿（XLSX）',
  'export.png': '导出 PNG',
  'export.svg': '导出 SVG',
  'export.imageHint': '图片导出当前绘制的完整图谱。',
  'export.writing': '正在生成文件…',
  'export.saved': '已保存 {file}。',
  'export.pngScaled':
    '已保存 {file}，分辨率为 {scale}× 而非 {requested}×：更大的图片会超出浏览器的画布尺寸上限。',
  'export.mapNotReady': '图谱尚未绘制完成，请稍后再试。',
  'export.failed': '导出失败：{reason}',
  'export.dismiss': '关闭提示',
  'export.svgTitle': '{dataset} — 产业链图谱，{date}',
};
