import { describe, expect, it } from 'vitest';
import { backdropExtent, backdropOf, isEmptyBackdrop } from '../../../src/domain/export/backdrop';
import { writeMapSvg } from '../../../src/domain/export/svg';
import { LANE_TEXT, chainLanes, laneFrame, type LaneNames, type Point } from '../../../src/domain/layout';
import { buildLegend } from '../../../src/domain/legend';
import { makeGraph, makeNode } from '../helpers';

const graph = makeGraph(
  [
    makeNode({ id: 'ev', name: '新能源汽车', type: 'chain' }),
    makeNode({
      id: 'ev-up',
      name: '电池 <材料> & 锂',
      type: 'segment',
      sectors: ['ev'],
      segment: 'upstream',
    }),
    makeNode({ id: 'e1', name: '宁德', sectors: ['ev'], segment: 'ev-up' }),
    makeNode({ id: 'loose', name: '散户' }),
  ],
  [],
);
const lanes = chainLanes(graph);
const nameOf = (id: string) => graph.nodes.find((node) => node.id === id)?.name ?? id;
const names: LaneNames = {
  chainName: nameOf,
  section: (section) => section,
  segmentName: nameOf,
  bin: 'No chain',
};
const positionOf = (id: string): Point | null => lanes.positions.get(id) ?? null;
const outline = {
  points: [
    { x: 0, y: 0 },
    { x: 10, y: 0 },
    { x: 10, y: 10 },
  ],
  color: '#E69F00',
};

describe('backdropOf', () => {
  it('is empty on a layout without lanes or outlines', () => {
    const backdrop = backdropOf({ lanes: null, names, positionOf, outlines: [], zoom: 1 });
    expect(isEmptyBackdrop(backdrop)).toBe(true);
    expect(
      isEmptyBackdrop(backdropOf({ lanes: null, names, positionOf, outlines: [outline], zoom: 1 })),
    ).toBe(false);
  });

  it("places the names as the map does at the export's zoom: at half the zoom, twice as far and twice as large", () => {
    const atOne = backdropOf({ lanes, names, positionOf, outlines: [], zoom: 1 });
    const atHalf = backdropOf({ lanes, names, positionOf, outlines: [], zoom: 0.5 });
    expect(atHalf.unit).toBe(2);
    const laneName = (texts: typeof atOne.texts) => texts.find((text) => text.kind === 'lane-name')?.lines[0];
    const frame = laneFrame(lanes);
    expect(laneName(atOne.texts)?.text).toBe('新能源汽车');
    expect(laneName(atOne.texts)?.at.x).toBe(frame.x1 + 10);
    expect(laneName(atHalf.texts)?.at.x).toBe(frame.x1 + 20);
    const segment = atOne.texts.find((text) => text.kind === 'lane-segment');
    const node = positionOf('ev-up');
    expect(segment?.lines[0]?.at.y).toBeCloseTo((node?.y ?? NaN) + LANE_TEXT.segment * 0.35, 9);
  });

  it('leaves out the name of a segment not drawn', () => {
    const backdrop = backdropOf({
      lanes,
      names,
      positionOf: (id) => (id === 'ev-up' ? null : positionOf(id)),
      outlines: [],
      zoom: 1,
    });
    expect(backdrop.texts.some((text) => text.kind === 'lane-segment')).toBe(false);
  });

  it('reaches over the bands and the column heads above them', () => {
    const backdrop = backdropOf({ lanes, names, positionOf, outlines: [outline], zoom: 1 });
    const extent = backdropExtent(backdrop);
    const top = Math.min(...extent.map((point) => point.y));
    const band = backdrop.rects[0];
    expect(top).toBeLessThan(band?.y ?? -Infinity);
    expect(extent).toContainEqual({ x: 10, y: 10 });
  });
});

describe('the SVG export with a backdrop', () => {
  const backdrop = backdropOf({ lanes, names, positionOf, outlines: [outline], zoom: 1 });
  const svg = writeMapSvg({
    graph,
    visible: { nodeIds: new Set(graph.nodes.map((node) => node.id)), edgeIds: new Set() },
    positions: lanes.positions,
    legend: buildLegend(graph),
    title: 'lanes',
    backdrop,
  });

  it('draws the bands and outlines under the edges, and the names over the labels, escaped', () => {
    const under = svg.indexOf('<g class="backdrop">');
    expect(under).toBeGreaterThan(0);
    expect(under).toBeLessThan(svg.indexOf('<g class="edges">'));
    expect(svg.indexOf('<g class="lane-names"')).toBeGreaterThan(svg.indexOf('<g class="labels"'));
    expect(svg.match(/<rect [^>]*rx="18"/g)).toHaveLength(backdrop.rects.length);
    expect(svg).toContain('stroke="#E69F00"');
    expect(svg).toContain('>新能源汽车</text>');
    expect(svg).toContain('>No chain</text>');
    expect(svg).toContain('电池 &lt;材料&gt; &amp; 锂');
  });

  it('fits the viewBox round the lanes and their names', () => {
    const [x, y, width, height] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(' ').map(Number);
    for (const point of backdropExtent(backdrop)) {
      expect(point.x).toBeGreaterThanOrEqual(x ?? NaN);
      expect(point.y).toBeGreaterThanOrEqual(y ?? NaN);
      expect(point.x).toBeLessThanOrEqual((x ?? NaN) + (width ?? NaN));
      expect(point.y).toBeLessThanOrEqual((y ?? NaN) + (height ?? NaN));
    }
  });
});
