/**
 * exceljs, loaded on first use only (it is some 250 KB gzip): by the import worker when a workbook
 * comes in, by the export when a workbook is asked for. It is a CommonJS module, which bundlers
 * and Node hand over either as the namespace itself or under `default`.
 */
type ExcelJs = typeof import('exceljs');

export const loadExcel = async (): Promise<ExcelJs> => {
  const module = await import('exceljs');
  return (module as ExcelJs & { default?: ExcelJs }).default ?? module;
};
