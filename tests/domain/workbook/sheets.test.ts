import { describe, expect, it } from 'vitest';
import { sheetsToRead, sheetTable } from '../../../src/domain/workbook/sheets';
import { containerOf } from '../../../src/domain/workbook/sniff';

describe('sheetsToRead', () => {
  it('reads the sheets named like nodes and edges, in workbook order', () => {
    expect(sheetsToRead(['说明', 'Nodes', 'edges'])).toEqual([1, 2]);
    expect(sheetsToRead(['节点表', '备注', '关系'])).toEqual([0, 2]);
    expect(sheetsToRead(['边'])).toEqual([0]);
  });

  it('reads the first sheet when none is named so', () => {
    expect(sheetsToRead(['Sheet1', 'Sheet2'])).toEqual([0]);
    expect(sheetsToRead([])).toEqual([]);
  });
});

describe('sheetTable', () => {
  it('finds the header under title rows and drops blank rows and empty trailing columns', () => {
    const table = sheetTable([
      { row: 1, cells: ['企业名录', '企业名录', '企业名录'] },
      { row: 3, cells: ['编号', '名称', '', ''] },
      { row: 4, cells: ['a', '甲'] },
      { row: 5, cells: ['', '', ' '] },
      { row: 6, cells: ['b', '乙', '', ''] },
    ]);
    expect(table).toEqual({
      header: ['编号', '名称'],
      headerRow: 3,
      records: [
        { cells: ['a', '甲'], row: 4, badQuotes: false },
        { cells: ['b', '乙'], row: 6, badQuotes: false },
      ],
    });
  });

  it('takes the first row as header when no row names a role (the column mapping follows)', () => {
    const table = sheetTable([
      { row: 2, cells: ['Code', 'Company'] },
      { row: 3, cells: ['1', 'A'] },
    ]);
    expect([table.header, table.headerRow, table.records.length]).toEqual([['Code', 'Company'], 2, 1]);
  });

  it('keeps a value under no header, so the import can warn about it', () => {
    expect(
      sheetTable([
        { row: 1, cells: ['id'] },
        { row: 2, cells: ['a', '', 'stray'] },
      ]).header,
    ).toEqual(['id', '', '']);
  });
});

describe('containerOf', () => {
  it('tells a zip, an encrypted workbook and a legacy .xls from text', () => {
    const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const utf16 = (text: string) => [...text].flatMap((char) => [char.charCodeAt(0), 0]);
    expect(containerOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('zip');
    expect(containerOf(new Uint8Array([...cfb, 0, ...utf16('Workbook')]))).toBe('xls');
    expect(containerOf(new Uint8Array([...cfb, 0, ...utf16('EncryptedPackage')]))).toBe('encrypted');
    expect(containerOf(new TextEncoder().encode('id,name\n'))).toBeUndefined();
  });
});
