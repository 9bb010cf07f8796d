import { describe, expect, it } from 'vitest';
import {
  defaultFilters,
  facetCounts,
  NO_SECTOR,
  type FacetCounts,
  type Filters,
} from '../../../src/domain/filters';
import { makeEdge, makeGraph, makeNode } from '../helpers';

/* Same shape as in apply-filters.test.ts: e1 -supply-> e2 -research- u1, e3 -cooperation- e1, e1 -membership-> chain-a. */
const graph = makeGraph(
  [
    makeNode({ id: 'chain-a', type: 'chain' }),
    makeNode({ id: 'chain-b', type: 'chain' }),
    makeNode({ id: 'e1', sectors: ['chain-a'], awardLevel: 'national' }),
    makeNode({ id: 'e2', name: 'Beta', sectors: ['chain-a', 'chain-b'], awardLevel: 'provincial' }),
    makeNode({ id: 'e3' }),
    makeNode({ id: 'u1', type: 'university', sectors: ['chain-b'] }),
  ],
  [
    makeEdge({ source: 'e1', target: 'e2', relation: 'supply' }),
    makeEdge({ source: 'e2', target: 'u1', relation: 'research' }),
    makeEdge({ source: 'e3', target: 'e1', relation: 'cooperation' }),
    makeEdge({ source: 'e1', target: 'chain-a', relation: 'membership' }),
  ],
);

/** Entries in order, so the tests also pin the order the panel lists values in. */
const entries = (counts: FacetCounts) => ({
  sectors: [...counts.sectors],
  awardLevels: [...counts.awardLevels],
  types: [...counts.types],
  relations: [...counts.relations],
});

const countsFor = (changes: Partial<Filters>) =>
  entries(facetCounts(graph, { ...defaultFilters, ...changes }));

describe('facetCounts', () => {
  it('counts every value present in the data, enums in their canonical order', () => {
    expect(countsFor({})).toEqual({
      sectors: [
        ['chain-a', 3],
        ['chain-b', 3],
        [NO_SECTOR, 1],
      ],
      awardLevels: [
        ['national', 1],
        ['provincial', 1],
        ['none', 4],
      ],
      types: [
        ['enterprise', 3],
        ['university', 1],
        ['chain', 2],
      ],
      relations: [
        ['supply', 1],
        ['cooperation', 1],
        ['research', 1],
        ['membership', 1],
      ],
    });
  });

  it("ignores a facet's own selection when counting its values, but applies the others", () => {
    expect(countsFor({ sectors: ['chain-a'], types: ['enterprise'] })).toEqual({
      // types=enterprise leaves e1, e2, e3
      sectors: [
        ['chain-a', 2],
        ['chain-b', 1],
        [NO_SECTOR, 1],
      ],
      awardLevels: [
        ['national', 1],
        ['provincial', 1],
        ['none', 0],
      ],
      // sectors=chain-a leaves chain-a, e1, e2
      types: [
        ['enterprise', 2],
        ['university', 0],
        ['chain', 1],
      ],
      relations: [
        ['supply', 1],
        ['cooperation', 0],
        ['research', 0],
        ['membership', 0],
      ],
    });
  });

  it('counts relations over the neighbours that the relation filter would otherwise cut off', () => {
    const counts = countsFor({ text: 'beta', keepNeighbours: true, relations: ['supply'] });
    // Without the relation filter, e2's neighbours e1 and u1 stay, so the research edge would show.
    expect(counts.relations).toEqual([
      ['supply', 1],
      ['cooperation', 0],
      ['research', 1],
      ['membership', 0],
    ]);
    // With it, only e1 joins e2.
    expect(counts.types).toEqual([
      ['enterprise', 2],
      ['university', 0],
      ['chain', 0],
    ]);
  });
});
