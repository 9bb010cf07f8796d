import { describe, expect, it } from 'vitest';
import { buildAdjacency, khop, neighbours } from '../../../src/domain/graph/neighbourhood';
import { makeEdge, makeGraph, makeNode } from '../helpers';

const ids = (links: { node: { id: string } }[]) => links.map((link) => link.node.id);

describe('neighbours', () => {
  const graph = makeGraph(
    ['me', 'supplierA', 'supplierB', 'customer', 'partner', 'uni', 'lab'].map((id) => makeNode({ id })),
    [
      makeEdge({ source: 'supplierA', target: 'me', relation: 'supply' }),
      makeEdge({ source: 'me', target: 'customer', relation: 'supply' }),
      makeEdge({ source: 'partner', target: 'me', relation: 'cooperation' }),
      makeEdge({ source: 'me', target: 'uni', relation: 'research' }),
      makeEdge({ source: 'lab', target: 'me', relation: 'joint-lab' }),
      makeEdge({ source: 'supplierB', target: 'me', relation: 'supply' }),
      makeEdge({ source: 'me', target: 'me', relation: 'related' }),
    ],
  );

  it('groups by relation in contract order, custom relations last, and splits directed relations by direction', () => {
    const groups = neighbours(buildAdjacency(graph), 'me');
    expect(groups.map((group) => [group.relation, group.direction, ids(group.links)])).toEqual([
      ['supply', 'incoming', ['supplierA', 'supplierB']],
      ['supply', 'outgoing', ['customer']],
      ['cooperation', 'undirected', ['partner']],
      ['research', 'undirected', ['uni']],
      ['joint-lab', 'undirected', ['lab']],
    ]);
  });

  it('sees the same edge from the other end in the opposite direction', () => {
    const groups = neighbours(buildAdjacency(graph), 'customer');
    expect(groups).toEqual([
      {
        relation: 'supply',
        direction: 'incoming',
        links: [expect.objectContaining({ node: expect.objectContaining({ id: 'me' }) })],
      },
    ]);
  });

  it('follows the edge flag, not the relation name, for direction', () => {
    const gephi = makeGraph(
      [makeNode({ id: 'a' }), makeNode({ id: 'b' })],
      [makeEdge({ source: 'a', target: 'b', relation: 'supply', directed: false })],
    );
    expect(neighbours(buildAdjacency(gephi), 'a').map((group) => group.direction)).toEqual(['undirected']);
  });

  it('answers an unknown id with no neighbours', () => {
    expect(neighbours(buildAdjacency(graph), 'nobody')).toEqual([]);
  });
});

describe('khop', () => {
  // a - b - c - d - e, and f alone; the b→a edge is directed the "wrong" way to prove direction is ignored.
  const chain = makeGraph(
    ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => makeNode({ id })),
    [
      makeEdge({ source: 'b', target: 'a', relation: 'supply' }),
      makeEdge({ source: 'b', target: 'c' }),
      makeEdge({ source: 'c', target: 'd', relation: 'investment' }),
      makeEdge({ source: 'e', target: 'd' }),
      makeEdge({ source: 'a', target: 'c' }),
    ],
  );
  const adjacency = buildAdjacency(chain);

  it('gives each reachable node its shortest hop count up to the depth', () => {
    expect(Object.fromEntries(khop(adjacency, 'a', 2))).toEqual({ a: 0, b: 1, c: 1, d: 2 });
    expect(Object.fromEntries(khop(adjacency, 'a', 9))).toEqual({ a: 0, b: 1, c: 1, d: 2, e: 3 });
  });

  it('is just the node at depth 0 and empty for an unknown node', () => {
    expect(Object.fromEntries(khop(adjacency, 'f', 3))).toEqual({ f: 0 });
    expect(khop(adjacency, 'a', 0).size).toBe(1);
    expect(khop(adjacency, 'zzz', 3).size).toBe(0);
  });
});
