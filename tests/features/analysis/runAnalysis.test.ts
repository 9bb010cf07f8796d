import { describe, expect, it } from 'vitest';
import { networkSummary, rankBySupplyDirection, shortestPaths } from '../../../src/domain/analysis';
import { packGraph, unpackGraph } from '../../../src/io/packedGraph';
import { analyse, ANALYSED_FIELDS, runAnalysis } from '../../../src/io/runAnalysis';
import { makeEdge, makeGraph, makeNode } from '../../domain/helpers';

describe('runAnalysis on a small map', () => {
  const graph = makeGraph(
    ['a', 'b', 'c', 'd'].map((id) => makeNode({ id })),
    [
      makeEdge({ source: 'a', target: 'b', relation: 'supply' }),
      makeEdge({ source: 'c', target: 'b', relation: 'supply' }),
    ],
  );

  it('answers at once, here, with what the domain function gives', () => {
    const paths = runAnalysis(graph, 'paths', { from: 'a', to: 'c', k: 2 });
    expect(paths).not.toBeInstanceOf(Promise);
    expect(paths).toEqual(rankBySupplyDirection(graph, shortestPaths(graph, 'a', 'c', { k: 2 })));
    expect(runAnalysis(graph, 'summary', {})).toEqual(networkSummary(graph));
  });

  it('passes every option on: supply paths only run supplier to customer', () => {
    expect(
      runAnalysis(graph, 'paths', { from: 'a', to: 'c', relations: ['supply'], direction: 'forward' }),
    ).toEqual([]);
    expect(runAnalysis(graph, 'supplyLevels', { id: 'b', up: 1, down: 1 })).toMatchObject({
      up: [{ level: 1, nodes: [{ id: 'a' }, { id: 'c' }] }],
      down: [],
    });
  });
});

describe('the graph the worker gets', () => {
  it('gives every analysis the same answer as the graph itself', async () => {
    const graph = makeGraph(
      [
        makeNode({ id: 'chain', type: 'chain', sectors: ['chain'] }),
        makeNode({ id: 'seg', type: 'segment', sectors: ['chain'], segment: 'upstream', key: true }),
        makeNode({
          id: 'a',
          sectors: ['chain'],
          segment: 'seg',
          awardLevel: 'national',
          awards: ['冠军'],
          description: 'left behind',
        }),
        makeNode({ id: 'b', sectors: ['chain'], locality: 'outside' }),
        makeNode({ id: 'c', sectors: ['chain'], segment: 'upstream', locality: 'outside' }),
      ],
      [
        makeEdge({ source: 'b', target: 'a', relation: 'supply' }),
        makeEdge({ source: 'a', target: 'c', relation: 'licensing', directed: false }),
        makeEdge({ source: 'a', target: 'seg', relation: 'membership' }),
      ],
    );
    const copy = unpackGraph(packGraph(graph, ANALYSED_FIELDS));
    const visible = { nodeIds: new Set(['a', 'b', 'c']) };
    expect(analyse(copy, 'paths', { from: 'b', to: 'c', k: 3 })).toEqual(
      analyse(graph, 'paths', { from: 'b', to: 'c', k: 3 }),
    );
    expect(analyse(copy, 'supplyLevels', { id: 'a', up: 2, down: 2 })).toEqual(
      analyse(graph, 'supplyLevels', { id: 'a', up: 2, down: 2 }),
    );
    expect(analyse(copy, 'gapBoard', undefined)).toEqual(analyse(graph, 'gapBoard', undefined));
    expect(analyse(copy, 'attraction', { chainId: 'chain', segmentId: 'seg' })).toEqual(
      analyse(graph, 'attraction', { chainId: 'chain', segmentId: 'seg' }),
    );
    expect(analyse(copy, 'keyEnterprises', { visible })).toEqual(
      analyse(graph, 'keyEnterprises', { visible }),
    );
    expect(analyse(copy, 'communities', {})).toEqual(analyse(graph, 'communities', {}));
    expect(analyse(copy, 'summary', { visible })).toEqual(analyse(graph, 'summary', { visible }));
  });
});
