import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortestPaths } from '../../../src/domain/analysis';
import type { Graph } from '../../../src/domain/graph/types';
import { makeEdge, makeGraph, makeNode } from '../helpers';
import { allSimplePaths, smallGraph, stepsOf, type Walk } from './brute-force';

/** The edge a path should report for a hop: the first in file order the walk may use. */
const expectedEdge = (
  graph: Graph,
  from: string,
  to: string,
  { relations = 'all', direction = 'any' }: Walk,
) =>
  graph.edges.find(
    (edge) =>
      (relations === 'all' || relations.includes(edge.relation)) &&
      ((edge.source === from && edge.target === to) ||
        (edge.source === to && edge.target === from && (direction === 'any' || !edge.directed))),
  )?.id;

describe('shortestPaths', () => {
  it('agrees with enumerating every simple path on small graphs', () => {
    fc.assert(
      fc.property(
        smallGraph(),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom<Walk['direction']>('any', 'forward'),
        fc.constantFrom<Walk['relations']>('all', ['supply']),
        (graph, a, b, k, direction, relations) => {
          const from = graph.nodes[a % graph.nodes.length]?.id ?? '';
          const to = graph.nodes[b % graph.nodes.length]?.id ?? '';
          const walk = { direction, relations };
          const every = allSimplePaths(stepsOf(graph, walk), from, to);
          const found = shortestPaths(graph, from, to, { ...walk, k });

          // The k shortest lengths, whichever of the equally long paths were picked.
          const lengths = every.map((path) => path.length).sort((x, y) => x - y);
          expect(found.map((path) => path.nodeIds.length)).toEqual(lengths.slice(0, k));
          // Each one is a real simple path, listed once, with the right edge for every hop.
          const everyKey = new Set(every.map((path) => path.join(',')));
          expect(new Set(found.map((path) => path.nodeIds.join(','))).size).toBe(found.length);
          for (const path of found) {
            expect(everyKey.has(path.nodeIds.join(','))).toBe(true);
            expect(path.edgeIds).toEqual(
              path.nodeIds.slice(1).map((hop, i) => expectedEdge(graph, path.nodeIds[i] ?? '', hop, walk)),
            );
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  // a →supply→ b →supply→ c, and a —cooperation— d — c.
  const graph = makeGraph(
    ['a', 'b', 'c', 'd'].map((id) => makeNode({ id })),
    [
      makeEdge({ source: 'a', target: 'b', relation: 'supply' }),
      makeEdge({ source: 'b', target: 'c', relation: 'supply' }),
      makeEdge({ source: 'a', target: 'd', relation: 'cooperation' }),
      makeEdge({ source: 'd', target: 'c', relation: 'cooperation' }),
    ],
  );

  it('follows supply from supplier to customer only in forward mode', () => {
    const supplyOnly = { relations: ['supply'], direction: 'forward' } as const;
    expect(shortestPaths(graph, 'a', 'c', supplyOnly)).toEqual([
      { nodeIds: ['a', 'b', 'c'], edgeIds: ['a->b#supply', 'b->c#supply'] },
    ]);
    expect(shortestPaths(graph, 'c', 'a', supplyOnly)).toEqual([]);
    expect(shortestPaths(graph, 'c', 'a', { relations: ['supply'] })).toHaveLength(1);
  });

  it('returns both routes, shortest first, when asked for more than one', () => {
    expect(shortestPaths(graph, 'a', 'c', { k: 5 }).map((path) => path.nodeIds)).toEqual([
      ['a', 'b', 'c'],
      ['a', 'd', 'c'],
    ]);
  });

  it('keeps to the visible part of the map', () => {
    const visible = { nodeIds: new Set(['a', 'c', 'd']) };
    expect(shortestPaths(graph, 'a', 'c', { visible }).map((path) => path.nodeIds)).toEqual([
      ['a', 'd', 'c'],
    ]);
    expect(shortestPaths(graph, 'a', 'c', { visible: { edgeIds: new Set(['a->b#supply']) } })).toEqual([]);
  });

  it('gives a node to itself as a path without edges, and nothing for unknown ids', () => {
    expect(shortestPaths(graph, 'a', 'a')).toEqual([{ nodeIds: ['a'], edgeIds: [] }]);
    expect(shortestPaths(graph, 'a', 'missing')).toEqual([]);
  });
});
