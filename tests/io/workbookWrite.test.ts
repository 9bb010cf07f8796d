import { withoutSpelling } from '../domain/helpers';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { edgeRows, nodeRows } from '../../src/domain/csv/export';
import { importFiles } from '../../src/domain/csv/import';
import { expandWorkbooks } from '../../src/io/workbookRead';
import { writeWorkbook } from '../../src/io/workbookWrite';
import { textFile } from '../domain/csv/helpers';

const { graph } = importFiles([
  textFile(
    'nodes.csv',
    'id,name,type,备注\n00123,"=HYPERLINK(""http://x"")",enterprise,+86 519\nb,@b,enterprise,"line\n-1"\n',
  ),
  textFile('edges.csv', 'source,target,relation,weight,extra\n00123,b,supply,2,=1+1\n'),
]);

const exported = () =>
  writeWorkbook([
    { name: 'nodes', rows: nodeRows(graph) },
    { name: 'edges', rows: edgeRows(graph) },
  ]);

describe('the workbook export', () => {
  it('writes both sheets as text, every formula-like cell behind the CSV export’s apostrophe', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exported()).buffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['nodes', 'edges']);
    const nodes = book.getWorksheet('nodes');
    const values = (row: number) => (nodes?.getRow(row).values as unknown[]).slice(1);
    expect(values(1)).toEqual(expect.arrayContaining(['id', 'name', '备注']));
    expect(values(2)).toEqual(expect.arrayContaining(['00123', `'=HYPERLINK("http://x")`, `'+86 519`]));
    expect(values(3)).toEqual(expect.arrayContaining(["'@b", "'line\n-1"]));
    const edges = book.getWorksheet('edges');
    expect((edges?.getRow(2).values as unknown[]).slice(1)).toEqual(expect.arrayContaining(["'=1+1"]));
    // No cell is a formula: every value is a plain string.
    book.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => expect(typeof cell.value).toBe('string'))),
    );
  });

  it('reads back to the same graph, unknown columns kept', async () => {
    const inputs = await expandWorkbooks([{ name: 'map.xlsx', bytes: await exported() }]);
    if (!Array.isArray(inputs)) throw new Error('the exported workbook was refused');
    const again = importFiles(inputs);
    expect(again.report.problems).toEqual([]);
    expect(withoutSpelling(again.graph)).toEqual(withoutSpelling(graph));
  });
});
