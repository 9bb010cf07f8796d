import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  betweennessCentrality,
  degreeCentrality,
  pageRank,
  rankKeyEnterprises,
} from '../../../src/domain/analysis';
import { makeEdge, makeGraph, makeNode } from '../helpers';
import { allShortestPaths, smallGraph, stepsOf } from './brute-force';

const sumOf = (values: Map<string, number>) => [...values.values()].reduce((sum, value) => sum + value, 0);

/** A path a - b - c, undirected. */
const path3 = makeGraph(
  ['a', 'b', 'c'].map((id) => makeNode({ id })),
  [makeEdge({ source: 'a', target: 'b' }), makeEdge({ source: 'b', target: 'c' })],
);

describe('betweennessCentrality', () => {
  it('equals the share of shortest paths through each node, counted one by one', () => {
    fc.assert(
      fc.property(smallGraph(), (graph) => {
        const steps = stepsOf(graph);
        const ids = graph.nodes.map((node) => node.id);
        const expected = new Map(ids.map((id) => [id, 0]));
        ids.forEach((s, i) =>
          ids.slice(i + 1).forEach((t) => {
            const shortest = allShortestPaths(steps, s, t);
            for (const v of ids) {
              const through = shortest.filter((path) => path.slice(1, -1).includes(v)).length;
              if (shortest.length > 0) expected.set(v, (expected.get(v) ?? 0) + through / shortest.length);
            }
          }),
        );
        const found = betweennessCentrality(graph);
        for (const id of ids) expect(found.get(id)).toBeCloseTo(expected.get(id) ?? NaN, 9);
      }),
      { numRuns: 200 },
    );
  });

  it('estimates from a sample of sources, scaled to the exact range', () => {
    // On a cycle every source sees the same picture, so the sampled total equals the exact one.
    const cycle = makeGraph(
      Array.from({ length: 7 }, (_, i) => makeNode({ id: `c${i}` })),
      Array.from({ length: 7 }, (_, i) => makeEdge({ source: `c${i}`, target: `c${(i + 1) % 7}` })),
    );
    const sampled = betweennessCentrality(cycle, { sampleSources: 2, seed: 7 });
    expect(sumOf(sampled)).toBeCloseTo(sumOf(betweennessCentrality(cycle)), 9);
    expect(betweennessCentrality(cycle, { sampleSources: 2, seed: 7 })).toEqual(sampled);
    expect(betweennessCentrality(path3, { sampleSources: 3 })).toEqual(betweennessCentrality(path3));
  });
});

describe('pageRank', () => {
  it('matches the hand-worked undirected path a - b - c', () => {
    // a = 0.15/3 + 0.85·b/2 and b = 0.15/3 + 0.85·2a with 2a + b = 1 give a = 19/74, b = 36/74.
    const ranks = pageRank(path3);
    expect(ranks.get('a')).toBeCloseTo(19 / 74, 8);
    expect(ranks.get('b')).toBeCloseTo(36 / 74, 8);
    expect(ranks.get('c')).toBeCloseTo(19 / 74, 8);
  });

  it('spreads a dangling node evenly: directed a → b → c', () => {
    // c has no way out, so its score goes to everyone:
    //   a = 1/20 + (17/20)(c/3),  b = 1/20 + (17/20)(a + c/3),  c = 1/20 + (17/20)(b + c/3),
    // solved by hand: a = 400/2169, b = 740/2169, c = 1029/2169.
    const chain = makeGraph(path3.nodes, [
      makeEdge({ source: 'a', target: 'b', relation: 'supply' }),
      makeEdge({ source: 'b', target: 'c', relation: 'supply' }),
    ]);
    const ranks = pageRank(chain, { directed: true });
    expect(ranks.get('a')).toBeCloseTo(400 / 2169, 8);
    expect(ranks.get('b')).toBeCloseTo(740 / 2169, 8);
    expect(ranks.get('c')).toBeCloseTo(1029 / 2169, 8);
    // Undirected, the same edges give the path's symmetric answer.
    expect(pageRank(chain).get('a')).toBeCloseTo(19 / 74, 8);
  });

  it('sums to 1 on any graph, directed or not', () => {
    fc.assert(
      fc.property(smallGraph(), fc.boolean(), (graph, directed) => {
        expect(sumOf(pageRank(graph, { directed }))).toBeCloseTo(1, 9);
      }),
    );
  });
});

describe('degreeCentrality', () => {
  it('counts distinct neighbours among the visible ties', () => {
    const graph = makeGraph(path3.nodes, [
      ...path3.edges,
      makeEdge({ source: 'b', target: 'a', relation: 'supply' }),
      makeEdge({ source: 'c', target: 'c' }),
    ]);
    expect(degreeCentrality(graph)).toEqual(
      new Map([
        ['a', 1],
        ['b', 2],
        ['c', 1],
      ]),
    );
    expect(degreeCentrality(graph, { relations: ['supply'] })).toEqual(
      new Map([
        ['a', 1],
        ['b', 1],
        ['c', 0],
      ]),
    );
    expect(degreeCentrality(graph, { visible: { nodeIds: new Set(['a', 'c']) } })).toEqual(
      new Map([
        ['a', 0],
        ['c', 0],
      ]),
    );
  });
});

describe('rankKeyEnterprises', () => {
  // hub joins four enterprises and the university; e4 is in another chain; uni is no enterprise.
  const graph = makeGraph(
    [
      makeNode({ id: 'hub', sectors: ['ev'] }),
      makeNode({ id: 'e1', sectors: ['ev'] }),
      makeNode({ id: 'e2', sectors: ['ev'] }),
      makeNode({ id: 'e3', sectors: ['ev'] }),
      makeNode({ id: 'e4', sectors: ['pv'] }),
      makeNode({ id: 'uni', type: 'university' }),
    ],
    [
      ...['e1', 'e2', 'e3', 'e4', 'uni'].map((id) => makeEdge({ source: 'hub', target: id })),
      makeEdge({ source: 'e1', target: 'e2' }),
    ],
  );

  it('puts the hub first with the top score and explains it with the three measures', () => {
    const [first, ...rest] = rankKeyEnterprises(graph);
    expect(first).toMatchObject({ id: 'hub', degree: 5, betweenness: 9, score: 1 });
    expect(rest.map((entry) => entry.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(rest.every((entry) => entry.score < 1 && entry.betweenness === 0)).toBe(true);
  });

  it('keeps to one chain, to the visible part, and to a limit', () => {
    expect(rankKeyEnterprises(graph, { chainId: 'pv' }).map((entry) => entry.id)).toEqual(['e4']);
    const visible = { nodeIds: new Set(['e1', 'e2', 'e3']) };
    // e1 - e2 and a lone e3: no betweenness anywhere; PageRank 20/43, 20/43 and 3/43 (e3 only
    // gets the teleport share: y = 0.05 + 0.85·y/3). Scores: (1 + 0 + 1)/3 for e1 and e2, (3/20)/3 for e3.
    const ranked = rankKeyEnterprises(graph, { visible });
    expect(ranked.map((entry) => entry.id)).toEqual(['e1', 'e2', 'e3']);
    expect(ranked.map((entry) => entry.pageRank)).toEqual(
      [20 / 43, 20 / 43, 3 / 43].map((value) => expect.closeTo(value, 8)),
    );
    expect(ranked.map((entry) => entry.score)).toEqual(
      [2 / 3, 2 / 3, 0.05].map((value) => expect.closeTo(value, 8)),
    );
    expect(rankKeyEnterprises(graph, { limit: 2 })).toHaveLength(2);
  });
});
