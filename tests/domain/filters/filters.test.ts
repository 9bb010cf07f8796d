import { describe, expect, it } from 'vitest';
import {
  clearFilters,
  defaultFilters,
  isDefaultFilters,
  nodeSectorKeys,
  NO_SECTOR,
  sameFilters,
  type Filters,
} from '../../../src/domain/filters';
import { makeNode } from '../helpers';

const filters = (changes: Partial<Filters>): Filters => ({ ...defaultFilters, ...changes });

describe('isDefaultFilters', () => {
  it('is true when nothing is constrained, whatever the display preferences', () => {
    expect(isDefaultFilters(defaultFilters)).toBe(true);
    expect(isDefaultFilters(filters({ mode: 'fade', keepNeighbours: true, text: '  ' }))).toBe(true);
  });

  it.each<Partial<Filters>>([
    { sectors: ['a'] },
    { awardLevels: ['national'] },
    { types: ['chain'] },
    { relations: ['supply'] },
    { minDegree: 1 },
    { text: 'x' },
  ])('is false with the constraint %o', (changes) => {
    expect(isDefaultFilters(filters(changes))).toBe(false);
  });
});

describe('clearFilters', () => {
  it('drops the constraints and keeps mode and keepNeighbours', () => {
    const busy = filters({
      sectors: ['a'],
      types: ['chain'],
      minDegree: 2,
      text: 'x',
      mode: 'fade',
      keepNeighbours: true,
    });
    expect(clearFilters(busy)).toEqual({ ...defaultFilters, mode: 'fade', keepNeighbours: true });
  });

  it('returns fresh lists, so editing them leaves the defaults alone', () => {
    clearFilters(defaultFilters).sectors.push('a');
    expect(defaultFilters.sectors).toEqual([]);
  });
});

describe('nodeSectorKeys', () => {
  it('gives a chain its own id, a node without sectors NO_SECTOR, and others their sectors', () => {
    expect(nodeSectorKeys(makeNode({ id: 'c', type: 'chain' }))).toEqual(['c']);
    expect(nodeSectorKeys(makeNode({ id: 'c', type: 'chain', sectors: ['c'] }))).toEqual(['c']);
    expect(nodeSectorKeys(makeNode({ id: 'n' }))).toEqual([NO_SECTOR]);
    expect(nodeSectorKeys(makeNode({ id: 'n', sectors: ['a', 'b'] }))).toEqual(['a', 'b']);
  });
});

describe('sameFilters', () => {
  it('is true for equal filters in other objects', () => {
    expect(
      sameFilters(
        filters({ sectors: ['c1', 'c2'], text: 'x' }),
        filters({ sectors: ['c1', 'c2'], text: 'x' }),
      ),
    ).toBe(true);
    expect(sameFilters(defaultFilters, { ...defaultFilters })).toBe(true);
  });

  it.each<Partial<Filters>>([
    { sectors: ['c1'] },
    { awardLevels: ['national'] },
    { types: ['university'] },
    { relations: ['supply'] },
    { minDegree: 2 },
    { text: 'x' },
    { mode: 'fade' },
    { keepNeighbours: true },
    { changedOnly: true },
  ])('is false when one field differs: %o', (changes) => {
    expect(sameFilters(defaultFilters, filters(changes))).toBe(false);
  });

  it('counts the order of a list: the filters panel shows it', () => {
    expect(sameFilters(filters({ sectors: ['c1', 'c2'] }), filters({ sectors: ['c2', 'c1'] }))).toBe(false);
  });
});
