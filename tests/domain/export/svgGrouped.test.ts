import { describe, expect, it } from 'vitest';
import { writeMapSvg, type Point } from '../../../src/domain/export/svg';
import { groupGraph, type GroupNode, type GroupedView } from '../../../src/domain/group';
import { buildLegend, RELATION_STYLES } from '../../../src/domain/legend';
import { makeEdge, makeGraph, makeNode } from '../helpers';

/**
 * Two chains, each with one segment: e1–e4 sit in s1 (e1 with a national honour), f1 and f2 in s2.
 * Four edges run from s1's members to s2's, so they merge into one edge of four.
 */
const graph = makeGraph(
  [
    makeNode({ id: 'c1', name: '<A> & "Co"', type: 'chain' }),
    makeNode({ id: 'c2', name: 'Chain B', type: 'chain' }),
    makeNode({ id: 's1', name: 'Upstream', type: 'segment', sectors: ['c1'] }),
    makeNode({ id: 's2', name: 'Downstream', type: 'segment', sectors: ['c2'] }),
    makeNode({ id: 'e1', name: 'Maker One', sectors: ['c1'], segment: 's1', awardLevel: 'national' }),
    makeNode({ id: 'e2', sectors: ['c1'], segment: 's1' }),
    makeNode({ id: 'e3', sectors: ['c1'], segment: 's1' }),
    makeNode({ id: 'e4', sectors: ['c1'], segment: 's1' }),
    makeNode({ id: 'f1', name: 'Buyer One', sectors: ['c2'], segment: 's2' }),
    makeNode({ id: 'f2', name: 'Buyer Two', sectors: ['c2'], segment: 's2' }),
  ],
  [
    makeEdge({ source: 'e1', target: 'f1', relation: 'supply' }),
    makeEdge({ source: 'e2', target: 'f1', relation: 'supply' }),
    makeEdge({ source: 'e3', target: 'f2', relation: 'supply' }),
    makeEdge({ source: 'e4', target: 'f2', relation: 'cooperation' }),
    makeEdge({ source: 'e1', target: 'e2', relation: 'supply' }),
    makeEdge({ source: 'f1', target: 'f2', relation: 'supply' }),
    makeEdge({ source: 's1', target: 'c1', relation: 'membership' }),
  ],
);
const everything = {
  nodeIds: new Set(graph.nodes.map((node) => node.id)),
  edgeIds: new Set(graph.edges.map((edge) => edge.id)),
};
const legend = buildLegend(graph);
const nameOf = new Map(graph.nodes.map((node) => [node.id, node.name]));
/** The map's label: the anchor's name and the member count. */
const labelOf = (group: GroupNode): string =>
  `${nameOf.get(group.anchorId) ?? group.labelKey} (${group.memberCount})`;

const groupPositions: [string, Point][] = [
  ['agg:chain:c1', { x: 0, y: 0 }],
  ['agg:chain:c2', { x: 600, y: 0 }],
  ['agg:seg:s1', { x: 0, y: 300 }],
  ['agg:seg:s2', { x: 600, y: 300 }],
];
const memberPositions: [string, Point][] = [
  ['s2', { x: 600, y: 300 }],
  ['f1', { x: 500, y: 420 }],
  ['f2', { x: 700, y: 420 }],
];

const write = (view: GroupedView, positions: [string, Point][], label = labelOf): string =>
  writeMapSvg({
    graph,
    visible: everything,
    grouped: { view, labelOf: label },
    positions: new Map(positions),
    legend,
    title: 'grouped',
  });

const collapsed = write(groupGraph(graph, everything), groupPositions);
const opened = write(groupGraph(graph, everything, new Set(['agg:seg:s2'])), [
  ...groupPositions,
  ...memberPositions,
]);

/** The markup of the group with this class and id. */
const markupOf = (svg: string, kind: string, id: string): string =>
  new RegExp(`<g class="${kind}" data-id="${id.replace(/[|]/g, '\\$&')}"[^>]*>(.*?)</g>`).exec(svg)?.[1] ??
  '';
const idsOf = (svg: string, kind: string): string[] =>
  [...svg.matchAll(new RegExp(`<g class="${kind}" data-id="([^"]+)"`, 'g'))].map((match) => match[1] ?? '');

describe('writeMapSvg of a grouped map', () => {
  it('draws each group as a circle sized by its members, in its chain colour, ringed by its highest award', () => {
    expect(idsOf(collapsed, 'node group')).toEqual([
      'agg:chain:c1',
      'agg:chain:c2',
      'agg:seg:s1',
      'agg:seg:s2',
    ]);
    expect(idsOf(collapsed, 'node')).toEqual([]);
    const s1 = markupOf(collapsed, 'node group', 'agg:seg:s1');
    const radius = (36 + 9 * Math.sqrt(5)) / 2;
    expect(s1).toContain(
      `<ellipse rx="${radius.toFixed(1)}" ry="${radius.toFixed(1)}" fill="${legend.sectorColors.get('c1')}"/>`,
    );
    expect(s1).toContain('stroke="#B8860B" stroke-width="5"');
    const s2 = markupOf(collapsed, 'node group', 'agg:seg:s2');
    expect(s2).toContain(`fill="${legend.sectorColors.get('c2')}"`);
    expect(s2).not.toContain('stroke=');
  });

  it('labels groups "<name> (<count>)" in the map\'s large bold type, escaped', () => {
    expect(collapsed).toMatch(
      /<text data-id="agg:chain:c1"[^>]*font-size="24" font-weight="bold">&lt;A&gt; &amp; &quot;Co&quot; \(1\)<\/text>/,
    );
    expect(collapsed).toMatch(/<text data-id="agg:seg:s1"[^>]*>Upstream \(5\)<\/text>/);
    expect(collapsed).toContain('<title>Downstream (3)</title>');
    expect(collapsed).not.toContain('<A>');
  });

  it('cuts a label where the map cuts it, keeping the count when the map keeps it', () => {
    // Widths measured in Chromium at 24px bold: 10.75 em and 14.6 em, against the map's 260px (10.8 em).
    const names: Record<string, string> = {
      'agg:seg:s1': '新能源汽车产业链 (108)',
      'agg:seg:s2': '高端智能装备 · 关键零部件 (12)',
    };
    const svg = write(groupGraph(graph, everything), groupPositions, (group) => names[group.id] ?? '');
    expect(svg).toMatch(/<text data-id="agg:seg:s1"[^>]*>新能源汽车产业链 \(108\)<\/text>/);
    expect(svg).toMatch(/<text data-id="agg:seg:s2"[^>]*>高端智能装备 · 关键…<\/text>/);
  });

  it("merges edges between groups, wider with the count, in the dominant relation's colour", () => {
    expect(idsOf(collapsed, 'edge')).toEqual([]);
    const segments = markupOf(collapsed, 'edge group', 'agg:edge:agg:seg:s1|agg:seg:s2');
    expect(segments).toContain(`stroke="${RELATION_STYLES.supply.color}" stroke-width="3"`);
    expect(segments).not.toContain('stroke-dasharray');
    const membership = markupOf(collapsed, 'edge group', 'agg:edge:agg:chain:c1|agg:seg:s1');
    expect(membership).toContain(`stroke="${RELATION_STYLES.membership.color}" stroke-width="1"`);
  });

  it('draws the members of an opened group as real nodes, with their real edges and edges merged towards them', () => {
    expect(idsOf(opened, 'node group')).toEqual(['agg:chain:c1', 'agg:chain:c2', 'agg:seg:s1']);
    expect(idsOf(opened, 'node')).toEqual(['s2', 'f1', 'f2']);
    expect(opened).toMatch(/<g class="node" data-id="s2"[^>]*><title>Downstream<\/title><path/);
    expect(opened).toMatch(/<text data-id="f1"[^>]*font-size="14">Buyer One<\/text>/);
    expect(idsOf(opened, 'edge')).toEqual(['f1-&gt;f2#supply']);
    expect(markupOf(opened, 'edge', 'f1-&gt;f2#supply')).toContain(
      `stroke="${RELATION_STYLES.supply.color}" stroke-width="${RELATION_STYLES.supply.width}"`,
    );
    // e1 and e2 supply f1: two edges merged, 1 + log2(2) wide.
    expect(markupOf(opened, 'edge group', 'agg:edge:agg:seg:s1|f1')).toContain('stroke-width="2"');
    expect(idsOf(opened, 'edge group')).toContain('agg:edge:agg:seg:s1|f2');
  });

  it('leaves out what the map does not draw: groups without a position and their edges', () => {
    const partial = write(
      groupGraph(graph, everything),
      groupPositions.filter(([id]) => id !== 'agg:seg:s2'),
    );
    expect(idsOf(partial, 'node group')).not.toContain('agg:seg:s2');
    expect(idsOf(partial, 'edge group')).toEqual(['agg:edge:agg:chain:c1|agg:seg:s1']);
  });
});
