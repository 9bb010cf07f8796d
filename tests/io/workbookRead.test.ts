import { withoutSpelling } from '../domain/helpers';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importFiles, type ImportResult, type InputFile } from '../../src/domain/csv/import';
import { readTable } from '../../src/domain/csv/parse';
import { expandWorkbooks } from '../../src/io/workbookRead';
import { brief, codes, fixture } from '../domain/csv/helpers';

/** A real .xlsx, written by exceljs as the app's export writes it. */
const workbookFile = async (name: string, build: (book: ExcelJS.Workbook) => void): Promise<InputFile> => {
  const book = new ExcelJS.Workbook();
  build(book);
  return { name, bytes: new Uint8Array(await book.xlsx.writeBuffer()) };
};

const importWorkbooks = async (files: InputFile[]): Promise<ImportResult> => {
  const inputs = await expandWorkbooks(files);
  return Array.isArray(inputs) ? importFiles(inputs) : inputs;
};

/** The cells of a CSV fixture, header first, as typed text. */
const csvRows = (name: string): string[][] => {
  const table = readTable(fixture(name).bytes);
  if (!table.ok) throw new Error(`${name} is not readable`);
  return [table.header, ...table.records.map((record) => record.cells)];
};

describe('a workbook holding both sheets', () => {
  it('gives the same graph as its CSV pair, in one drop', async () => {
    const book = await workbookFile('pair.xlsx', (workbook) => {
      workbook.addWorksheet('说明').addRow(['This sheet is not read: the others are named.']);
      workbook.addWorksheet('nodes').addRows(csvRows('pair-nodes.csv'));
      workbook.addWorksheet('edges').addRows(csvRows('pair-edges.csv'));
    });
    const fromCsv = importFiles([fixture('pair-nodes.csv'), fixture('pair-edges.csv')]);
    const fromBook = await importWorkbooks([book]);
    expect(fromBook.report.fatal).toBe(false);
    expect(withoutSpelling(fromBook.graph)).toEqual(withoutSpelling(fromCsv.graph));
    expect(brief(fromBook.report.problems)).toEqual(brief(fromCsv.report.problems));
    // The report names the file and the sheet, then row and column as the spreadsheet shows them.
    expect(fromBook.report.problems[0]).toMatchObject({
      file: 'pair.xlsx › edges',
      row: 10,
      column: 'relation',
    });
    expect(fromBook.report.files.map(({ file, role, sheet }) => [file, role, sheet])).toEqual([
      ['pair.xlsx › nodes', 'nodes', 'nodes'],
      ['pair.xlsx › edges', 'edges', 'edges'],
    ]);
  });

  it('reads Chinese sheet names (节点, 关系)', async () => {
    const book = await workbookFile('链.xlsx', (workbook) => {
      workbook.addWorksheet('节点').addRows([
        ['编号', '名称'],
        ['a', '甲'],
        ['b', '乙'],
      ]);
      workbook.addWorksheet('关系').addRows([
        ['起点', '终点', '关系'],
        ['a', 'b', '供应'],
      ]);
    });
    const { report, graph } = await importWorkbooks([book]);
    expect(report.fatal).toBe(false);
    expect(graph.edges.map((edge) => [edge.source, edge.target, edge.relation])).toEqual([
      ['a', 'b', 'supply'],
    ]);
  });
});

describe('a sheet as the user sees it', () => {
  const build = (workbook: ExcelJS.Workbook) => {
    const sheet = workbook.addWorksheet('企业名录');
    // A title merged over the table, then the header on row 2.
    sheet.getCell('A1').value = '薛家镇企业名录';
    sheet.mergeCells('A1:F1');
    sheet.addRow(['编号', '名称', '产业链', '成立日期', '产值', '占比']);
    const rows: [number, string, string, Date, number, number][] = [
      [123, '甲精密', '新能源', new Date(Date.UTC(2024, 2, 1)), 1234.5, 0.125],
      [124, '乙材料', '', new Date(Date.UTC(2019, 11, 31)), -42, 1],
      [125, '丙科技', '生物医药', new Date(Date.UTC(2020, 0, 2)), 0, 0],
    ];
    for (const row of rows) sheet.addRow(row);
    sheet.getColumn(1).numFmt = '000000';
    sheet.getColumn(4).numFmt = 'yyyy"年"m"月"d"日"';
    sheet.getColumn(5).numFmt = '#,##0.00';
    sheet.getColumn(6).numFmt = '0.0%';
    // 新能源 written once over two rows, as offices merge a repeated chain name.
    sheet.mergeCells('C3:C4');
    // Trailing rows that hold only formatting, and one more empty row after them.
    sheet.getCell('A9').numFmt = '@';
    sheet.getCell('B12').value = '';
  };

  it('takes dates and numbers in their formats, merged cells filled, the title and empty rows left out', async () => {
    const { report, graph } = await importWorkbooks([await workbookFile('名录.xlsx', build)]);
    expect(report.fatal).toBe(false);
    expect(report.files[0]?.rows).toBe(3);
    const rows = graph.nodes.map((node) => [
      node.id,
      node.sectors.join(';'),
      node.attributes['成立日期'],
      node.attributes['产值'],
      node.attributes['占比'],
    ]);
    expect(rows).toEqual([
      ['000123', '新能源', '2024年3月1日', '1,234.50', '12.5%'],
      ['000124', '新能源', '2019年12月31日', '-42.00', '100.0%'],
      ['000125', '生物医药', '2020年1月2日', '0.00', '0.0%'],
    ]);
    // No chain nodes in this sheet: its sectors are chains by value, which is not a problem (DESIGN §1).
    expect(codes(report.problems)).toEqual(['no-type-column']);
  });

  it('names the sheet and the spreadsheet row of a problem', async () => {
    const book = await workbookFile('dup.xlsx', (workbook) => {
      workbook.addWorksheet('Sheet1').addRows([['id'], ['a'], [], ['a']]);
    });
    const { report } = await importWorkbooks([book]);
    const duplicate = report.problems.find((problem) => problem.code === 'duplicate-id');
    expect(duplicate).toMatchObject({ file: 'dup.xlsx › Sheet1', row: 4, column: 'id', value: 'a' });
  });
});

describe('bad workbooks', () => {
  const fatalCodes = async (file: InputFile) => {
    const { report, graph } = await importWorkbooks([file]);
    expect(report.fatal).toBe(true);
    expect(graph.nodes).toEqual([]);
    return codes(report.problems.filter((problem) => problem.severity === 'fatal'));
  };

  it('refuses a password-protected workbook', async () => {
    expect(await fatalCodes(fixture('workbooks/encrypted.xlsx'))).toEqual(['workbook-encrypted']);
  });

  it('refuses a legacy .xls and says to save it as .xlsx', async () => {
    expect(await fatalCodes(fixture('workbooks/legacy.xls'))).toEqual(['legacy-xls']);
  });

  it('refuses a zip that is not a workbook', async () => {
    expect(await fatalCodes(fixture('workbooks/not-a-workbook.zip'))).toEqual(['not-a-workbook']);
  });

  it('refuses a damaged workbook', async () => {
    const book = await workbookFile('damaged.xlsx', (workbook) => {
      workbook.addWorksheet('nodes').addRows([['id'], ['a']]);
    });
    // The compressed parts overwritten; the archive's directory at its end still names them.
    const bytes = book.bytes.slice();
    bytes.fill(0x55, Math.floor(bytes.length * 0.1), Math.floor(bytes.length * 0.7));
    const damaged = { name: book.name, bytes };
    expect(await fatalCodes(damaged)).toEqual(['workbook-unreadable']);
  });

  it('refuses an empty sheet as an empty file, naming the sheet', async () => {
    const book = await workbookFile('empty.xlsx', (workbook) => workbook.addWorksheet('nodes'));
    const { report } = await importWorkbooks([book]);
    expect(brief(report.problems)).toEqual([{ code: 'empty-file' }]);
    expect(report.problems[0]?.file).toBe('empty.xlsx › nodes');
  });
});
