import { describe, expect, it } from 'vitest';
import { supplyLevels } from '../../../src/domain/analysis';
import { makeEdge, makeGraph, makeNode } from '../helpers';

// ore (outside) → smelter → focus → assembler → retailer (outside); mine → focus; smelter also
// supplies assembler directly; a cooperation tie and a supply loop back must not add tiers.
const graph = makeGraph(
  [
    makeNode({ id: 'ore', locality: 'outside' }),
    makeNode({ id: 'mine' }),
    makeNode({ id: 'smelter' }),
    makeNode({ id: 'focus' }),
    makeNode({ id: 'assembler' }),
    makeNode({ id: 'retailer', locality: 'outside' }),
    makeNode({ id: 'partner' }),
  ],
  [
    makeEdge({ source: 'ore', target: 'smelter', relation: 'supply' }),
    makeEdge({ source: 'smelter', target: 'focus', relation: 'supply' }),
    makeEdge({ source: 'mine', target: 'focus', relation: 'supply' }),
    makeEdge({ source: 'focus', target: 'assembler', relation: 'supply' }),
    makeEdge({ source: 'smelter', target: 'assembler', relation: 'supply' }),
    makeEdge({ source: 'assembler', target: 'retailer', relation: 'supply' }),
    makeEdge({ source: 'retailer', target: 'smelter', relation: 'supply' }),
    makeEdge({ source: 'focus', target: 'partner', relation: 'cooperation' }),
  ],
);

describe('supplyLevels', () => {
  it('lists suppliers upstream and customers downstream, tier by tier, with the local/outside split', () => {
    expect(supplyLevels(graph, 'focus', 3, 3)).toEqual({
      up: [
        {
          level: 1,
          nodes: [
            { id: 'mine', locality: 'local' },
            { id: 'smelter', locality: 'local' },
          ],
          local: 2,
          outside: 0,
        },
        // retailer supplies smelter too (the loop), at the same distance as ore.
        {
          level: 2,
          nodes: [
            { id: 'ore', locality: 'outside' },
            { id: 'retailer', locality: 'outside' },
          ],
          local: 0,
          outside: 2,
        },
        { level: 3, nodes: [{ id: 'assembler', locality: 'local' }], local: 1, outside: 0 },
      ],
      down: [
        { level: 1, nodes: [{ id: 'assembler', locality: 'local' }], local: 1, outside: 0 },
        { level: 2, nodes: [{ id: 'retailer', locality: 'outside' }], local: 0, outside: 1 },
        { level: 3, nodes: [{ id: 'smelter', locality: 'local' }], local: 1, outside: 0 },
      ],
    });
  });

  it('stops at the requested depth and where the chain ends', () => {
    expect(supplyLevels(graph, 'focus', 1, 0)).toEqual({
      up: [
        {
          level: 1,
          nodes: [
            { id: 'mine', locality: 'local' },
            { id: 'smelter', locality: 'local' },
          ],
          local: 2,
          outside: 0,
        },
      ],
      down: [],
    });
    expect(supplyLevels(graph, 'mine', 5, 5).up).toEqual([]);
  });

  it('reads the source of a supply edge as the supplier even when the file marked it undirected', () => {
    const undirected = makeGraph(graph.nodes, [
      makeEdge({ source: 'ore', target: 'mine', relation: 'supply', directed: false }),
    ]);
    expect(supplyLevels(undirected, 'mine', 1, 1)).toEqual({
      up: [{ level: 1, nodes: [{ id: 'ore', locality: 'outside' }], local: 0, outside: 1 }],
      down: [],
    });
  });

  it('gives nothing for an unknown id', () => {
    expect(supplyLevels(graph, 'missing', 2, 2)).toEqual({ up: [], down: [] });
  });
});
