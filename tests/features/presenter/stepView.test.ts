import { describe, expect, it } from 'vitest';
import { applyFilters, defaultFilters } from '../../../src/domain/filters';
import { buildAdjacency } from '../../../src/domain/graph/neighbourhood';
import { resolveStep, stepDefaults, type Step } from '../../../src/domain/story';
import { layoutMoves } from '../../../src/domain/layout';
import { drawnElements, presentedViewOf } from '../../../src/features/presenter/stepView';
import { makeEdge, makeGraph, makeNode } from '../../domain/helpers';

// a — b — c — d, and e alone; b and e are universities.
const graph = makeGraph(
  [
    makeNode({ id: 'a' }),
    makeNode({ id: 'b', type: 'university' }),
    makeNode({ id: 'c' }),
    makeNode({ id: 'd' }),
    makeNode({ id: 'e', type: 'university' }),
  ],
  [
    makeEdge({ source: 'a', target: 'b', relation: 'research' }),
    makeEdge({ source: 'b', target: 'c', relation: 'supply' }),
    makeEdge({ source: 'c', target: 'd', relation: 'supply' }),
  ],
);
const step = (partial: Partial<Step>): Step => ({
  id: 's',
  title: { zh: '', en: '' },
  caption: { zh: '', en: '' },
  ...stepDefaults(),
  ...partial,
});

describe('presentedViewOf', () => {
  it('sets the whole view: full filters, layout, depth, the focus as selection, no legend highlight', () => {
    const view = presentedViewOf(
      resolveStep(
        step({ filters: { types: ['university'] }, layout: 'circle', focus: 'b', depth: 2 }),
        graph,
      ),
      graph,
    );
    expect(view).toEqual({
      filters: { ...defaultFilters, types: ['university'] },
      layout: 'circle',
      depth: 2,
      selected: 'b',
      legendHighlight: null,
      decorations: null,
    });
  });

  it('highlights the ends of highlighted ties and the focus with the named nodes, without fading the rest', () => {
    const view = presentedViewOf(
      resolveStep(step({ focus: 'a', highlightedNodes: ['d'], highlightedEdges: ['b->c#supply'] }), graph),
      graph,
    );
    expect(view.decorations).toEqual({
      owner: 'presenter',
      highlightNodes: ['a', 'd', 'b', 'c'],
      highlightEdges: ['b->c#supply'],
      fadeOthers: false,
    });
  });

  it('leaves out what the graph lacks, so a step on other data still shows the rest', () => {
    const view = presentedViewOf(
      resolveStep(
        step({ focus: 'gone', highlightedNodes: ['gone', 'a'], highlightedEdges: ['x->y#supply'] }),
        graph,
      ),
      graph,
    );
    expect(view.selected).toBeNull();
    expect(view.decorations?.highlightNodes).toEqual(['a']);
    expect(view.decorations?.highlightEdges).toEqual([]);
  });
});

describe('layoutMoves', () => {
  const overview = { layout: 'overview', selected: null, depth: 1 } as const;
  it('is true on a new layout, and on a new centre or depth of the enterprise circle only', () => {
    expect(layoutMoves(overview, { ...overview, layout: 'lanes' })).toBe(true);
    expect(layoutMoves(overview, { ...overview, selected: 'a' })).toBe(false);
    expect(layoutMoves(overview, { ...overview, depth: 2 })).toBe(false);
    const circle = { layout: 'circle', selected: 'a', depth: 1 } as const;
    expect(layoutMoves(circle, { ...circle, selected: 'b' })).toBe(true);
    expect(layoutMoves(circle, { ...circle, depth: 2 })).toBe(true);
    expect(layoutMoves(circle, circle)).toBe(false);
  });
});

describe('drawnElements', () => {
  const adjacency = buildAdjacency(graph);
  const everything = applyFilters(graph, defaultFilters);

  it('is what the filters let through outside the enterprise circle', () => {
    expect(drawnElements(graph, everything, { layout: 'lanes', selected: 'a', depth: 1 }, adjacency)).toBe(
      everything,
    );
  });

  it('keeps to the circle: nodes within depth hops of the centre and the ties among them', () => {
    const drawn = drawnElements(graph, everything, { layout: 'circle', selected: 'b', depth: 1 }, adjacency);
    expect([...drawn.nodeIds].sort()).toEqual(['a', 'b', 'c']);
    expect([...drawn.edgeIds].sort()).toEqual(['a->b#research', 'b->c#supply']);
  });

  it('also keeps to the filters inside the circle', () => {
    const universities = applyFilters(graph, { ...defaultFilters, types: ['university'] });
    const drawn = drawnElements(
      graph,
      universities,
      { layout: 'circle', selected: 'b', depth: 2 },
      adjacency,
    );
    expect([...drawn.nodeIds]).toEqual(['b']);
    expect(drawn.edgeIds.size).toBe(0);
  });

  it('falls back to the filters when the circle has no centre on this map', () => {
    expect(
      drawnElements(graph, everything, { layout: 'circle', selected: 'gone', depth: 1 }, adjacency),
    ).toBe(everything);
  });
});
