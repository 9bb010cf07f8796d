import { describe, expect, it } from 'vitest';
import { withPinned, type Positions } from '../../../src/domain/layout';
import { makeGraph, makeNode } from '../helpers';

const planned: Positions = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 100, y: 0 }],
  ['c', { x: 200, y: 0 }],
]);

describe('withPinned', () => {
  it('puts every node with a saved position where it was put and leaves the others to the layout', () => {
    const graph = makeGraph(
      [makeNode({ id: 'a' }), makeNode({ id: 'b', x: -40, y: 75.5 }), makeNode({ id: 'c' })],
      [],
    );
    const positions = withPinned(planned, graph);
    expect(positions.get('b')).toEqual({ x: -40, y: 75.5 });
    expect(positions.get('a')).toEqual({ x: 0, y: 0 });
    expect(positions.get('c')).toEqual({ x: 200, y: 0 });
    // The layout's own map is not changed (a cached overview stays as it was planned).
    expect(planned.get('b')).toEqual({ x: 100, y: 0 });
  });

  it('adds no node the layout left out (outside a view)', () => {
    const graph = makeGraph([makeNode({ id: 'a' }), makeNode({ id: 'z', x: 5, y: 5 })], []);
    expect(withPinned(planned, graph).has('z')).toBe(false);
  });

  it('gives the plan back untouched when nothing is pinned', () => {
    const graph = makeGraph([makeNode({ id: 'a' }), makeNode({ id: 'b' })], []);
    expect(withPinned(planned, graph)).toBe(planned);
  });
});
