import { describe, expect, it } from 'vitest';
import { aggregateGraph } from '../../src/domain/aggregate';
import { buildFilterIndex } from '../../src/domain/filters';
import { buildLegend } from '../../src/domain/legend';
import { aggregatedElements } from '../../src/graph-view/elements';
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

describe('aggregatedElements', () => {
  const view = aggregateGraph(graph);
  const elements = aggregatedElements(
    graph,
    view,
    buildLegend(graph),
    (aggregate) => `${aggregate.id} (${aggregate.memberCount})`,
    buildFilterIndex(graph),
  );
  const merged = [...elements.values()].filter((element) => element.group === 'edges');

  it('draws the strongest merged edge fully and a single tie faintly', () => {
    const opacities = merged.map((element) => element.data.opacity as number).sort((a, b) => a - b);
    expect(merged.length).toBeGreaterThanOrEqual(2);
    expect(opacities.at(-1)).toBe(0.9);
    expect(opacities[0]).toBe(0.12);
  });

  it('labels every aggregate through the given function', () => {
    const labels = [...elements.values()]
      .filter((element) => element.data.aggregate)
      .map((element) => element.data.label as string);
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) expect(label).toMatch(/^agg:.+ \(\d+\)$/);
  });
});
