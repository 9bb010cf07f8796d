import { describe, expect, it } from 'vitest';
import {
  clearFilters,
  defaultFilters,
  isDefaultFilters,
  nodeSectorKeys,
  NO_SECTOR,
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
