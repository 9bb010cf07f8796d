import { describe, expect, it } from 'vitest';
import { buildAdjacency } from '../../../src/domain/graph/neighbourhood';
import {
  LAYOUT_NAMES,
  LAYOUTS,
  layoutMoves,
  layoutOf,
  type LayoutInput,
  type LayoutView,
} from '../../../src/domain/layout';
import { en } from '../../../src/i18n/en';
import { zh } from '../../../src/i18n/zh';
import { makeEdge, makeGraph, makeNode } from '../helpers';

const graph = makeGraph(
  [makeNode({ id: 'a', x: 0, y: 0 }), makeNode({ id: 'b', x: 10, y: 5 }), makeNode({ id: 'c', x: 3, y: 3 })],
  [makeEdge({ id: 'ab', source: 'a', target: 'b' })],
);

describe('the layout registry', () => {
  it('names every layout in Chinese and English', () => {
    for (const layout of LAYOUTS) {
      expect(Object.hasOwn(en, layout.labelKey), `${layout.id}: en`).toBe(true);
      expect(Object.hasOwn(zh, layout.labelKey), `${layout.id}: zh`).toBe(true);
      expect(en[layout.labelKey as keyof typeof en].trim(), `${layout.id}: en`).not.toBe('');
      expect(zh[layout.labelKey as keyof typeof zh].trim(), `${layout.id}: zh`).not.toBe('');
    }
  });

  it('gives every layout a planner that plans the graph or hands it to the force layout', () => {
    const input: LayoutInput = { graph, adjacency: buildAdjacency(graph), selected: 'a', depth: 1 };
    for (const layout of LAYOUTS) {
      expect(typeof layout.plan, layout.id).toBe('function');
      const planned = layout.plan(input);
      if (planned === null) continue;
      for (const id of planned.members ?? graph.nodes.map((node) => node.id))
        expect(planned.positions.has(id), `${layout.id} places ${id}`).toBe(true);
    }
  });

  it('lists each id once and finds each layout by its id', () => {
    expect(new Set(LAYOUT_NAMES).size).toBe(LAYOUTS.length);
    for (const name of LAYOUT_NAMES) expect(layoutOf(name).id).toBe(name);
  });

  it('lays out again around a new selection only for a layout that needs one', () => {
    for (const layout of LAYOUTS) {
      const view: LayoutView = { layout: layout.id, selected: 'a', depth: 1 };
      expect(layoutMoves(view, { ...view, selected: 'b' }), layout.id).toBe(layout.needsSelection);
      expect(layoutMoves(view, { ...view, depth: 2 }), layout.id).toBe(layout.needsSelection);
    }
  });

  it('offers the preset layout only when every node has a position', () => {
    expect(layoutOf('preset').available?.(graph)).toBe(true);
    const unplaced = makeGraph([makeNode({ id: 'a', x: 0, y: 0 }), makeNode({ id: 'b' })], []);
    expect(layoutOf('preset').available?.(unplaced)).toBe(false);
    expect(
      layoutOf('preset').plan({
        graph: unplaced,
        adjacency: buildAdjacency(unplaced),
        selected: null,
        depth: 1,
      }),
    ).toBeNull();
  });
});
