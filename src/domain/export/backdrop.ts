/**
 * What an export draws behind and over the map's nodes, as the map shows it: the chain lanes'
 * bands and names, and each segment's outline round its members. Names keep the size they have on
 * screen at the export's zoom, so a picture of the whole map reads as the map does at that zoom.
 */
import {
  LANE_LOOK,
  labelRoom,
  laneLabels,
  laneRects,
  lineBaselines,
  wrapInTwoLines,
  type ChainLanes,
  type LaneNames,
  type LaneRect,
  type LaneTextKind,
  type Point,
} from '../layout';
import { textWidth } from './svg/text';

export interface BackdropText {
  kind: LaneTextKind;
  /** Each line and its baseline, in model units. */
  lines: { text: string; at: Point }[];
  anchor: 'start' | 'middle';
}

export interface BackdropOutline {
  /** The closed outline, in model units. */
  points: Point[];
  /** The segment's chain colour. */
  color: string;
}

export interface Backdrop {
  rects: LaneRect[];
  outlines: BackdropOutline[];
  texts: BackdropText[];
  /** Model units per pixel on screen: type sizes, halos and strokes are multiplied by it. */
  unit: number;
}

export const isEmptyBackdrop = (backdrop: Backdrop): boolean =>
  backdrop.rects.length === 0 && backdrop.outlines.length === 0 && backdrop.texts.length === 0;

/** The points the backdrop reaches, its names' boxes included: for the picture's bounds. */
export const backdropExtent = ({ rects, outlines, texts, unit }: Backdrop): Point[] => [
  ...rects.flatMap((rect) => [
    { x: rect.x, y: rect.y },
    { x: rect.x + rect.width, y: rect.y + rect.height },
  ]),
  ...outlines.flatMap((outline) => outline.points),
  ...texts.flatMap((text) => {
    const { size } = LANE_LOOK.text[text.kind];
    return text.lines.flatMap(({ text: words, at }) => {
      const width = textWidth(words, size) * unit;
      const left = text.anchor === 'start' ? at.x : at.x - width / 2;
      // From the ascender over the baseline to the descender under it.
      return [
        { x: left, y: at.y - size * unit },
        { x: left + width, y: at.y + (size * unit) / 4 },
      ];
    });
  }),
];

/** The lanes' names as the map places them at `zoom`, in model units. */
const laneTexts = (
  lanes: ChainLanes,
  names: LaneNames,
  positionOf: (id: string) => Point | null,
  zoom: number,
): BackdropText[] => {
  const unit = 1 / zoom;
  return laneLabels(lanes, names).flatMap((label): BackdropText[] => {
    const anchor = 'node' in label.anchor ? positionOf(label.anchor.node) : label.anchor;
    if (!anchor) return [];
    const { size } = LANE_LOOK.text[label.kind];
    const lines = wrapInTwoLines(label.text, labelRoom(label, zoom), (part) => textWidth(part, size));
    const baselines = lineBaselines(label, { x: 0, y: 0 }, lines.length);
    return [
      {
        kind: label.kind,
        anchor: label.kind === 'lane-name' ? 'start' : 'middle',
        lines: lines.map((text, index) => {
          const offset = baselines[index] ?? { x: 0, y: 0 };
          return { text, at: { x: anchor.x + offset.x * unit, y: anchor.y + offset.y * unit } };
        }),
      },
    ];
  });
};

export interface BackdropInput {
  /** The lanes drawn now, or null on another layout. */
  lanes: ChainLanes | null;
  names: LaneNames;
  /** A drawn node's spot (a segment's name follows its node); null for a node not drawn, whose name is left out. */
  positionOf: (id: string) => Point | null;
  outlines: BackdropOutline[];
  /** The zoom the export is drawn at: 1 for the whole map at its own size. */
  zoom: number;
}

export const backdropOf = ({ lanes, names, positionOf, outlines, zoom }: BackdropInput): Backdrop => ({
  rects: lanes ? laneRects(lanes) : [],
  outlines,
  texts: lanes ? laneTexts(lanes, names, positionOf, zoom) : [],
  unit: 1 / zoom,
});
