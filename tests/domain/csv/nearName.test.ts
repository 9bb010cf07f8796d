import { describe, expect, it } from 'vitest';
import { editDistance, NearNames } from '../../../src/domain/csv/nearName';

describe('editDistance', () => {
  it('counts inserts, deletes and replacements', () => {
    expect(editDistance('生物医药', '生物医药', 2)).toBe(0);
    expect(editDistance('生物医药', '生物医疗', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
  });

  it('stops past the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdefg', 2)).toBe(3);
  });
});

describe('NearNames', () => {
  const chains = new NearNames(['生物医药产业链', '智能装备', 'New energy vehicles']);
  const nearName = (value: string, names = chains) => names.near(value);

  it('finds a chain the value is part of, or that is part of it', () => {
    expect(nearName('生物医药', chains)).toBe('生物医药产业链');
    expect(nearName('智能装备产业链', chains)).toBe('智能装备');
  });

  it('finds a slip of a character or two, ignoring case and spaces', () => {
    expect(nearName('智能装被', chains)).toBe('智能装备');
    expect(nearName('new energy vehicle', chains)).toBe('New energy vehicles');
    expect(nearName('生物医疗产业链', chains)).toBe('生物医药产业链');
  });

  it('leaves other chains alone', () => {
    expect(nearName('新材料', chains)).toBeUndefined();
    expect(nearName('智慧农业', chains)).toBeUndefined();
    expect(nearName('药', chains)).toBeUndefined();
    expect(nearName('新材料', new NearNames([]))).toBeUndefined();
  });

  it('answers a repeated value the same way', () => {
    expect(nearName('生物医药')).toBe('生物医药产业链');
    expect(nearName('生物医药')).toBe('生物医药产业链');
    expect(nearName('新材料')).toBeUndefined();
    expect(nearName('新材料')).toBeUndefined();
  });
});
