import { describe, expect, it } from 'vitest';
import { VisibleIds } from '../../../src/domain/filters/visible-ids';

const elements = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
const positionOf = new Map([
  ['a', 0],
  ['b', 1],
  ['c', 2],
]);
const ids = new VisibleIds(elements, positionOf, Uint8Array.from([1, 0, 1]));

describe('VisibleIds', () => {
  it('answers has and size from the flags', () => {
    expect(ids.size).toBe(2);
    expect([ids.has('a'), ids.has('b'), ids.has('c'), ids.has('unknown')]).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });

  it('iterates like a Set, in element order', () => {
    expect([...ids]).toEqual(['a', 'c']);
    expect([...ids.keys()]).toEqual(['a', 'c']);
    expect([...ids.entries()]).toEqual([
      ['a', 'a'],
      ['c', 'c'],
    ]);
    const seen: string[] = [];
    ids.forEach((value, key, set) => seen.push(`${value}=${key}:${set === ids}`));
    expect(seen).toEqual(['a=a:true', 'c=c:true']);
  });
});
