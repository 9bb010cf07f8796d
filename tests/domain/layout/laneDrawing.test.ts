import { describe, expect, it } from 'vitest';
import {
  LANE_FRAME,
  LANE_TEXT,
  chainLanes,
  labelRoom,
  laneFrame,
  laneLabels,
  laneRects,
  lineBaselines,
  wrapInTwoLines,
  type LaneNames,
} from '../../../src/domain/layout';
import { makeGraph, makeNode } from '../helpers';

const graph = makeGraph(
  [
    makeNode({ id: 'ev', name: '新能源汽车', type: 'chain' }),
    makeNode({ id: 'bio', name: '生物医药', type: 'chain' }),
    makeNode({ id: 'ev-up', name: '电池材料', type: 'segment', sectors: ['ev'], segment: 'upstream' }),
    makeNode({ id: 'ev-down', name: '整车', type: 'segment', sectors: ['ev'], segment: 'downstream' }),
    makeNode({ id: 'e1', sectors: ['ev'], segment: 'ev-up' }),
    makeNode({ id: 'b1', sectors: ['bio'], segment: 'upstream' }),
    makeNode({ id: 'loose' }),
  ],
  [],
);
const lanes = chainLanes(graph);
const names: LaneNames = {
  chainName: (id) => graph.nodes.find((node) => node.id === id)?.name ?? id,
  section: (section) => `[${section}]`,
  segmentName: (id) => graph.nodes.find((node) => node.id === id)?.name ?? id,
  bin: '未归入产业链',
};

/** Every character 10 units wide: easy widths to reason about. */
const tenEach = (text: string) => [...text].length * 10;

describe('laneRects', () => {
  it('gives each band a rect across the whole frame, alternating fills, and the bin its own box', () => {
    const rects = laneRects(lanes);
    const frame = laneFrame(lanes);
    expect(rects.map((rect) => rect.kind)).toEqual(['band', 'band-alt', 'bin']);
    for (const rect of rects) {
      expect(rect.x).toBe(frame.x1);
      expect(rect.x + rect.width).toBe(frame.x2);
    }
    const first = lanes.bands[0];
    expect(rects[0]?.y).toBe((first?.top ?? NaN) - LANE_FRAME.bandPad);
    expect(rects[0]?.height).toBe((first?.bottom ?? NaN) - (first?.top ?? NaN) + 2 * LANE_FRAME.bandPad);
  });

  it('draws nothing for lanes without columns', () => {
    expect(laneRects({ ...lanes, columns: [] })).toEqual([]);
    expect(laneLabels({ ...lanes, columns: [] }, names)).toEqual([]);
  });
});

describe('laneLabels', () => {
  const labels = laneLabels(lanes, names);

  it("names every lane and the bin over their band's top edge, and follows each segment's node", () => {
    const laneNames = labels.filter((label) => label.kind === 'lane-name').map((label) => label.text);
    expect(laneNames).toEqual([...lanes.bands.map((band) => names.chainName(band.chainId)), '未归入产业链']);
    const segments = labels.filter((label) => label.kind === 'lane-segment');
    expect(segments.map((label) => label.anchor)).toEqual(
      lanes.segments.map((segment) => ({ node: segment.id })),
    );
    expect(segments.every((label) => label.centred)).toBe(true);
  });

  it('heads every column but the chains', () => {
    const heads = labels.filter((label) => label.kind === 'lane-head').map((label) => label.text);
    expect(heads).toEqual(
      lanes.columns.filter((column) => column.section !== 'chain').map((column) => `[${column.section}]`),
    );
  });

  it('lets a head or a segment name take its room times the zoom, less the gap; a lane name never wraps', () => {
    const head = labels.find((label) => label.kind === 'lane-head');
    expect(head?.room).toBeGreaterThan(0);
    if (!head?.room) return;
    expect(labelRoom(head, 0.5)).toBe(head.room * 0.5 - LANE_TEXT.gap);
    const laneName = labels.find((label) => label.kind === 'lane-name');
    expect(laneName && labelRoom(laneName, 0.5)).toBe(Infinity);
  });
});

describe('wrapInTwoLines', () => {
  it('keeps a name that fits on one line', () => {
    expect(wrapInTwoLines('电池材料', 40, tenEach)).toEqual(['电池材料']);
  });

  it('breaks between CJK characters or words, and cuts the second line with an ellipsis', () => {
    expect(wrapInTwoLines('新能源汽车整车', 50, tenEach)).toEqual(['新能源汽车', '整车']);
    expect(wrapInTwoLines('Battery packs', 90, tenEach)).toEqual(['Battery', 'packs']);
    expect(wrapInTwoLines('新能源汽车整车制造与销售', 50, tenEach)).toEqual(['新能源汽车', '整车制造…']);
  });

  it('breaks at a soft hyphen with a hyphen shown, and never shows the soft hyphen itself', () => {
    expect(wrapInTwoLines('Down\u00ADstream', 100, tenEach)).toEqual(['Downstream']);
    // "Down-" takes 50: a line of 40 cannot hold it, and the word is cut instead.
    expect(wrapInTwoLines('Down\u00ADstream', 60, tenEach)).toEqual(['Down-', 'stream']);
    expect(wrapInTwoLines('Down\u00ADstream', 40, tenEach)).toEqual(['Dow…']);
  });

  it('cuts a single word too long for the line', () => {
    expect(wrapInTwoLines('Electrochemistry', 60, tenEach)).toEqual(['Elect…']);
  });
});

describe('lineBaselines', () => {
  const segment = laneLabels(lanes, names).find((label) => label.kind === 'lane-segment');
  const head = laneLabels(lanes, names).find((label) => label.kind === 'lane-head');

  it('centres two lines of a segment name round its node, a line apart', () => {
    if (!segment) throw new Error('no segment label');
    const [first, second] = lineBaselines(segment, { x: 100, y: 200 }, 2);
    expect(second?.y).toBe((first?.y ?? NaN) + LANE_TEXT.line);
    expect(((first?.y ?? NaN) + (second?.y ?? NaN)) / 2).toBeCloseTo(200 + segment.dy, 9);
  });

  it("keeps a head's last line on its baseline, the first one above it", () => {
    if (!head) throw new Error('no head label');
    const [first, second] = lineBaselines(head, { x: 100, y: 200 }, 2);
    expect(second).toEqual({ x: 100 + head.dx, y: 200 + head.dy });
    expect(first?.y).toBe(200 + head.dy - LANE_TEXT.line);
  });
});
