import { describe, expect, it } from 'vitest';
import { networkSummary } from '../../../src/domain/analysis';
import { makeEdge, makeGraph, makeNode } from '../helpers';

// Triangle a-b-c (a-b twice), pendant u on c, pair p-q, isolated s, and a self-loop on s.
const graph = makeGraph(
  [
    makeNode({ id: 'a' }),
    makeNode({ id: 'b' }),
    makeNode({ id: 'c' }),
    makeNode({ id: 'u', type: 'university' }),
    makeNode({ id: 'p', type: 'platform' }),
    makeNode({ id: 'q', type: 'chain' }),
    makeNode({ id: 's', type: 'segment' }),
  ],
  [
    makeEdge({ source: 'a', target: 'b' }),
    makeEdge({ id: 'a-b-again', source: 'a', target: 'b', relation: 'supply' }),
    makeEdge({ source: 'b', target: 'c' }),
    makeEdge({ source: 'c', target: 'a' }),
    makeEdge({ source: 'u', target: 'c', relation: 'research' }),
    makeEdge({ source: 'p', target: 'q' }),
    makeEdge({ source: 's', target: 's' }),
  ],
);

describe('networkSummary', () => {
  it('counts nodes, edges, types, density, degree and components', () => {
    // 5 linked pairs among 7 nodes: density 5/21, average degree 10/7.
    expect(networkSummary(graph)).toEqual({
      nodeCount: 7,
      edgeCount: 7,
      nodesByType: { enterprise: 3, university: 1, platform: 1, chain: 1, segment: 1 },
      density: 5 / 21,
      averageDegree: 10 / 7,
      componentCount: 3,
      largestComponentSize: 4,
    });
  });

  it('summarises only what is visible', () => {
    const visible = {
      nodeIds: new Set(['a', 'b', 'c', 'u']),
      edgeIds: new Set(['a->b#related', 'u->c#research']),
    };
    expect(networkSummary(graph, visible)).toEqual({
      nodeCount: 4,
      edgeCount: 2,
      nodesByType: { enterprise: 3, university: 1, platform: 0, chain: 0, segment: 0 },
      density: 2 / 6,
      averageDegree: 1,
      componentCount: 2,
      largestComponentSize: 2,
    });
  });

  it('handles an empty graph', () => {
    expect(networkSummary(makeGraph([]))).toMatchObject({
      nodeCount: 0,
      density: 0,
      averageDegree: 0,
      componentCount: 0,
      largestComponentSize: 0,
    });
  });
});
