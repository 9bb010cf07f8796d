import { describe, expect, it } from 'vitest';
import { networkSummary, shortestPaths } from '../../../src/domain/analysis';
import { runAnalysis } from '../../../src/io/runAnalysis';
import { makeEdge, makeGraph, makeNode } from '../../domain/helpers';

describe('runAnalysis on a small map', () => {
  const graph = makeGraph(
    ['a', 'b', 'c', 'd'].map((id) => makeNode({ id })),
    [makeEdge({ source: 'a', target: 'b', relation: 'supply' }), makeEdge({ source: 'c', target: 'b', relation: 'supply' })],
  );

  it('answers at once, here, with what the domain function gives', () => {
    const paths = runAnalysis(graph, 'paths', { from: 'a', to: 'c', k: 2 });
    expect(paths).not.toBeInstanceOf(Promise);
    expect(paths).toEqual(shortestPaths(graph, 'a', 'c', { k: 2 }));
    expect(runAnalysis(graph, 'summary', {})).toEqual(networkSummary(graph));
  });

  it('passes every option on: supply paths only run supplier to customer', () => {
    expect(runAnalysis(graph, 'paths', { from: 'a', to: 'c', relations: ['supply'], direction: 'forward' })).toEqual([]);
    expect(runAnalysis(graph, 'supplyLevels', { id: 'b', up: 1, down: 1 })).toMatchObject({ up: [{ level: 1, nodes: [{ id: 'a' }, { id: 'c' }] }], down: [] });
  });
});
