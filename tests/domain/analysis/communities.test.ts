import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../../../src/domain/analysis';
import { makeEdge, makeGraph, makeNode } from '../helpers';
import { allPartitions, modularity, smallGraph, stepsOf } from './brute-force';

/** Two 4-cliques a0…a3 and b0…b3 joined by the single edge a3 - b0. */
const cliques = makeGraph(
  ['a', 'b'].flatMap((side) => [0, 1, 2, 3].map((i) => makeNode({ id: `${side}${i}` }))),
  [
    ...['a', 'b'].flatMap((side) =>
      [0, 1, 2, 3].flatMap((i) =>
        [0, 1, 2, 3]
          .filter((j) => j > i)
          .map((j) => makeEdge({ source: `${side}${i}`, target: `${side}${j}` })),
      ),
    ),
    makeEdge({ source: 'a3', target: 'b0' }),
  ],
);

describe('detectCommunities', () => {
  it('splits two cliques joined by one edge into the two cliques, the best split there is', () => {
    const found = detectCommunities(cliques);
    expect(found.count).toBe(2);
    expect([...found.communityOf.values()]).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    // 13 edges; each side holds 6 of them and degree 13: Q = 2·(12/26 − (13/26)²) = 11/26.
    expect(found.modularity).toBeCloseTo(11 / 26, 12);
    const steps = stepsOf(cliques);
    const ids = cliques.nodes.map((node) => node.id);
    const best = Math.max(
      ...allPartitions(ids.length).map((groups) => modularity(steps, (id) => groups[ids.indexOf(id)] ?? -1)),
    );
    expect(found.modularity).toBeCloseTo(best, 12);
  });

  it('gives the same answer every time and for any seed on a clear-cut graph', () => {
    expect(detectCommunities(cliques)).toEqual(detectCommunities(cliques));
    for (const seed of [2, 3, 99]) expect(detectCommunities(cliques, { seed }).count).toBe(2);
  });

  it('reports the true modularity of its split, never above the best split, on small graphs', () => {
    fc.assert(
      fc.property(smallGraph(7), fc.nat(), (graph, seed) => {
        const found = detectCommunities(graph, { seed });
        const steps = stepsOf(graph);
        const communityOf = (id: string) => found.communityOf.get(id) ?? -1;
        expect(found.modularity).toBeCloseTo(modularity(steps, communityOf), 12);
        expect(new Set(found.communityOf.values()).size).toBe(found.count);
        // Every move raises modularity, so the split is never worse than all-singletons.
        expect(found.modularity).toBeGreaterThanOrEqual(
          modularity(steps, (id) => graph.nodes.findIndex((node) => node.id === id)) - 1e-12,
        );
        const ids = graph.nodes.map((node) => node.id);
        const best = Math.max(
          ...allPartitions(ids.length).map((groups) =>
            modularity(steps, (id) => groups[ids.indexOf(id)] ?? -1),
          ),
        );
        expect(found.modularity).toBeLessThanOrEqual(best + 1e-12);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps each clique of a ring of cliques together through the grouping levels', () => {
    const ring = makeGraph(
      Array.from({ length: 32 }, (_, i) => makeNode({ id: `n${i}` })),
      Array.from({ length: 8 }, (_, c) => [
        ...[0, 1, 2, 3].flatMap((i) =>
          [0, 1, 2, 3]
            .filter((j) => j > i)
            .map((j) => makeEdge({ source: `n${4 * c + i}`, target: `n${4 * c + j}` })),
        ),
        makeEdge({ source: `n${4 * c + 3}`, target: `n${(4 * c + 4) % 32}` }),
      ]).flat(),
    );
    const found = detectCommunities(ring);
    for (let c = 0; c < 8; c++) {
      expect(new Set([0, 1, 2, 3].map((i) => found.communityOf.get(`n${4 * c + i}`))).size).toBe(1);
    }
    expect(found.modularity).toBeCloseTo(
      modularity(stepsOf(ring), (id) => found.communityOf.get(id) ?? -1),
      12,
    );
  });

  it('leaves every node alone in a graph without edges, and keeps to the visible part', () => {
    const loose = makeGraph(['x', 'y'].map((id) => makeNode({ id })));
    expect(detectCommunities(loose)).toEqual({
      communityOf: new Map([
        ['x', 0],
        ['y', 1],
      ]),
      count: 2,
      modularity: 0,
    });
    const visible = { nodeIds: new Set(['a0', 'a1', 'a2', 'a3', 'b0']) };
    expect(detectCommunities(cliques, { visible }).communityOf.size).toBe(5);
  });
});
