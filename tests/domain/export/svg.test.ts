import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  mapSvgSteps,
  SVG_FONT_STACK,
  writeMapSvg,
  type Point,
} from '../../../src/domain/export/svg';
import { buildLegend, nodeVisual } from '../../../src/domain/legend';
import type { Graph } from '../../../src/domain/graph/types';
import { makeEdge, makeGraph, makeNode } from '../helpers';

/**
 * Well-formedness without a DOM: every tag closes in order, every `&` starts an entity, and no text
 * or attribute holds a raw `<`. The browser test parses the real export with DOMParser.
 */
const assertWellFormed = (xml: string): void => {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const open: string[] = [];
  for (const match of body.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/g)) {
    const [, closing, name, attributes, selfClosing, text] = match;
    for (const chunk of [attributes ?? '', text ?? '']) {
      expect(chunk.replace(/&(?:amp|lt|gt|quot|apos);/g, '')).not.toMatch(/[&<]/);
    }
    if (text !== undefined || selfClosing) continue;
    if (closing) expect(open.pop()).toBe(name);
    else open.push(name ?? '');
  }
  expect(open).toEqual([]);
  // Every character consumed by the pattern above: a stray `<` would not match it.
  expect(body.replace(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/g, '')).toBe('');
};

const everything = (graph: Graph) => ({
  nodeIds: new Set(graph.nodes.map((node) => node.id)),
  edgeIds: new Set(graph.edges.map((edge) => edge.id)),
});

const chain = makeNode({ id: 'chain-a', name: 'Chain A', type: 'chain' });
const maker = makeNode({
  id: 'ent-1',
  name: 'Maker & <Sons> "Ltd" \'x\'',
  sectors: ['chain-a'],
  awardLevel: 'national',
});
const lab = makeNode({ id: 'uni-1', name: '江南大学', type: 'university', sectors: ['chain-a', 'chain-b'] });
const hidden = makeNode({ id: 'ent-hidden', name: 'Hidden' });
const graph = makeGraph(
  [chain, maker, lab, hidden, makeNode({ id: 'chain-b', type: 'chain' })],
  [
    makeEdge({ source: 'ent-1', target: 'uni-1', relation: 'supply' }),
    makeEdge({ source: 'uni-1', target: 'ent-1', relation: 'cooperation' }),
    makeEdge({ source: 'ent-1', target: 'chain-a', relation: 'membership' }),
    makeEdge({ source: 'ent-1', target: 'ent-hidden', relation: 'supply' }),
  ],
);
const positions = new Map<string, Point>([
  ['chain-a', { x: 0, y: 0 }],
  ['ent-1', { x: 200, y: 50 }],
  ['uni-1', { x: -150, y: 120 }],
  ['ent-hidden', { x: 900, y: 900 }],
]);
const visible = {
  nodeIds: new Set(['chain-a', 'ent-1', 'uni-1']),
  edgeIds: new Set(graph.edges.map((edge) => edge.id)),
};
const svg = writeMapSvg({
  graph,
  visible,
  positions,
  legend: buildLegend(graph),
  title: 'Map <of> Xuejia & co',
});

const viewBoxOf = (text: string): [number, number, number, number] => {
  const match = /viewBox="([^"]+)"/.exec(text);
  const values = (match?.[1] ?? '').split(' ').map(Number);
  expect(values).toHaveLength(4);
  return values as [number, number, number, number];
};

describe('writeMapSvg', () => {
  it('writes well-formed XML with an escaped title', () => {
    assertWellFormed(svg);
    expect(svg).toContain('<title>Map &lt;of&gt; Xuejia &amp; co</title>');
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  });

  it('draws one node group per visible node with a position, and only edges between drawn nodes', () => {
    const nodeIds = [...svg.matchAll(/<g class="node" data-id="([^"]+)"/g)].map((match) => match[1]);
    expect(nodeIds).toEqual(['chain-a', 'ent-1', 'uni-1']);
    const edgeIds = [...svg.matchAll(/<g class="edge" data-id="([^"]+)"/g)].map((match) => match[1]);
    expect(edgeIds).toEqual([
      'ent-1-&gt;uni-1#supply',
      'uni-1-&gt;ent-1#cooperation',
      'ent-1-&gt;chain-a#membership',
    ]);
  });

  it('escapes names in titles and labels', () => {
    expect(svg).toContain('<title>Maker &amp; &lt;Sons&gt; &quot;Ltd&quot; &apos;x&apos;</title>');
    expect(svg).toContain('>江南大学</text>');
    expect(svg).not.toContain('<Sons>');
  });

  it('uses the shapes, colours and rings of the legend model', () => {
    const legend = buildLegend(graph);
    expect(svg).toMatch(/data-id="chain-a"[^>]*><title>Chain A<\/title><polygon/);
    expect(svg).toMatch(/data-id="uni-1"[^>]*><title>[^<]*<\/title><polygon/);
    expect(svg).toMatch(/data-id="ent-1"[^>]*><title>[^<]*<\/title><ellipse/);
    const colourA = legend.sectorColors.get('chain-a') ?? '';
    expect(svg).toContain(`fill="${colourA}"`);
    // A national honour: a gold ring around the node, outside a dark separating line.
    expect(svg).toMatch(
      /data-id="ent-1".*?stroke="#1D2733" stroke-width="1.5".*?stroke="#B8860B" stroke-width="5"/,
    );
    // Two chains: pie slices clipped to the diamond.
    expect(svg).toMatch(/data-id="uni-1".*?clip-path="url\(#clip-0\)"><path[^>]*\/><path/);
    expect(svg).toContain('<clipPath id="clip-0"><polygon');
  });

  it('draws an outside node with a dashed dark line, as the map does, ringed or not', () => {
    const outsiders = makeGraph(
      [
        makeNode({ id: 'out', locality: 'outside' }),
        makeNode({ id: 'out-gold', locality: 'outside', awardLevel: 'national' }),
        makeNode({ id: 'local' }),
      ],
      [],
    );
    const picture = writeMapSvg({
      graph: outsiders,
      visible: everything(outsiders),
      positions: new Map([
        ['out', { x: 0, y: 0 }],
        ['out-gold', { x: 100, y: 0 }],
        ['local', { x: 200, y: 0 }],
      ]),
      legend: buildLegend(outsiders),
      title: 'outside',
    });
    expect(picture).toMatch(/data-id="out".*?stroke="#1D2733" stroke-width="2.5" stroke-dasharray="6 4"/);
    expect(picture).toMatch(
      /data-id="out-gold".*?stroke-dasharray="6 4".*?stroke="#B8860B" stroke-width="5"/,
    );
    expect(picture).not.toMatch(/data-id="local"[^]*?stroke-dasharray/);
  });

  it('draws relation styles: arrows on directed edges only, dashes for cooperation, opposite edges bowed apart', () => {
    const edge = (id: string) =>
      new RegExp(`<g class="edge" data-id="${id}"[^>]*>(.*?)</g>`).exec(svg)?.[1] ?? '';
    expect(edge('ent-1-&gt;uni-1#supply')).toMatch(/<polygon/);
    expect(edge('ent-1-&gt;uni-1#supply')).toMatch(/ Q/);
    expect(edge('uni-1-&gt;ent-1#cooperation')).not.toMatch(/<polygon|<circle/);
    expect(edge('uni-1-&gt;ent-1#cooperation')).toContain('stroke-dasharray="6 3"');
    expect(edge('ent-1-&gt;chain-a#membership')).toMatch(/ L/);
  });

  it('sets labels in the CJK font stack and fits the viewBox around nodes and labels', () => {
    expect(svg).toContain(`font-family="${escapeXml(SVG_FONT_STACK)}"`);
    expect(svg).toContain('PingFang SC');
    // The map's sizes: chains and national honours 17 and bold, others 14.
    expect(svg).toMatch(/<text data-id="chain-a"[^>]*font-size="17" font-weight="bold">/);
    expect(svg).toMatch(/<text data-id="uni-1"[^>]*font-size="14">/);
    const [x, y, width, height] = viewBoxOf(svg);
    for (const id of ['chain-a', 'ent-1', 'uni-1']) {
      const at = positions.get(id) ?? { x: NaN, y: NaN };
      expect(at.x).toBeGreaterThan(x);
      expect(at.x).toBeLessThan(x + width);
      expect(at.y).toBeGreaterThan(y);
      expect(at.y).toBeLessThan(y + height);
    }
    // The hidden node far away does not stretch the picture.
    expect(x + width).toBeLessThan(600);
    expect(y + height).toBeLessThan(400);
  });

  it('as a view of the map: shows the view on a clear ground, each label right after its node', () => {
    const view = { x: -300, y: -200, width: 640, height: 480 };
    const shown = writeMapSvg({ graph, visible, positions, legend: buildLegend(graph), title: '', view });
    assertWellFormed(shown);
    expect(viewBoxOf(shown)).toEqual([-300, -200, 640, 480]);
    // A file has a white ground and its labels over every node; the view has neither.
    expect(svg).toMatch(/<rect [^>]*fill="#ffffff"\/>/);
    expect(shown).not.toMatch(/<rect [^>]*fill="#ffffff"\/>/);
    expect(shown).not.toContain('class="labels"');
    const order = [...shown.matchAll(/<(?:g class="node"|text) data-id="([^"]+)"/g)].map((match) => match[1]);
    expect(order).toEqual(['chain-a', 'chain-a', 'ent-1', 'ent-1', 'uni-1', 'uni-1']);
  });

  it('puts a label under the node’s border, an award ring reaching into the gap as on the map', () => {
    const baselineOf = (id: string) =>
      Number(new RegExp(`<text data-id="${id}" x="[^"]+" y="([^"]+)"`).exec(svg)?.[1] ?? NaN);
    const ringed = buildLegend(graph);
    const [national, plain] = [graph.nodes[1], graph.nodes[2]];
    if (!national || !plain) throw new Error('fixture nodes');
    const bottomOf = (node: typeof national, at: Point) => {
      const { size, separatorWidth } = nodeVisual(node, ringed);
      return at.y + (size + separatorWidth) / 2;
    };
    // 4 px gap, then the top of the type (the baseline 0.85 em under it).
    expect(baselineOf('ent-1')).toBeCloseTo(bottomOf(national, { x: 200, y: 50 }) + 4 + 17 * 0.85, 5);
    expect(baselineOf('uni-1')).toBeCloseTo(bottomOf(plain, { x: -150, y: 120 }) + 4 + 14 * 0.85, 5);
  });

  it('cuts long labels with an ellipsis and drops characters XML cannot hold', () => {
    const long = makeNode({ id: 'n\u0001', name: `${'产业链'.repeat(20)}\u0007` });
    const single = makeGraph([long]);
    const text = writeMapSvg({
      graph: single,
      visible: everything(single),
      positions: new Map([[long.id, { x: 0, y: 0 }]]),
      legend: buildLegend(single),
      title: 't',
    });
    assertWellFormed(text);
    expect(text).toMatch(/>产业链产业链[^<]*…<\/text>/);
    expect(text.includes('\u0001') || text.includes('\u0007')).toBe(false);
    expect(text).toContain('data-id="n"');
  });

  it('writes positions in tenths of a pixel, never as -0', () => {
    const dot = makeNode({ id: 'dot' });
    const single = makeGraph([dot]);
    const text = writeMapSvg({
      graph: single,
      visible: everything(single),
      positions: new Map([['dot', { x: -0.04, y: -12.345 }]]),
      legend: buildLegend(single),
      title: 't',
    });
    expect(text).toContain('transform="translate(0 -12.3)"');
  });

  it('pauses every thousand elements when written in steps, and ends with the same text', () => {
    const many = makeGraph(
      Array.from({ length: 2500 }, (_, i) => makeNode({ id: `n${i}` })),
      Array.from({ length: 2499 }, (_, i) => makeEdge({ source: `n${i}`, target: `n${i + 1}` })),
    );
    const input = {
      graph: many,
      visible: everything(many),
      positions: new Map(
        many.nodes.map((node, i): [string, Point] => [
          node.id,
          { x: (i % 50) * 60, y: Math.floor(i / 50) * 60 },
        ]),
      ),
      legend: buildLegend(many),
      title: 'many',
    };
    const steps = mapSvgSteps(input);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(step.value).toBe(writeMapSvg(input));
    expect(step.value.match(/<g class="node"/g)).toHaveLength(2500);
  });

  it('writes an empty but valid picture when nothing is drawn', () => {
    const text = writeMapSvg({
      graph,
      visible: everything(graph),
      positions: new Map(),
      legend: buildLegend(graph),
      title: 'empty',
    });
    assertWellFormed(text);
    expect(text).not.toContain('class="node"');
    expect(viewBoxOf(text)[2]).toBeGreaterThan(0);
  });
});

describe('escapeXml', () => {
  it('escapes markup characters and keeps other text, astral characters included', () => {
    expect(escapeXml(`a<b>&"c"'d'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
    expect(escapeXml('𠮷野家\ttab')).toBe('𠮷野家\ttab');
    expect(escapeXml('lone \ud800 surrogate \uffff')).toBe('lone  surrogate ');
  });
});
