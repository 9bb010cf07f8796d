import { describe, expect, it } from 'vitest';
import { buildLegend, edgeVisual, nodeVisual } from '../../../src/domain/legend';
import {
  AWARD_STYLES,
  NO_SECTOR_COLOR,
  OUTSIDE_OUTLINE,
  SECTOR_PALETTE,
  paletteColor,
} from '../../../src/domain/legend/styles';
import { makeEdge, makeGraph, makeNode } from '../helpers';

const graph = makeGraph(
  [
    makeNode({ id: 'ev', name: '新能源汽车', type: 'chain' }),
    makeNode({ id: 'bio', name: '生物医药', type: 'chain' }),
    makeNode({ id: 'e1', sectors: ['ev'], awardLevel: 'national' }),
    makeNode({ id: 'e2', sectors: ['ev', 'bio'], awardLevel: 'municipal' }),
    makeNode({ id: 'e3', sectors: ['无此链'] }),
    makeNode({ id: 'u1', type: 'university' }),
  ],
  [
    makeEdge({ source: 'e1', target: 'e2', relation: 'supply' }),
    makeEdge({ source: 'e2', target: 'u1', relation: 'research' }),
    makeEdge({ source: 'e1', target: 'u1', relation: 'research' }),
    makeEdge({ source: 'e3', target: 'e1', relation: '参股' }),
    makeEdge({ source: 'e3', target: 'e2', relation: '代工' }),
  ],
);

describe('buildLegend', () => {
  const legend = buildLegend(graph);

  it('lists only the node types present, in contract order, with shapes and counts', () => {
    expect(legend.nodeTypes).toEqual([
      { type: 'enterprise', shape: 'ellipse', count: 3 },
      { type: 'university', shape: 'diamond', count: 1 },
      { type: 'chain', shape: 'hexagon', count: 2 },
    ]);
  });

  it('colours chains by sorted id from the Okabe–Ito palette, then stray sector values, then the no-sector grey', () => {
    expect(legend.sectors).toEqual([
      { sector: 'bio', name: '生物医药', color: SECTOR_PALETTE[0], count: 2 },
      { sector: 'ev', name: '新能源汽车', color: SECTOR_PALETTE[1], count: 3 },
      { sector: '无此链', name: '无此链', color: SECTOR_PALETTE[2], count: 1 },
      { sector: null, name: '', color: NO_SECTOR_COLOR, count: 1 },
    ]);
  });

  it('gives the same colours whatever the row order', () => {
    const shuffled = makeGraph([...graph.nodes].reverse(), graph.edges);
    expect(buildLegend(shuffled).sectorColors).toEqual(legend.sectorColors);
  });

  it('lists award levels highest first, with rings only for honours', () => {
    expect(
      legend.awardLevels.map(({ level, ringColor, count }) => [level, ringColor !== null, count]),
    ).toEqual([
      ['national', true, 1],
      ['municipal', true, 1],
      ['none', false, 4],
    ]);
  });

  it('lists relations in contract order, custom ones sorted after, each with its own colour', () => {
    expect(
      legend.relations.map(({ relation, directed, arrow, count }) => [relation, directed, arrow, count]),
    ).toEqual([
      ['supply', true, 'triangle', 1],
      ['research', false, 'none', 2],
      ['代工', false, 'none', 1],
      ['参股', false, 'none', 1],
    ]);
    const colours = [...legend.relationStyles.values()].map((style) => style.color);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('counts only the visible elements but keeps every colour', () => {
    const partial = buildLegend(graph, {
      nodeIds: new Set(['e1', 'ev']),
      edgeIds: new Set(['e1->u1#research']),
    });
    expect(partial.sectors).toEqual([
      { sector: 'ev', name: '新能源汽车', color: SECTOR_PALETTE[1], count: 2 },
    ]);
    expect(partial.relations.map((entry) => [entry.relation, entry.count])).toEqual([['research', 1]]);
    expect(partial.nodeTypes.map((entry) => entry.type)).toEqual(['enterprise', 'chain']);
    expect(partial.sectorColors).toEqual(legend.sectorColors);
  });

  it('keeps colours distinct past the palette', () => {
    const many = makeGraph(
      Array.from({ length: 40 }, (_, i) => makeNode({ id: `c${String(i).padStart(2, '0')}`, type: 'chain' })),
    );
    const colours = [...buildLegend(many).sectorColors.values()];
    expect(new Set(colours).size).toBe(40);
    expect(colours.every((colour) => /^#[0-9A-F]{6}$/.test(colour))).toBe(true);
    expect(paletteColor(['#000000'], 1)).toMatch(/^#[0-9A-F]{6}$/);
  });
});

describe('nodeVisual', () => {
  const legend = buildLegend(graph);
  const byId = (id: string) => graph.nodes.find((node) => node.id === id) ?? makeNode({ id });

  it('exposes every sector colour of a multi-sector node, in its own order', () => {
    const visual = nodeVisual(byId('e2'), legend);
    expect(visual.colors).toEqual([SECTOR_PALETTE[1], SECTOR_PALETTE[0]]);
    expect(visual.color).toBe(SECTOR_PALETTE[1]);
  });

  it('paints a chain node in its own colour and a sectorless node grey', () => {
    expect(nodeVisual(byId('ev'), legend).color).toBe(SECTOR_PALETTE[1]);
    expect(nodeVisual(byId('u1'), legend).colors).toEqual([NO_SECTOR_COLOR]);
  });

  it('rings and enlarges by award level, national largest', () => {
    const sizes = (['national', 'provincial', 'municipal', 'none'] as const).map((awardLevel) =>
      nodeVisual(makeNode({ id: 'x', awardLevel }), legend),
    );
    expect(sizes.map((visual) => visual.size)).toEqual(
      [...sizes.map((visual) => visual.size)].sort((a, b) => b - a),
    );
    expect(new Set(sizes.map((visual) => visual.size)).size).toBe(4);
    expect(sizes[0]?.ringColor).toBe(AWARD_STYLES.national.ringColor);
    expect(sizes[3]).toMatchObject({ ringColor: null, ringWidth: 0 });
  });

  it('draws an outside node with a dashed dark line, ringed or not; a local one without', () => {
    const outside = nodeVisual(makeNode({ id: 'o', locality: 'outside' }), legend);
    expect(outside).toMatchObject({ outside: true, ringColor: null, separatorWidth: OUTSIDE_OUTLINE.width });
    const honoured = nodeVisual(makeNode({ id: 'h', locality: 'outside', awardLevel: 'national' }), legend);
    expect(honoured).toMatchObject({ outside: true, ringColor: AWARD_STYLES.national.ringColor });
    expect(nodeVisual(makeNode({ id: 'l' }), legend)).toMatchObject({ outside: false, separatorWidth: 0 });
  });

  it('counts the outside nodes shown, for the legend entry', () => {
    const withOutside = makeGraph(
      [
        makeNode({ id: 'a', locality: 'outside' }),
        makeNode({ id: 'b', locality: 'outside' }),
        makeNode({ id: 'c' }),
      ],
      [],
    );
    expect(buildLegend(withOutside).outside).toBe(2);
    expect(buildLegend(withOutside, { nodeIds: new Set(['a', 'c']), edgeIds: new Set() }).outside).toBe(1);
    expect(buildLegend(graph).outside).toBe(0);
  });

  it('draws a segment as a bar wider than tall', () => {
    const visual = nodeVisual(makeNode({ id: 's', type: 'segment' }), legend);
    expect(visual.width).toBeGreaterThan(visual.size);
  });
});

describe('edgeVisual', () => {
  const legend = buildLegend(graph);

  it('tells relations apart by line and colour, with arrows only on directed edges', () => {
    const supply = edgeVisual(makeEdge({ source: 'a', target: 'b', relation: 'supply' }), legend);
    const cooperation = edgeVisual(makeEdge({ source: 'a', target: 'b', relation: 'cooperation' }), legend);
    const research = edgeVisual(makeEdge({ source: 'a', target: 'b', relation: 'research' }), legend);
    expect(supply).toMatchObject({ lineStyle: 'solid', arrow: 'triangle' });
    expect(cooperation).toMatchObject({ lineStyle: 'dashed', arrow: 'none' });
    expect(research).toMatchObject({ lineStyle: 'dotted', arrow: 'none' });
    expect(new Set([supply.color, cooperation.color, research.color]).size).toBe(3);
  });

  it('follows the edge flag for direction', () => {
    expect(
      edgeVisual(makeEdge({ source: 'a', target: 'b', relation: 'supply', directed: false }), legend).arrow,
    ).toBe('none');
    expect(
      edgeVisual(makeEdge({ source: 'a', target: 'b', relation: 'cooperation', directed: true }), legend)
        .arrow,
    ).not.toBe('none');
  });

  it('styles a custom relation as the legend lists it', () => {
    const custom = edgeVisual(makeEdge({ source: 'e3', target: 'e1', relation: '参股' }), legend);
    expect(custom.color).toBe(legend.relations.find((entry) => entry.relation === '参股')?.color);
  });
});
