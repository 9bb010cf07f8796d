import { describe, expect, it } from 'vitest';
import { rememberedRoles, rememberRoles } from '../../src/io/columnMappingMemory';

/** The part of Storage the memory uses, over a Map. */
const memoryStorage = (): Storage => {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  } as Storage;
};

const failingStorage = (): Storage =>
  ({
    getItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
  }) as unknown as Storage;

describe('remembered column mappings', () => {
  it('gives back the roles for exactly the same header list', () => {
    const storage = memoryStorage();
    rememberRoles(['Code', 'Company'], ['id', 'name'], () => storage);
    expect(rememberedRoles(['Code', 'Company'], () => storage)).toEqual(['id', 'name']);
    expect(rememberedRoles(['Company', 'Code'], () => storage)).toBeNull();
    expect(rememberedRoles(['Code', 'Company', 'Remark'], () => storage)).toBeNull();
  });

  it('ignores what is not a role list for the header', () => {
    const storage = memoryStorage();
    storage.setItem('chain-explorer.columns:["a","b"]', '["id","owner"]');
    storage.setItem('chain-explorer.columns:["c"]', '{not json');
    expect(rememberedRoles(['a', 'b'], () => storage)).toBeNull();
    expect(rememberedRoles(['c'], () => storage)).toBeNull();
  });

  it('ignores storage that throws (private mode, full, disabled)', () => {
    expect(() => rememberRoles(['a'], ['id'], failingStorage)).not.toThrow();
    expect(rememberedRoles(['a'], failingStorage)).toBeNull();
  });
});
