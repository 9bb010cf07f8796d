import { describe, expect, it } from 'vitest';
import { defaultFilters } from '../../src/domain/filters';
import { viewElementsOf, type ViewInput } from '../../src/graph-view/viewElements';
import { makeEdge, makeGraph, makeNode } from '../domain/helpers';

/** Two chains with members, supply ties from chain a's members to chain b's, and one research tie. */
const graph = makeGraph(
  [
    makeNode({ id: 'a', type: 'chain' }),
    makeNode({ id: 'b', type: 'chain' }),
    ...['a1', 'a2', 'a3'].map((id) => makeNode({ id, sectors: ['a'] })),
    ...['b1', 'b2'].map((id) => makeNode({ id, sectors: ['b'] })),
    makeNode({ id: 'u1', type: 'university' }),
  ],
  [
    makeEdge({ source: 'a1', target: 'b1', relation: 'supply' }),
    makeEdge({ source: 'a2', target: 'b1', relation: 'supply' }),
    makeEdge({ source: 'a3', target: 'b2', relation: 'supply' }),
    makeEdge({ source: 'a1', target: 'a2', relation: 'cooperation' }),
    makeEdge({ source: 'u1', target: 'a1', relation: 'research' }),
  ],
);

const input = (openGroups: string[] = []): ViewInput => ({
  graph,
  filters: { ...defaultFilters },
  previous: null,
  showChanges: false,
  layout: 'overview',
  selected: null,
  depth: 1,
  lang: 'en',
  openGroups,
});

const cytoscapeEdges = (view: ReturnType<typeof viewElementsOf>) =>
  [...view.elements.values()].filter((element) => element.group === 'edges');

describe('viewElementsOf, grouped', () => {
  it('puts every merged edge on the edge layer, with its arrow; cytoscape holds only the groups', () => {
    const view = viewElementsOf(input(), 'grouped');
    expect(cytoscapeEdges(view)).toEqual([]);
    expect([...view.elements.values()].every((element) => element.data.isGroup === true)).toBe(true);
    expect(view.bulkEdges.length).toBeGreaterThan(0);
    // The supply ties from chain a to chain b: one merged edge, pointing the way they do.
    const supply = view.bulkEdges.find((edge) => edge.relation === 'supply');
    expect(supply?.arrow).toBe('triangle');
    expect(supply?.opacity).toBeGreaterThan(0);
    expect(view.layered).toBe(false);
  });

  it('keeps the real ties between an opened group’s members in cytoscape, with their arrows and dashes', () => {
    const grouped = viewElementsOf(input(), 'grouped');
    const chainA = [...grouped.elements.keys()].find((id) => id.includes(':a'));
    expect(chainA).toBeDefined();
    const view = viewElementsOf(input([chainA ?? '']), 'grouped');
    const real = cytoscapeEdges(view).map((element) => element.data.relation as string);
    expect(real).toContain('cooperation');
    expect(view.bulkEdges.every((edge) => edge.id.startsWith('agg'))).toBe(true);
  });
});
