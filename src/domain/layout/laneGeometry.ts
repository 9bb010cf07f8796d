/**
 * Where the chain lanes' cells go: each cell (a head over a block of members) is given a block
 * shape, sections are aligned across bands, and positions are written top to bottom. The block
 * shape is chosen for the whole map so the lanes come out about as wide as a map on a laptop or a
 * projector is, with as little empty room as the labels allow: the fit then zooms in as far as it can.
 */
import { awardRank, compareByName, typeRank } from '../graph/indexes';
import { STAGES, type GraphNode } from '../graph/types';
import { emptyExtent, type Extent } from './camera';
import { COLUMN_SPACING, ROW_SPACING, gridPoints, type Positions } from './geometry';

/** Left to right within a band. `chain` holds the chain node, its unplaced enterprises and its unstaged segments. */
export const LANE_SECTIONS = ['chain', ...STAGES, 'support'] as const;
export type LaneSection = (typeof LANE_SECTIONS)[number];

export interface LaneBand {
  chainId: string;
  /** y extent including half a row of margin, so every node of the band lies strictly inside. */
  top: number;
  bottom: number;
}

export interface LaneColumn {
  section: LaneSection;
  left: number;
  right: number;
}

/** A segment node heading its members: the x of the block's first and last column, the y of its head row. */
export interface LaneSegment {
  id: string;
  left: number;
  right: number;
  y: number;
}

export interface ChainLanes {
  positions: Positions;
  /** Chains sorted by name, top to bottom. */
  bands: LaneBand[];
  /** Sections that hold anything, left to right, the same in every band. */
  columns: LaneColumn[];
  /** Every segment heading a block, for its name over the block (graph-view/LaneOverlay.ts). */
  segments: LaneSegment[];
  /** Where the nodes of no chain went; null when there are none. */
  bin: { top: number; bottom: number } | null;
}

/** A head (a chain or segment node, or none) over a block of members. */
export interface Cell {
  head: GraphNode | null;
  members: GraphNode[];
}

export type BandCells = Record<LaneSection, Cell[]>;

/** Between the last row of a band and the first of the next, on top of one row's spacing: the band's name sits there. */
const BAND_GAP = 50;
/** Gap between sections, on top of the usual column spacing. */
const SECTION_GAP = COLUMN_SPACING / 4;
/** Width over height of the map the lanes are shaped for when not told: a laptop's or a 720p projector's map area. */
export const LANE_ASPECT = 1.4;
/** A phone held upright to a wide window: the shapes worth making. */
const ASPECT_RANGE = [0.5, 3] as const;
/** The most rows a block may take before it wraps into more columns, tried from 1 up to this. */
const MAX_BLOCK_ROWS = 40;

/** What the lane overlay draws around the nodes, in model units (graph-view/LaneOverlay.ts draws it). */
export const LANE_FRAME = {
  /** Left of the first column: room for the chain node's label. */
  left: 90,
  right: 60,
  /** A band's fill reaches this far past its first and last row. */
  bandPad: 10,
  /** Above the first band: the column heads, drawn at a fixed size on screen. */
  textRoom: 56,
  /** A segment's name may be as wide as its block and this much more (half a column each side). */
  segmentRoom: COLUMN_SPACING,
  /** A column's head likewise, with the gap between sections. */
  columnRoom: COLUMN_SPACING + SECTION_GAP,
} as const;

const compareMembers = (a: GraphNode, b: GraphNode): number =>
  typeRank(a.type) - typeRank(b.type) ||
  awardRank(a.awardLevel) - awardRank(b.awardLevel) ||
  compareByName(a, b);

/** Segments inside a stage keep the file's order (电芯 before PACK when the file says so), not their names'. */
const compareHeads =
  (fileOrder: ReadonlyMap<string, number>) =>
  (a: Cell, b: Cell): number => {
    // The chain node leads its section; headless (stage-level) cells trail theirs.
    if (!a.head || !b.head) return Number(!a.head) - Number(!b.head);
    return (
      typeRank(a.head.type) - typeRank(b.head.type) ||
      (fileOrder.get(a.head.id) ?? 0) - (fileOrder.get(b.head.id) ?? 0)
    );
  };

type SortedBand = Record<LaneSection, Cell[]>;

/** A cell's block when blocks wrap after `maxRows` rows: a head row (if any) over the members. */
const blockOf = (cell: Cell, maxRows: number) => {
  const columns = Math.max(1, Math.ceil(cell.members.length / maxRows));
  return { columns, rows: (cell.head ? 1 : 0) + Math.ceil(cell.members.length / columns) };
};

/** A bin of `count` nodes at least as wide as the lanes, else as wide as the target aspect wants. */
const binColumnsOf = (count: number, laneColumns: number, aspect: number): number =>
  Math.min(
    count,
    Math.max(1, laneColumns, Math.ceil(Math.sqrt((count * aspect * ROW_SPACING) / COLUMN_SPACING))),
  );

interface Shape {
  /** The most rows a block takes before it wraps. */
  maxRows: number;
  aspect: number;
  columns: LaneColumn[];
  /** Rows of each band. */
  bandRows: number[];
  /** Columns of all sections together. */
  laneColumns: number;
  width: number;
  height: number;
}

const shapeOf = (bands: SortedBand[], binCount: number, maxRows: number, aspect: number): Shape => {
  const columns: LaneColumn[] = [];
  let left = 0;
  let laneColumns = 0;
  for (const section of LANE_SECTIONS) {
    const width = Math.max(
      0,
      ...bands.map((band) => band[section].reduce((sum, cell) => sum + blockOf(cell, maxRows).columns, 0)),
    );
    if (width === 0) continue;
    columns.push({ section, left, right: left + (width - 1) * COLUMN_SPACING });
    left += width * COLUMN_SPACING + SECTION_GAP;
    laneColumns += width;
  }
  const bandRows = bands.map((band) =>
    Math.max(
      1,
      ...LANE_SECTIONS.flatMap((section) => band[section].map((cell) => blockOf(cell, maxRows).rows)),
    ),
  );
  const step = ROW_SPACING + BAND_GAP;
  let height = bandRows.reduce((sum, rows) => sum + (rows - 1) * ROW_SPACING + step, 0);
  let widest = Math.max(0, (columns.at(-1)?.right ?? 0) - (columns[0]?.left ?? 0));
  if (binCount > 0) {
    const binColumns = binColumnsOf(binCount, laneColumns, aspect);
    height += Math.ceil(binCount / binColumns) * ROW_SPACING;
    widest = Math.max(widest, (binColumns - 1) * COLUMN_SPACING);
  }
  return {
    maxRows,
    aspect,
    columns,
    bandRows,
    laneColumns,
    width: widest + LANE_FRAME.left + LANE_FRAME.right,
    height: height + LANE_FRAME.textRoom,
  };
};

/** The block shape whose lanes a map of that aspect shows largest. */
const bestShape = (bands: SortedBand[], binCount: number, aspect: number): Shape => {
  let best = shapeOf(bands, binCount, 1, aspect);
  const zoomOf = (shape: Shape) => Math.min(aspect / shape.width, 1 / shape.height);
  for (let maxRows = 2; maxRows <= MAX_BLOCK_ROWS; maxRows += 1) {
    const shape = shapeOf(bands, binCount, maxRows, aspect);
    if (zoomOf(shape) > zoomOf(best)) best = shape;
  }
  return best;
};

/** Sizes every cell, aligns sections across bands, then writes positions top to bottom. */
export const arrangeLanes = (
  bands: { chainId: string; cells: BandCells }[],
  bin: GraphNode[],
  fileOrder: ReadonlyMap<string, number>,
  aspect = LANE_ASPECT,
): ChainLanes => {
  const shapeAspect = Math.min(ASPECT_RANGE[1], Math.max(ASPECT_RANGE[0], aspect));
  const sorted = bands.map(
    ({ cells }) =>
      Object.fromEntries(
        LANE_SECTIONS.map((section) => [
          section,
          cells[section]
            .filter((cell) => cell.head || cell.members.length > 0)
            .sort(compareHeads(fileOrder))
            .map((cell) => {
              cell.members.sort(compareMembers);
              return cell;
            }),
        ]),
      ) as SortedBand,
  );
  bin.sort(compareMembers);
  return placeLanes(bands, sorted, bin, bestShape(sorted, bin.length, shapeAspect));
};

const placeLanes = (
  bands: { chainId: string }[],
  sorted: SortedBand[],
  bin: GraphNode[],
  shape: Shape,
): ChainLanes => {
  const positions: Positions = new Map();
  const laneBands: LaneBand[] = [];
  const segments: LaneSegment[] = [];
  let top = 0;
  bands.forEach(({ chainId }, index) => {
    const band = sorted[index];
    const rows = shape.bandRows[index];
    if (!band || rows === undefined) return;
    for (const column of shape.columns) {
      let x = column.left;
      for (const cell of band[column.section]) {
        const { columns } = blockOf(cell, shape.maxRows);
        const right = x + (columns - 1) * COLUMN_SPACING;
        if (cell.head) {
          positions.set(cell.head.id, { x: (x + right) / 2, y: top });
          if (cell.head.type === 'segment') segments.push({ id: cell.head.id, left: x, right, y: top });
        }
        const first = cell.head ? top + ROW_SPACING : top;
        gridPoints(cell.members.length, columns, { x, y: first }).forEach((point, member) => {
          const node = cell.members[member];
          if (node) positions.set(node.id, point);
        });
        x = right + COLUMN_SPACING;
      }
    }
    const bottom = top + (rows - 1) * ROW_SPACING;
    laneBands.push({ chainId, top: top - ROW_SPACING / 2, bottom: bottom + ROW_SPACING / 2 });
    top = bottom + ROW_SPACING + BAND_GAP;
  });

  if (bin.length === 0) return { positions, bands: laneBands, columns: shape.columns, segments, bin: null };
  const binColumns = binColumnsOf(bin.length, shape.laneColumns, shape.aspect);
  gridPoints(bin.length, binColumns, { x: 0, y: top }).forEach((point, index) => {
    const node = bin[index];
    if (node) positions.set(node.id, point);
  });
  const binBottom = top + (Math.ceil(bin.length / binColumns) - 1) * ROW_SPACING;
  return {
    positions,
    bands: laneBands,
    columns: shape.columns,
    segments,
    bin: { top: top - ROW_SPACING / 2, bottom: binBottom + ROW_SPACING / 2 },
  };
};

/**
 * The lanes that hold a node `shown`: bands, columns, segments and the bin holding none are left
 * out, with the positions of the rest, so a filter down to one chain draws that chain's band alone,
 * not five empty ones.
 */
export const shownLanes = (lanes: ChainLanes, shown: (id: string) => boolean): ChainLanes => {
  const positions: Positions = new Map([...lanes.positions].filter(([id]) => shown(id)));
  const points = [...positions.values()];
  const holds = (top: number, bottom: number) =>
    points.filter((point) => point.y >= top && point.y <= bottom);
  const bands = lanes.bands.filter((band) => holds(band.top, band.bottom).length > 0);
  const inBands = bands.flatMap((band) => holds(band.top, band.bottom));
  const columns = lanes.columns.filter((column) =>
    inBands.some((point) => point.x >= column.left && point.x <= column.right),
  );
  const segments = lanes.segments.filter((segment) => positions.has(segment.id));
  const bin = lanes.bin && holds(lanes.bin.top, lanes.bin.bottom).length > 0 ? lanes.bin : null;
  return { positions, bands, columns, segments, bin };
};

/** The box the lanes are drawn in, their heads included; empty without lanes. */
export const laneFrame = (lanes: ChainLanes): Extent => {
  const extent = emptyExtent();
  const first = lanes.columns[0];
  let right = -Infinity;
  for (const point of lanes.positions.values()) right = Math.max(right, point.x);
  if (!first || right === -Infinity) return extent;
  const firstTop = lanes.bands[0]?.top ?? lanes.bin?.top;
  const lastBottom = lanes.bin?.bottom ?? lanes.bands.at(-1)?.bottom;
  if (firstTop === undefined || lastBottom === undefined) return extent;
  return {
    x1: first.left - LANE_FRAME.left,
    x2: right + LANE_FRAME.right,
    y1: firstTop - LANE_FRAME.textRoom,
    y2: lastBottom + LANE_FRAME.bandPad,
  };
};
