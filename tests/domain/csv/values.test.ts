import { describe, expect, it } from 'vitest';
import { readBoolean, readNodeType, readRelation, readStage } from '../../../src/domain/csv/values';

describe('value spellings', () => {
  it('read the same on every row, in any case, and unknown ones stay unknown', () => {
    for (let row = 0; row < 3; row++) {
      expect(readRelation('合作')).toBe('cooperation');
      expect(readRelation('Supply')).toBe('supply');
      expect(readRelation('代工')).toBeUndefined();
      expect(readNodeType('企业')).toBe('enterprise');
      expect(readStage('上游')).toBe('upstream');
      expect(readBoolean('是')).toBe(true);
      expect(readBoolean('否')).toBe(false);
      expect(readBoolean('maybe')).toBeUndefined();
    }
  });

  it('a cell named like an object property reads as nothing', () => {
    for (const cell of ['__proto__', 'constructor', 'toString']) {
      expect(readRelation(cell)).toBeUndefined();
      expect(readRelation(cell)).toBeUndefined();
    }
  });

  it('thousands of distinct cells (free-text relations) still read right, before and after', () => {
    for (let index = 0; index < 2000; index++) expect(readRelation(`关系${index}`)).toBeUndefined();
    expect(readRelation('供应')).toBe('supply');
    expect(readRelation('INVEST')).toBe('investment');
  });
});
