import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreFormula } from '../../../src/domain/csv/formula';

describe('formula neutralisation', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['\0x', "'\0x"],
    ['ok\n=cmd', "'ok\n=cmd"],
    ['ok\r\n@cmd', "'ok\r\n@cmd"],
    ["'=x", "''=x"],
    ['plain', 'plain'],
    ["'plain", "'plain"],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j is written %j', (value, written) => {
    expect(neutraliseFormula(value)).toBe(written);
    expect(restoreFormula(written)).toBe(value);
  });

  it('restore undoes neutralise for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '\n', '\0', 'a', ' ') }),
        (value) => {
          expect(restoreFormula(neutraliseFormula(value))).toBe(value);
        },
      ),
    );
  });
});
