import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  buildFilterIndex,
  defaultFilters,
  NO_SECTOR,
  type Filters,
} from '../../../src/domain/filters';
import { makeEdge, makeGraph, makeNode } from '../helpers';

/*
 * chain-a   chain-b          degrees: chain-a 1, chain-b 0, e1 3, e2 2, e3 1, u1 1
 * e1 (chain-a, national)  --supply-->  e2 (chain-a + chain-b, provincial)  --research--  u1 (chain-b, university)
 * e3 (no sector) --cooperation-- e1;   e1 --membership--> chain-a
 */
const graph = makeGraph(
  [
    makeNode({ id: 'chain-a', type: 'chain', name: 'Chain A' }),
    makeNode({ id: 'chain-b', type: 'chain', name: 'Chain B' }),
    makeNode({
      id: 'e1',
      name: 'Alpha Motors',
      sectors: ['chain-a'],
      awardLevel: 'national',
      awards: ['专精特新小巨人'],
    }),
    makeNode({ id: 'e2', name: 'Beta', sectors: ['chain-a', 'chain-b'], awardLevel: 'provincial' }),
    makeNode({ id: 'e3', name: 'Gamma', description: 'Battery recycling' }),
    makeNode({ id: 'u1', name: 'Tech Uni', type: 'university', sectors: ['chain-b'] }),
  ],
  [
    makeEdge({ source: 'e1', target: 'e2', relation: 'supply' }),
    makeEdge({ source: 'e2', target: 'u1', relation: 'research' }),
    makeEdge({ source: 'e3', target: 'e1', relation: 'cooperation' }),
    makeEdge({ source: 'e1', target: 'chain-a', relation: 'membership' }),
  ],
);

const visible = (changes: Partial<Filters>, index = buildFilterIndex(graph)) => {
  const result = applyFilters(graph, { ...defaultFilters, ...changes }, index);
  return { nodes: [...result.nodeIds].sort(), edges: [...result.edgeIds].sort() };
};

describe('applyFilters', () => {
  it('shows everything under the default filters', () => {
    expect(visible({})).toEqual({
      nodes: ['chain-a', 'chain-b', 'e1', 'e2', 'e3', 'u1'],
      edges: ['e1->chain-a#membership', 'e1->e2#supply', 'e2->u1#research', 'e3->e1#cooperation'],
    });
  });

  it('keeps nodes with any selected sector, and chains by their own id', () => {
    expect(visible({ sectors: ['chain-a'] })).toEqual({
      nodes: ['chain-a', 'e1', 'e2'],
      edges: ['e1->chain-a#membership', 'e1->e2#supply'],
    });
  });

  it('selects nodes without a sector with NO_SECTOR, alone or with chains', () => {
    expect(visible({ sectors: [NO_SECTOR] }).nodes).toEqual(['e3']);
    expect(visible({ sectors: ['chain-b', NO_SECTOR] })).toEqual({
      nodes: ['chain-b', 'e2', 'e3', 'u1'],
      edges: ['e2->u1#research'],
    });
  });

  it('filters by award level and by type', () => {
    expect(visible({ awardLevels: ['national', 'provincial'] })).toEqual({
      nodes: ['e1', 'e2'],
      edges: ['e1->e2#supply'],
    });
    expect(visible({ types: ['university', 'chain'] })).toEqual({
      nodes: ['chain-a', 'chain-b', 'u1'],
      edges: [],
    });
  });

  it('combines facets with AND', () => {
    expect(visible({ sectors: ['chain-a'], types: ['enterprise'] }).nodes).toEqual(['e1', 'e2']);
  });

  it('hides edges of unselected relations but keeps every node', () => {
    expect(visible({ relations: ['supply'] })).toEqual({
      nodes: ['chain-a', 'chain-b', 'e1', 'e2', 'e3', 'u1'],
      edges: ['e1->e2#supply'],
    });
  });

  it('counts the minimum degree on the full graph, not on what the relation filter leaves', () => {
    expect(visible({ minDegree: 2 }).nodes).toEqual(['e1', 'e2']);
    expect(visible({ minDegree: 2, relations: ['cooperation'] }).nodes).toEqual(['e1', 'e2']);
  });

  it('matches text case-insensitively in id, name, awards and description, ignoring outer blanks', () => {
    expect(visible({ text: 'ALPHA' }).nodes).toEqual(['e1']);
    expect(visible({ text: '小巨人' }).nodes).toEqual(['e1']);
    expect(visible({ text: 'recycl' }).nodes).toEqual(['e3']);
    expect(visible({ text: 'u1' }).nodes).toEqual(['u1']);
    expect(visible({ text: '  beta ' }).nodes).toEqual(['e2']);
    expect(visible({ text: '   ' }).nodes).toHaveLength(6);
  });

  it('does not match text across the boundary of two fields', () => {
    expect(visible({ text: 'e1alpha' }).nodes).toEqual([]);
  });

  it('keeps the direct neighbours of matches, over the visible relations only', () => {
    expect(visible({ text: 'beta', keepNeighbours: true })).toEqual({
      nodes: ['e1', 'e2', 'u1'],
      edges: ['e1->e2#supply', 'e2->u1#research'],
    });
    expect(visible({ text: 'beta', keepNeighbours: true, relations: ['supply'] })).toEqual({
      nodes: ['e1', 'e2'],
      edges: ['e1->e2#supply'],
    });
  });

  it('computes the same visible set in fade mode: the map decides how to draw the rest', () => {
    expect(visible({ sectors: ['chain-a'], mode: 'fade' })).toEqual(visible({ sectors: ['chain-a'] }));
  });

  it('matches nothing for a selected value that is not in the data', () => {
    expect(visible({ sectors: ['ghost'] })).toEqual({ nodes: [], edges: [] });
  });

  it('never shows an edge whose endpoint is not a node', () => {
    const dangling = makeGraph([makeNode({ id: 'a' })], [makeEdge({ source: 'a', target: 'missing' })]);
    const result = applyFilters(dangling, defaultFilters);
    expect([...result.edgeIds]).toEqual([]);
    expect([...result.nodeIds]).toEqual(['a']);
  });

  it('rebuilds an index that was built for another graph instead of trusting it', () => {
    const other = makeGraph([makeNode({ id: 'x' })]);
    expect(visible({ sectors: ['chain-a'] }, buildFilterIndex(other)).nodes).toEqual(['chain-a', 'e1', 'e2']);
  });

  it('gives the same answers when one index serves many filter changes', () => {
    const index = buildFilterIndex(graph);
    const changes: Partial<Filters>[] = [
      { sectors: ['chain-b'] },
      { text: 'beta', keepNeighbours: true },
      {},
      { minDegree: 3 },
    ];
    for (const change of changes) expect(visible(change, index)).toEqual(visible(change));
  });
});
