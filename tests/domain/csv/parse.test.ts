import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/domain/csv/decode';
import { parseCsvText } from '../../../src/domain/csv/parse';

const rows = (text: string) => parseCsvText(text).records.map(({ row, cells }) => [row, ...cells]);

describe('decodeBytes', () => {
  const utf8 = new TextEncoder().encode('id,名称\n');
  it.each([
    ['UTF-8', utf8, 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'utf-8-bom'],
    [
      'UTF-16 LE with BOM',
      new Uint8Array([0xff, 0xfe, 0x69, 0, 0x64, 0, 0x2c, 0, 0x0d, 0x54, 0xf0, 0x79, 0x0a, 0]),
      'utf-16le',
    ],
    [
      'UTF-16 BE with BOM',
      new Uint8Array([0xfe, 0xff, 0, 0x69, 0, 0x64, 0, 0x2c, 0x54, 0x0d, 0x79, 0xf0, 0, 0x0a]),
      'utf-16be',
    ],
    ['GBK', new Uint8Array([0x69, 0x64, 0x2c, 0xc3, 0xfb, 0xb3, 0xc6, 0x0a]), 'gb18030'],
  ])('%s', (_, bytes, encoding) => {
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: 'id,名称\n', encoding });
  });

  it('a four-byte GB18030 character is not mistaken for Latin-1', () => {
    // 𝄞 U+1D11E in GB18030 is 94 32 BE 34: high, digit, high, digit.
    expect(decodeBytes(new Uint8Array([0x61, 0x94, 0x32, 0xbe, 0x34, 0x62]))).toEqual({
      ok: true,
      text: 'a𝄞b',
      encoding: 'gb18030',
    });
  });
});

describe('parseCsvText', () => {
  it('counts rows as a spreadsheet does: blank lines count, quoted line breaks do not', () => {
    expect(rows('a,b\n\n"x\ny",1\n\n\n2,3\n')).toEqual([
      [3, 'x\ny', '1'],
      [6, '2', '3'],
    ]);
    expect(parseCsvText('\n \n a,b\n1,2').headerRow).toBe(3);
  });

  it('a row of empty cells is blank, a row with quoted empties too', () => {
    expect(rows('a,b\n,\n"",""\n1,\n')).toEqual([[4, '1', '']]);
  });

  it.each([
    ['CRLF', 'a,b\r\n"1\r\n2",3\r\n', '1\r\n2'],
    ['LF inside CRLF (Excel)', 'a,b\r\n"1\n2",3\r\n', '1\n2'],
    ['CR', 'a,b\r"1\r2",3\r', '1\r2'],
  ])('%s line ends keep quoted line breaks as written', (_, text, cell) => {
    const parsed = parseCsvText(text);
    expect([parsed.mixedLineEnds, parsed.records.map((record) => record.cells)]).toEqual([
      false,
      [[cell, '3']],
    ]);
  });

  it('mixed line ends between records are all line breaks', () => {
    const parsed = parseCsvText('a,b\r\n1,2\n3,4\r5,6');
    expect(parsed.mixedLineEnds).toBe(true);
    expect(parsed.records.map((record) => record.cells)).toEqual([
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('picks the first delimiter whose header is accepted, else the one that splits the header most', () => {
    expect(parseCsvText('a\tb,c\n').delimiter).toBe(',');
    expect(parseCsvText('a\tb\tc,d\n').delimiter).toBe('\t');
    expect(parseCsvText('a;b;c\n1;2;3').delimiter).toBe(';');
    expect(parseCsvText('a\tb\tc,d\n', (header) => header.includes('d')).delimiter).toBe(',');
  });

  it('finds the header of a long file, and a header longer than the part read first', () => {
    const rows = Array.from({ length: 20_000 }, (_, index) => `${index};x;"y"`);
    const long = parseCsvText(['id;name;type', ...rows].join('\n'));
    expect([long.delimiter, long.header, long.records.length]).toEqual([
      ';',
      ['id', 'name', 'type'],
      rows.length,
    ]);
    const wide = 'x'.repeat(70_000);
    const longHeader = parseCsvText(`"${wide}\n${wide}"\tb\tc\n1\t2\t3\n`);
    expect([longHeader.delimiter, longHeader.header.length, longHeader.header[0]?.length]).toEqual([
      '\t',
      3,
      140_001,
    ]);
  });

  it('marks a record whose quote never closes', () => {
    const parsed = parseCsvText('a,b\n1,2\n"3,4\n5,6\n');
    expect(parsed.records.map(({ row, badQuotes }) => [row, badQuotes])).toEqual([
      [2, false],
      [3, true],
    ]);
  });
});
