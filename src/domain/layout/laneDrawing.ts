/**
 * What the chain lanes draw besides the nodes: the bands, the lanes' names, the column heads and
 * the segments' names, with their look. One description for the live map (graph-view/LaneOverlay.ts
 * places the names at a fixed size on screen) and for both exports (domain/export/backdrop.ts).
 */
import { LANE_FRAME, laneFrame, type ChainLanes, type LaneSection } from './laneGeometry';
import type { Point } from './geometry';

/** Type sizes and spacing on screen, in pixels, whatever the zoom. */
export const LANE_TEXT = {
  /** A lane's name. */
  name: 13,
  /** A column head or a segment's name. */
  segment: 12,
  /** Room kept between two names side by side. */
  gap: 6,
  /** Between the two lines of a wrapped name. */
  line: 14,
  /** How far the column heads' last line sits above a lane's name. */
  headLift: 12,
} as const;

export type LaneTextKind = 'lane-name' | 'lane-head' | 'lane-segment';

/** The lanes' look: band fills, the dashed box of the nodes of no chain, and each kind of name. */
export const LANE_LOOK = {
  bands: ['#eef3f8', '#f5f1ea'],
  bin: { stroke: '#d5dbe2', width: 2, dash: [8, 6] },
  cornerRadius: 18,
  text: {
    'lane-name': { size: LANE_TEXT.name, weight: 700, color: '#43505e' },
    'lane-head': { size: LANE_TEXT.segment, weight: 600, color: '#596575' },
    'lane-segment': { size: LANE_TEXT.segment, weight: 600, color: '#1d2733' },
  },
  /** A white halo round every name, so it reads over bands, edges and nodes. */
  halo: { color: '#ffffff', width: 3 },
} as const satisfies {
  text: Record<LaneTextKind, { size: number; weight: number; color: string }>;
  [key: string]: unknown;
};

export interface LaneRect {
  x: number;
  y: number;
  width: number;
  height: number;
  kind: 'band' | 'band-alt' | 'bin';
}

/** The bands, alternating in fill, and the box of the nodes of no chain, in model units. */
export const laneRects = (lanes: ChainLanes): LaneRect[] => {
  if (lanes.columns.length === 0) return [];
  const { x1: left, x2: right } = laneFrame(lanes);
  const { bandPad } = LANE_FRAME;
  const rect = (top: number, bottom: number, kind: LaneRect['kind']): LaneRect => ({
    x: left,
    y: top - bandPad,
    width: right - left,
    height: bottom - top + 2 * bandPad,
    kind,
  });
  const rects = lanes.bands.map((band, index) =>
    rect(band.top, band.bottom, index % 2 === 0 ? 'band' : 'band-alt'),
  );
  if (lanes.bin) rects.push(rect(lanes.bin.top, lanes.bin.bottom, 'bin'));
  return rects;
};

export interface LaneNames {
  chainName: (chainId: string) => string;
  section: (section: LaneSection) => string;
  segmentName: (segmentId: string) => string;
  bin: string;
}

/** A name of the lanes: where it belongs in the model, and how it sits there on screen. */
export interface LaneLabel {
  kind: LaneTextKind;
  text: string;
  /** A fixed point of the model, or the node it names (a segment may be dragged). */
  anchor: Point | { node: string };
  /** Offset on screen from the anchor, in pixels, of the last line's baseline. */
  dx: number;
  dy: number;
  /** The width in model units it may take before it wraps; none for a lane's name. */
  room?: number;
  /** Two lines sit round the anchor (a segment's bar), not above it (a column's head). */
  centred: boolean;
}

/** Every name the lanes show: each lane's and the bin's, the column heads, each segment's. */
export const laneLabels = (lanes: ChainLanes, names: LaneNames): LaneLabel[] => {
  if (lanes.columns.length === 0) return [];
  const { x1: left } = laneFrame(lanes);
  const { bandPad } = LANE_FRAME;
  // A lane's name sits just over its band's top edge, clear of the segments' names inside the band.
  const laneName = (text: string, top: number): LaneLabel => ({
    kind: 'lane-name',
    text,
    anchor: { x: left, y: top - bandPad },
    dx: 10,
    dy: -4,
    centred: false,
  });
  const labels = lanes.bands.map((band) => laneName(names.chainName(band.chainId), band.top));
  const top = (lanes.bands[0]?.top ?? lanes.bin?.top ?? 0) - bandPad;
  for (const column of lanes.columns) {
    if (column.section === 'chain') continue;
    labels.push({
      kind: 'lane-head',
      text: names.section(column.section),
      anchor: { x: (column.left + column.right) / 2, y: top },
      dx: 0,
      // A line above the first lane's name, which may reach under the first column on a narrow screen.
      dy: -LANE_TEXT.name - LANE_TEXT.headLift,
      room: column.right - column.left + LANE_FRAME.columnRoom,
      centred: false,
    });
  }
  for (const segment of lanes.segments)
    labels.push({
      kind: 'lane-segment',
      text: names.segmentName(segment.id),
      anchor: { node: segment.id },
      dx: 0,
      dy: LANE_TEXT.segment * 0.35,
      room: segment.right - segment.left + LANE_FRAME.segmentRoom,
      centred: true,
    });
  if (lanes.bin) labels.push(laneName(names.bin, lanes.bin.top));
  return labels;
};

/** The width on screen a label may take at `zoom`, or Infinity when it never wraps. */
export const labelRoom = (label: LaneLabel, zoom: number): number =>
  label.room === undefined ? Infinity : label.room * zoom - LANE_TEXT.gap;

/** Marks where a word may break with a hyphen ("Up\u00ADstream"); never shown itself. */
const SOFT_HYPHEN = '\u00AD';

/** Where a line may break: after a space or a soft hyphen, or around a CJK character. */
const BREAK = /(?<=[\s\u00AD])|(?=[\u2E80-\u9FFF\uFF00-\uFFEF])|(?<=[\u2E80-\u9FFF\uFF00-\uFFEF])/u;

const visible = (line: string) => line.replaceAll(SOFT_HYPHEN, '');
/** A line that ends where a soft hyphen was shows a hyphen there. */
const asFirstLine = (line: string) => (line.endsWith(SOFT_HYPHEN) ? `${visible(line)}-` : visible(line));

/**
 * Text in at most two lines of `width`, broken between words, at soft hyphens or between CJK
 * characters, the second cut with "…" when even two lines are too short. `measure` gives a string's
 * width in the same unit.
 */
export const wrapInTwoLines = (text: string, width: number, measure: (part: string) => number): string[] => {
  const fits = (line: string) => measure(line) <= width;
  if (fits(visible(text))) return [visible(text)];
  const cut = (line: string) => {
    const characters = [...visible(line)];
    while (characters.length > 1 && !fits(`${characters.join('')}…`)) characters.pop();
    return `${characters.join('').trimEnd()}…`;
  };
  const pieces = text.split(BREAK);
  let first = '';
  let index = 0;
  while (index < pieces.length && fits(asFirstLine(first + (pieces[index] ?? ''))))
    first += pieces[index++] ?? '';
  if (visible(first).trim() === '') return [cut(text)];
  const rest = visible(pieces.slice(index).join('')).trimStart();
  return [asFirstLine(first).trimEnd(), fits(rest) ? rest : cut(rest)];
};

/** The baselines of a label's lines on screen, from its anchor's spot on screen. */
export const lineBaselines = (label: LaneLabel, anchorOnScreen: Point, lineCount: number): Point[] => {
  const x = anchorOnScreen.x + label.dx;
  const bottom = anchorOnScreen.y + label.dy;
  const last = bottom + (label.centred ? ((lineCount - 1) * LANE_TEXT.line) / 2 : 0);
  return Array.from({ length: lineCount }, (_, index) => ({
    x,
    y: last - (lineCount - 1 - index) * LANE_TEXT.line,
  }));
};
