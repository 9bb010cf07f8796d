import { describe, expect, it } from 'vitest';
import { importFiles, type ImportResult } from '../../../src/domain/csv/import';
import { TEMPLATE_NODE_FIELDS } from '../../../src/domain/csv/template';
import { LANGS } from '../../../src/domain/view-state/lang';
import { templateFiles } from '../../../src/features/import/templateActions';
import { expandWorkbooks } from '../../../src/io/workbookRead';
import { writeWorkbook } from '../../../src/io/workbookWrite';
import { textFile } from '../../domain/csv/helpers';
import { withoutSpelling } from '../../domain/helpers';

const fromWorkbook = async (bytes: Uint8Array): Promise<ImportResult> => {
  const inputs = await expandWorkbooks([{ name: 'template.xlsx', bytes }]);
  if (!Array.isArray(inputs)) return inputs;
  return importFiles(inputs);
};

describe.each(LANGS)('the %s template', (lang) => {
  const { sheets, csv } = templateFiles(lang);
  const fromCsv = importFiles([textFile('nodes.csv', csv.nodes), textFile('edges.csv', csv.edges)]);

  it('has a header the import reads as the contract’s every column, and an example to follow', () => {
    expect(fromCsv.report.problems).toEqual([]);
    const [nodes, edges] = fromCsv.report.files;
    // Every header is matched to a field: no column is kept as an unknown attribute.
    expect(Object.values(nodes?.columns ?? {}).sort()).toEqual([...TEMPLATE_NODE_FIELDS].sort());
    expect(Object.values(edges?.columns ?? {})).not.toContain('');
    expect([fromCsv.report.nodeCount, fromCsv.report.edgeCount]).toEqual([3, 1]);
    expect(fromCsv.graph.edges[0]?.relation).toBe('supply');
    expect(fromCsv.graph.nodes.map((node) => node.type)).toEqual(['chain', 'enterprise', 'enterprise']);
  });

  it('as a workbook, imports cleanly to the same map, its notes sheet left aside', async () => {
    expect(sheets.map((sheet) => sheet.rows.length)).toEqual([4, 2, expect.any(Number)]);
    const result = await fromWorkbook(await writeWorkbook(sheets));
    expect(result.report.problems).toEqual([]);
    expect(result.report.files.map((file) => file.role)).toEqual(['nodes', 'edges']);
    expect(withoutSpelling(result.graph)).toEqual(withoutSpelling(fromCsv.graph));
  });
});

it('writes Chinese headers in the Chinese template and English ones in the English', () => {
  const header = (lang: 'zh' | 'en') => templateFiles(lang).sheets[0]?.rows[0]?.slice(0, 3);
  expect(header('zh')).toEqual(['编号', '名称', '类型']);
  expect(header('en')).toEqual(['id', 'name', 'type']);
});
