import { describe, expect, it } from 'vitest';
import { rankBySupplyDirection, shortestPaths } from '../../../src/domain/analysis';
import { makeEdge, makeGraph, makeNode } from '../helpers';

// Two routes from the lab to the car maker, both two hops. The search finds the one through the
// pack maker first (file order), and that one walks the car maker → pack maker supply tie backwards.
const graph = makeGraph(
  ['lab', 'pack', 'cell', 'car'].map((id) => makeNode({ id })),
  [
    makeEdge({ source: 'lab', target: 'pack', relation: 'research' }),
    makeEdge({ source: 'car', target: 'pack', relation: 'supply' }),
    // Found second: lab — cell, then cell → car along supply.
    makeEdge({ source: 'lab', target: 'cell', relation: 'research' }),
    makeEdge({ source: 'cell', target: 'car', relation: 'supply' }),
  ],
);

describe('rankBySupplyDirection', () => {
  it('puts the path that follows supply before an equally short one that runs against it, naming the hop', () => {
    const found = shortestPaths(graph, 'lab', 'car', { k: 5 });
    // The search alone lists the path against supply first: the ranking must change that.
    expect(found.map((path) => path.nodeIds)).toEqual([
      ['lab', 'pack', 'car'],
      ['lab', 'cell', 'car'],
    ]);
    expect(rankBySupplyDirection(graph, found)).toEqual([
      {
        nodeIds: ['lab', 'cell', 'car'],
        edgeIds: ['lab->cell#research', 'cell->car#supply'],
        againstSupply: [],
      },
      {
        nodeIds: ['lab', 'pack', 'car'],
        edgeIds: ['lab->pack#research', 'car->pack#supply'],
        againstSupply: [1],
      },
    ]);
  });

  it('ranks by hops against supply first, then by length, keeping the search order among equals', () => {
    const chain = makeGraph(
      ['a', 'b', 'c', 'd', 'e'].map((id) => makeNode({ id })),
      [
        // a ← b ← e: two hops, both against supply.
        makeEdge({ source: 'b', target: 'a', relation: 'supply' }),
        makeEdge({ source: 'e', target: 'b', relation: 'supply' }),
        // a → c → d → e: three hops with supply.
        makeEdge({ source: 'a', target: 'c', relation: 'supply' }),
        makeEdge({ source: 'c', target: 'd', relation: 'supply' }),
        makeEdge({ source: 'd', target: 'e', relation: 'supply' }),
      ],
    );
    const ranked = rankBySupplyDirection(chain, shortestPaths(chain, 'a', 'e', { k: 5 }));
    expect(ranked.map(({ nodeIds, againstSupply }) => [nodeIds.join(''), againstSupply])).toEqual([
      ['acde', []],
      ['abe', [0, 1]],
    ]);
    // Walked the other way round, the short route follows supply and the long one runs against it.
    const back = rankBySupplyDirection(chain, shortestPaths(chain, 'e', 'a', { k: 5 }));
    expect(back.map(({ nodeIds, againstSupply }) => [nodeIds.join(''), againstSupply])).toEqual([
      ['eba', []],
      ['edca', [0, 1, 2]],
    ]);
  });

  it('counts only supply ties: other one-way relations walked backwards are no detour', () => {
    const invest = makeGraph(
      ['a', 'b'].map((id) => makeNode({ id })),
      [makeEdge({ source: 'b', target: 'a', relation: 'investment' })],
    );
    expect(rankBySupplyDirection(invest, shortestPaths(invest, 'a', 'b'))).toEqual([
      { nodeIds: ['a', 'b'], edgeIds: ['b->a#investment'], againstSupply: [] },
    ]);
  });
});
