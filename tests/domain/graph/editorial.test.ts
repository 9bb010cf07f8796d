import { describe, expect, it } from 'vitest';
import { createAttributes } from '../../../src/domain/graph/types';
import { editorialColumnOf, editorialOf, parseEditorial } from '../../../src/domain/graph/editorial';

describe('editorial readings', () => {
  it('reads clauses of fields and notes, separated by a bar', () => {
    expect(parseEditorial('sector: 按名称归入 | locality, segment： 文中未说')).toEqual([
      { fields: ['sector'], note: '按名称归入' },
      { fields: ['locality', 'segment'], note: '文中未说' },
    ]);
  });

  it('takes a clause without a field list as a note on the whole row', () => {
    expect(parseEditorial('整行为编辑整理：见说明')).toEqual([
      { fields: [], note: '整行为编辑整理：见说明' },
    ]);
    expect(parseEditorial('  ')).toEqual([]);
  });

  it('finds the column under its English or Chinese header, in any case', () => {
    const attributes = createAttributes();
    attributes.name_en = 'X';
    attributes[' Editorial '] = 'Locality: a reading';
    expect(editorialColumnOf(attributes)).toBe(' Editorial ');
    expect(editorialOf(attributes)).toEqual([{ fields: ['locality'], note: 'a reading' }]);
    const zh = createAttributes();
    zh['编辑解读'] = 'type: 归拢';
    expect(editorialOf(zh)).toEqual([{ fields: ['type'], note: '归拢' }]);
    expect(editorialOf(createAttributes())).toEqual([]);
  });
});
