import { describe, expect, it } from 'vitest';
import { buildLegend, mapInWords } from '../../../src/domain/legend';
import { makeEdge, makeGraph, makeNode } from '../helpers';

const graph = makeGraph(
  [
    makeNode({ id: 'ev', name: '新能源汽车', type: 'chain' }),
    makeNode({ id: 'bio', name: '生物医药', type: 'chain' }),
    makeNode({ id: 'e1', name: '甲', sectors: ['ev'], awardLevel: 'national' }),
    makeNode({ id: 'e2', name: '乙', sectors: ['bio'], awardLevel: 'municipal' }),
    makeNode({ id: 'e3', name: '丙', sectors: ['bio'], awardLevel: 'national' }),
    makeNode({ id: 'u1', name: '大学', type: 'university', awardLevel: 'national' }),
  ],
  [
    makeEdge({ source: 'e1', target: 'e2', relation: 'supply' }),
    makeEdge({ source: 'e2', target: 'u1', relation: 'research' }),
  ],
);

const everything = {
  nodeIds: new Set(graph.nodes.map((node) => node.id)),
  edgeIds: new Set(graph.edges.map((edge) => edge.id)),
};

describe('mapInWords', () => {
  it('counts what is shown by type, lists chains largest first and every national honour in file order', () => {
    const words = mapInWords(graph, buildLegend(graph, everything), everything);
    expect(words).toMatchObject({ nodeCount: 6, edgeCount: 2 });
    expect(words.nodeTypes.map((entry) => [entry.type, entry.count])).toEqual([
      ['enterprise', 3],
      ['university', 1],
      ['chain', 2],
    ]);
    // 生物医药 holds its chain node and two firms; 新能源汽车 its chain node and one.
    expect(words.chains.map((entry) => [entry.name, entry.count])).toEqual([
      ['生物医药', 3],
      ['新能源汽车', 2],
    ]);
    expect(words.national.map((node) => node.id)).toEqual(['e1', 'e3', 'u1']);
  });

  it('says only what the filters leave on the map', () => {
    const shown = { nodeIds: new Set(['ev', 'e1', 'e2']), edgeIds: new Set([graph.edges[0]?.id ?? '']) };
    const words = mapInWords(graph, buildLegend(graph, shown), shown);
    expect(words).toMatchObject({ nodeCount: 3, edgeCount: 1 });
    expect(words.nodeTypes.map((entry) => entry.type)).toEqual(['enterprise', 'chain']);
    expect(words.national.map((node) => node.id)).toEqual(['e1']);
  });
});
