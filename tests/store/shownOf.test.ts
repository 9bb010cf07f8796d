import { describe, expect, it } from 'vitest';
import { defaultFilters } from '../../src/domain/filters';
import { shownOf } from '../../src/store/derived';
import { makeEdge, makeGraph, makeNode } from '../domain/helpers';

// A chain a - b - c - d with a spur b - u: the circle round a at depth 1 holds a and b only.
const graph = makeGraph(
  [
    makeNode({ id: 'a' }),
    makeNode({ id: 'b' }),
    makeNode({ id: 'c' }),
    makeNode({ id: 'd' }),
    makeNode({ id: 'u', type: 'university' }),
  ],
  [
    makeEdge({ source: 'a', target: 'b' }),
    makeEdge({ source: 'b', target: 'c' }),
    makeEdge({ source: 'c', target: 'd' }),
    makeEdge({ source: 'b', target: 'u', relation: 'research' }),
  ],
);
const base = {
  graph,
  filters: defaultFilters,
  layout: 'circle' as const,
  selected: 'a',
  depth: 1 as const,
  previous: null,
  showChanges: false,
};
const ids = (set: ReadonlySet<string>) => [...set].sort();

describe('shownOf: what the map shows, so what the status counts', () => {
  it('in the enterprise circle counts only its rings, with the edges between them', () => {
    const shown = shownOf(base);
    expect(ids(shown.nodeIds)).toEqual(['a', 'b']);
    expect(ids(shown.edgeIds)).toEqual(['a->b#related']);
    expect(ids(shownOf({ ...base, depth: 2 }).nodeIds)).toEqual(['a', 'b', 'c', 'u']);
  });

  it('keeps what the filters take out of the rings out', () => {
    const filters = { ...defaultFilters, types: ['enterprise' as const], mode: 'hide' as const };
    expect(ids(shownOf({ ...base, depth: 2, filters }).nodeIds)).toEqual(['a', 'b', 'c']);
  });

  it('is what the filters leave in a layout not around the selection, or with nothing selected', () => {
    expect(shownOf({ ...base, layout: 'overview' }).nodeIds.size).toBe(5);
    expect(shownOf({ ...base, selected: null }).nodeIds.size).toBe(5);
  });
});
