import { describe, expect, it } from 'vitest';
import { buildAdjacency, khop } from '../../../src/domain/graph/neighbourhood';
import type { GraphEdge, GraphNode } from '../../../src/domain/graph/types';
import { MIN_RING_SPACING, RING_STEP, enterpriseCircle } from '../../../src/domain/layout';
import { makeEdge, makeGraph, makeNode } from '../helpers';
import { expectMinDistance } from './assertions';

const nodes: GraphNode[] = [
  makeNode({ id: 'me' }),
  makeNode({ id: 's1' }),
  makeNode({ id: 's2' }),
  makeNode({ id: 'k1' }),
  makeNode({ id: 'k2' }),
  makeNode({ id: 'p1' }),
  makeNode({ id: 'u1', type: 'university' }),
  makeNode({ id: 'pl', type: 'platform' }),
  makeNode({ id: 'ss1' }),
  makeNode({ id: 'x' }),
  makeNode({ id: 'far' }),
  makeNode({ id: 'alone' }),
];
// Listed with groups interleaved on purpose: the layout must sort them together.
const edges: GraphEdge[] = [
  makeEdge({ source: 'me', target: 'k1', relation: 'supply' }),
  makeEdge({ source: 's1', target: 'me', relation: 'supply' }),
  makeEdge({ source: 'me', target: 'u1', relation: 'research' }),
  makeEdge({ source: 'p1', target: 'me', relation: 'cooperation' }),
  makeEdge({ source: 'me', target: 'k2', relation: 'supply' }),
  makeEdge({ source: 'pl', target: 'me', relation: 'service' }),
  makeEdge({ source: 's2', target: 'me', relation: 'supply' }),
  makeEdge({ source: 'ss1', target: 's1', relation: 'supply' }),
  makeEdge({ source: 'u1', target: 'x', relation: 'research' }),
  makeEdge({ source: 'x', target: 'far' }),
  // A second, weaker tie to me: k1 must still count as a customer.
  makeEdge({ source: 'k1', target: 'me', relation: 'related' }),
];
const graph = makeGraph(nodes, edges);

/** Ids of a ring in angular order, clockwise from the top. */
const aroundRing = (positions: Map<string, { x: number; y: number }>, ids: string[]) =>
  [...ids].sort((a, b) => angle(positions.get(a)) - angle(positions.get(b)));
const angle = (point: { x: number; y: number } | undefined) => {
  const raw = Math.atan2(point?.y ?? 0, point?.x ?? 0) + Math.PI / 2;
  return raw < -1e-9 ? raw + 2 * Math.PI : raw;
};

describe('enterpriseCircle', () => {
  const circle = enterpriseCircle(graph, 'me', 2);

  it('puts the centre at the origin and exactly the BFS levels on the rings', () => {
    expect(circle.positions.get('me')).toEqual({ x: 0, y: 0 });
    expect(circle.ringOf).toEqual(khop(buildAdjacency(graph), 'me', 2));
    expect(circle.rings.map((groups) => groups.flatMap((group) => group.ids).sort())).toEqual([
      ['me'],
      ['k1', 'k2', 'p1', 'pl', 's1', 's2', 'u1'],
      ['ss1', 'x'],
    ]);
    expect([...circle.positions.keys()].sort()).toEqual([...circle.ringOf.keys()].sort());
  });

  it('places every ring on its radius, rings growing outwards', () => {
    for (const [id, ring] of circle.ringOf) {
      const point = circle.positions.get(id);
      expect(Math.hypot(point?.x ?? NaN, point?.y ?? NaN)).toBeCloseTo(circle.radii[ring] ?? NaN, 6);
    }
    expect(circle.radii[2] ?? 0).toBeGreaterThanOrEqual((circle.radii[1] ?? 0) + RING_STEP);
  });

  it('groups a ring by the relation and direction that reached it, each group one arc', () => {
    expect(circle.rings[1]?.map(({ relation, direction, ids }) => [relation, direction, ids])).toEqual([
      ['supply', 'incoming', ['s1', 's2']],
      ['supply', 'outgoing', ['k1', 'k2']],
      ['cooperation', 'undirected', ['p1']],
      ['research', 'undirected', ['u1']],
      ['service', 'undirected', ['pl']],
    ]);
    const order = aroundRing(circle.positions, circle.rings[1]?.flatMap((group) => group.ids) ?? []);
    expect(order).toEqual(['s1', 's2', 'k1', 'k2', 'p1', 'u1', 'pl']);
  });

  it('orders within a relation by type, so neighbours of one kind sit together', () => {
    const mixed = makeGraph(
      [
        makeNode({ id: 'c' }),
        makeNode({ id: 'a-uni', type: 'university' }),
        makeNode({ id: 'b-ent' }),
        makeNode({ id: 'c-plat', type: 'platform' }),
        makeNode({ id: 'd-ent' }),
      ],
      ['a-uni', 'c-plat', 'd-ent', 'b-ent'].map((id) =>
        makeEdge({ source: 'c', target: id, relation: 'cooperation' }),
      ),
    );
    expect(enterpriseCircle(mixed, 'c', 1).rings[1]?.[0]?.ids).toEqual(['b-ent', 'd-ent', 'a-uni', 'c-plat']);
  });

  it('keeps nodes apart even on a crowded ring', () => {
    const hub = makeGraph(
      [makeNode({ id: 'hub' }), ...Array.from({ length: 150 }, (_, i) => makeNode({ id: `n${i}` }))],
      Array.from({ length: 150 }, (_, i) =>
        makeEdge({ source: 'hub', target: `n${i}`, relation: i % 3 === 0 ? 'supply' : 'cooperation' }),
      ),
    );
    expectMinDistance(enterpriseCircle(hub, 'hub', 1).positions, MIN_RING_SPACING);
    expectMinDistance(circle.positions, Math.min(MIN_RING_SPACING, RING_STEP));
  });

  it('does not depend on row order', () => {
    const shuffled = makeGraph([...nodes].reverse(), [...edges].reverse());
    expect(enterpriseCircle(shuffled, 'me', 3).positions).toEqual(enterpriseCircle(graph, 'me', 3).positions);
  });

  it('is empty for an unknown centre and just the centre at depth 0', () => {
    expect(enterpriseCircle(graph, 'nobody', 2).positions.size).toBe(0);
    expect([...enterpriseCircle(graph, 'alone', 2).positions.keys()]).toEqual(['alone']);
    expect(enterpriseCircle(graph, 'me', 0).rings).toHaveLength(1);
  });
});
