import { describe, expect, it } from 'vitest';
import { formatCell } from '../../../src/domain/workbook/numberFormat';

const date = (y: number, m: number, d: number, h = 0, min = 0, s = 0) =>
  new Date(Date.UTC(y, m - 1, d, h, min, s));

describe('formatCell: a cell as the spreadsheet shows it', () => {
  it.each([
    [123, '000000', '000123'],
    [1234.5, '#,##0.00', '1,234.50'],
    [1234567, '#,##0', '1,234,567'],
    [-42, '#,##0.00', '-42.00'],
    [-42, '0.00;(0.00)', '(42.00)'],
    [0, '0.00;-0.00;"—"', '—'],
    [0.125, '0.0%', '12.5%'],
    [3.14159, '0.0#', '3.14'],
    [3.1, '0.0#', '3.1'],
    [12, '0"万元"', '12万元'],
    [12, '[Red]0.00', '12.00'],
    [0.1 + 0.2, 'General', '0.3'],
    [9007199254740, 'General', '9007199254740'],
    [1.5, '# ?/?', '1.5'],
    [123, '@', '123'],
  ])('%s in %s → %s', (value, format, shown) => {
    expect(formatCell(value, format)).toBe(shown);
  });

  it.each([
    [date(2024, 3, 1), 'yyyy-mm-dd', '2024-03-01'],
    [date(2024, 3, 1), 'mm-dd-yy', '2024-03-01'],
    [date(2024, 3, 1), 'yyyy"年"m"月"d"日"', '2024年3月1日'],
    [date(2024, 3, 1), 'yyyy/m/d', '2024/3/1'],
    [date(2024, 3, 1), 'd-mmm-yy', '1-Mar-24'],
    [date(2024, 3, 1, 14, 5, 9), 'yyyy-mm-dd hh:mm:ss', '2024-03-01 14:05:09'],
    [date(2024, 3, 1, 14, 5), 'h:mm AM/PM', '2:05 PM'],
    [date(2024, 3, 1), 'yyyy-mm-dd aaaa', '2024-03-01 星期五'],
    [date(2024, 3, 1), 'General', '2024-03-01'],
  ])('%s in %s → %s', (value, format, shown) => {
    expect(formatCell(value, format)).toBe(shown);
  });

  it('writes text as it is, booleans as the spreadsheet does, and nothing for an empty cell', () => {
    expect(formatCell('00123', '@')).toBe('00123');
    expect(formatCell(true)).toBe('TRUE');
    expect(formatCell(undefined, '0.00')).toBe('');
  });
});
