/**
 * Download template: an empty workbook (nodes, edges, notes) or the CSV pair, headers and examples
 * in the UI's language. Loaded on the first click, with the workbook writer behind it.
 */
import { rowsToCsv } from '../../domain/csv/export';
import { templateRows } from '../../domain/csv/template';
import type { Lang } from '../../domain/view-state/lang';
import { templateContent } from '../../i18n/template';
import { downloadText } from '../../io/download';
import { downloadWorkbook, type SheetToWrite } from '../../io/workbookWrite';

export type TemplateFile = 'workbook' | 'nodes' | 'edges';

/** The template's sheets and CSV texts in `lang`. */
export function templateFiles(lang: Lang): { sheets: SheetToWrite[]; csv: { nodes: string; edges: string } } {
  const content = templateContent[lang];
  const rows = templateRows(lang, content.examples);
  return {
    sheets: [
      { name: content.sheets.nodes, rows: rows.nodes },
      { name: content.sheets.edges, rows: rows.edges },
      { name: content.sheets.notes, rows: content.notes.map((line) => [line]) },
    ],
    csv: { nodes: rowsToCsv(rows.nodes), edges: rowsToCsv(rows.edges) },
  };
}

/** Saves one of the template's files; returns its name. */
export async function downloadTemplate(lang: Lang, which: TemplateFile): Promise<string> {
  const file = templateContent[lang].files[which];
  const { sheets, csv } = templateFiles(lang);
  if (which === 'workbook') await downloadWorkbook(sheets, file);
  else downloadText(csv[which], file, 'text/csv');
  return file;
}
