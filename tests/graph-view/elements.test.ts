import { describe, expect, it } from 'vitest';
import { groupGraph } from '../../src/domain/group';
import { buildFilterIndex } from '../../src/domain/filters';
import { buildLegend } from '../../src/domain/legend';
import { groupedElements } from '../../src/graph-view/elements';
import { makeEdge, makeGraph, makeNode } from '../domain/helpers';

/** Two chains: four supply ties from chain a's members to chain b's, one tie back. */
const graph = makeGraph(
  [
    makeNode({ id: 'a', type: 'chain' }),
    makeNode({ id: 'b', type: 'chain' }),
    ...['a1', 'a2', 'a3', 'a4'].map((id) => makeNode({ id, sectors: ['a'] })),
    ...['b1', 'b2'].map((id) => makeNode({ id, sectors: ['b'] })),
    makeNode({ id: 'u1', type: 'university' }),
  ],
  [
    makeEdge({ source: 'a1', target: 'b1', relation: 'supply' }),
    makeEdge({ source: 'a2', target: 'b1', relation: 'supply' }),
    makeEdge({ source: 'a3', target: 'b2', relation: 'supply' }),
    makeEdge({ source: 'a4', target: 'b2', relation: 'supply' }),
    makeEdge({ source: 'u1', target: 'a1', relation: 'research' }),
  ],
);

describe('groupedElements', () => {
  const view = groupGraph(graph);
  const elements = groupedElements(
    graph,
    view,
    buildLegend(graph),
    (group) => `${group.id} (${group.memberCount})`,
    buildFilterIndex(graph),
  );
  const merged = [...elements.values()].filter((element) => element.group === 'edges');

  it('draws the strongest merged edge fully and a single tie faintly', () => {
    const opacities = merged.map((element) => element.data.opacity as number).sort((a, b) => a - b);
    expect(merged.length).toBeGreaterThanOrEqual(2);
    expect(opacities.at(-1)).toBe(0.9);
    expect(opacities[0]).toBe(0.12);
  });

  it('labels every group through the given function', () => {
    const labels = [...elements.values()]
      .filter((element) => element.data.isGroup)
      .map((element) => element.data.label as string);
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) expect(label).toMatch(/^agg:.+ \(\d+\)$/);
  });
});
