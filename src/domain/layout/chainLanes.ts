/**
 * Chain lanes: one horizontal band per chain, read left to right as chain → upstream → midstream →
 * downstream → the universities and platforms that serve it. Nodes of no chain wait in a bin below.
 */
import { awardRank, compareByName, indexNodesById, sectorsOf, typeRank } from '../graph/indexes';
import { STAGES, type Graph, type GraphNode, type Stage } from '../graph/types';
import { emptyExtent, type Extent } from './camera';
import type { LayoutDefinition } from './definition';
import { COLUMN_SPACING, ROW_SPACING, blockColumns, gridPoints, type Positions } from './geometry';

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

export interface ChainLanes {
  positions: Positions;
  /** Chains sorted by name, top to bottom. */
  bands: LaneBand[];
  /** Sections that hold anything, left to right, the same in every band. */
  columns: LaneColumn[];
  /** Where the nodes of no chain went; null when there are none. */
  bin: { top: number; bottom: number } | null;
}

/** Gap between bands, and between the last band and the bin. */
const BAND_GAP = ROW_SPACING * 2;
/** Gap between sections, on top of the usual column spacing. */
const SECTION_GAP = COLUMN_SPACING / 2;

/** A head (a chain or segment node, or none) over a block of members. */
interface Cell {
  head: GraphNode | null;
  members: GraphNode[];
}

type BandCells = Record<LaneSection, Cell[]>;

export const chainLanes = (graph: Graph): ChainLanes => {
  const nodesById = indexNodesById(graph.nodes);
  const chains = graph.nodes.filter((node) => node.type === 'chain').sort(compareByName);
  const chainIds = new Set(chains.map((chain) => chain.id));
  const chainOf = (node: GraphNode): string | undefined =>
    sectorsOf(node).find((sector) => chainIds.has(sector));

  const bands = new Map(chains.map((chain) => [chain.id, emptyBand(chain)]));
  const bin: GraphNode[] = [];
  const bandOf = new Map<string, string>();
  /** Into the chain's band when it has one, else the bin. */
  const put = (
    node: GraphNode,
    chainId: string | undefined,
    place: (band: BandCells, chainId: string) => void,
  ) => {
    const band = chainId === undefined ? undefined : bands.get(chainId);
    if (chainId === undefined || !band) {
      bin.push(node);
      return;
    }
    place(band, chainId);
    bandOf.set(node.id, chainId);
  };

  // Segments first: enterprises hang below them.
  const segmentCells = new Map<string, { cell: Cell; chainId: string }>();
  for (const segment of graph.nodes.filter((node) => node.type === 'segment')) {
    put(segment, chainOf(segment), (band, chainId) => {
      const cell: Cell = { head: segment, members: [] };
      band[isStage(segment.segment) ? segment.segment : 'chain'].push(cell);
      segmentCells.set(segment.id, { cell, chainId });
    });
  }

  const memberships = segmentMemberships(graph, nodesById);
  for (const node of graph.nodes.filter((candidate) => candidate.type === 'enterprise')) {
    const segmentId =
      nodesById.get(node.segment)?.type === 'segment' ? node.segment : memberships.get(node.id);
    const segmentCell = segmentId === undefined ? undefined : segmentCells.get(segmentId);
    if (segmentCell) {
      segmentCell.cell.members.push(node);
      bandOf.set(node.id, segmentCell.chainId);
      continue;
    }
    put(node, chainOf(node), (band) => {
      if (isStage(node.segment)) stageLevelCell(band[node.segment]).members.push(node);
      else band.chain[0]?.members.push(node);
    });
  }

  // Universities and platforms after everyone else, so they can go where most of their ties are.
  const supporters = graph.nodes.filter(
    (candidate) => candidate.type === 'university' || candidate.type === 'platform',
  );
  const linkedBand = mostLinkedBand(
    graph,
    new Set(supporters.map((node) => node.id)),
    bandOf,
    chains.map((chain) => chain.id),
  );
  for (const node of supporters) {
    put(node, linkedBand(node.id) ?? chainOf(node), (band) => band.support[0]?.members.push(node));
  }

  return arrange(
    chains.map((chain) => ({ chainId: chain.id, cells: bands.get(chain.id) ?? emptyBand(chain) })),
    bin,
    new Map(graph.nodes.map((node, index) => [node.id, index])),
  );
};

const isStage = (value: string): value is Stage => (STAGES as readonly string[]).includes(value);

const emptyBand = (chain: GraphNode): BandCells => ({
  chain: [{ head: chain, members: [] }],
  upstream: [],
  midstream: [],
  downstream: [],
  support: [{ head: null, members: [] }],
});

/** Enterprises whose segment column names only a stage share one headless cell at the end of that stage. */
const stageLevelCell = (cells: Cell[]): Cell => {
  const last = cells.at(-1);
  if (last && last.head === null) return last;
  const cell: Cell = { head: null, members: [] };
  cells.push(cell);
  return cell;
};

/** An enterprise's segment through a membership edge, either way round; the first such edge wins. */
const segmentMemberships = (graph: Graph, nodesById: ReadonlyMap<string, GraphNode>): Map<string, string> => {
  const memberships = new Map<string, string>();
  for (const edge of graph.edges) {
    if (edge.relation !== 'membership') continue;
    for (const [member, segment] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      if (nodesById.get(segment)?.type === 'segment' && !memberships.has(member))
        memberships.set(member, segment);
    }
  }
  return memberships;
};

/** For each of `ids`, the band it has most edges into; ties go to the band higher up. */
const mostLinkedBand = (
  graph: Graph,
  ids: ReadonlySet<string>,
  bandOf: ReadonlyMap<string, string>,
  bandOrder: readonly string[],
) => {
  const links = new Map<string, Map<string, number>>();
  const count = (id: string, band: string | undefined) => {
    if (band === undefined) return;
    const counts = links.get(id) ?? new Map<string, number>();
    counts.set(band, (counts.get(band) ?? 0) + 1);
    links.set(id, counts);
  };
  // Few nodes are universities or platforms: test that first, it saves most band lookups.
  for (const edge of graph.edges) {
    if (ids.has(edge.source)) count(edge.source, bandOf.get(edge.target));
    if (ids.has(edge.target)) count(edge.target, bandOf.get(edge.source));
  }
  return (id: string): string | undefined => {
    const counts = links.get(id);
    if (!counts) return undefined;
    let best: string | undefined;
    for (const band of bandOrder)
      if ((counts.get(band) ?? 0) > (best === undefined ? 0 : (counts.get(best) ?? 0))) best = band;
    return best;
  };
};

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

interface CellBlock {
  cell: Cell;
  columns: number;
  /** Rows including the head row. */
  rows: number;
}

/** Sizes every cell, aligns sections across bands, then writes positions top to bottom. */
const arrange = (
  bands: { chainId: string; cells: BandCells }[],
  bin: GraphNode[],
  fileOrder: ReadonlyMap<string, number>,
): ChainLanes => {
  const blocks = bands.map(
    ({ cells }) =>
      Object.fromEntries(
        LANE_SECTIONS.map((section) => [
          section,
          cells[section]
            .filter((cell) => cell.head || cell.members.length > 0)
            .sort(compareHeads(fileOrder))
            .map((cell): CellBlock => {
              cell.members.sort(compareMembers);
              const columns = blockColumns(cell.members.length);
              return { cell, columns, rows: 1 + Math.ceil(cell.members.length / columns) };
            }),
        ]),
      ) as Record<LaneSection, CellBlock[]>,
  );

  const columns: LaneColumn[] = [];
  let left = 0;
  for (const section of LANE_SECTIONS) {
    const width = Math.max(
      0,
      ...blocks.map((band) => band[section].reduce((sum, block) => sum + block.columns, 0)),
    );
    if (width === 0) continue;
    columns.push({ section, left, right: left + (width - 1) * COLUMN_SPACING });
    left += width * COLUMN_SPACING + SECTION_GAP;
  }

  const positions: Positions = new Map();
  const laneBands: LaneBand[] = [];
  let top = 0;
  bands.forEach(({ chainId }, index) => {
    const band = blocks[index];
    if (!band) return;
    let rows = 1;
    for (const column of columns) {
      let x = column.left;
      for (const { cell, columns: width, rows: height } of band[column.section]) {
        if (cell.head) positions.set(cell.head.id, { x: x + ((width - 1) * COLUMN_SPACING) / 2, y: top });
        gridPoints(cell.members.length, width, { x, y: top + ROW_SPACING }).forEach((point, member) => {
          const node = cell.members[member];
          if (node) positions.set(node.id, point);
        });
        x += width * COLUMN_SPACING;
        rows = Math.max(rows, height);
      }
    }
    const bottom = top + (rows - 1) * ROW_SPACING;
    laneBands.push({ chainId, top: top - ROW_SPACING / 2, bottom: bottom + ROW_SPACING / 2 });
    top = bottom + BAND_GAP;
  });

  if (bin.length === 0) return { positions, bands: laneBands, columns, bin: null };
  bin.sort(compareMembers);
  const binColumns = Math.min(
    bin.length,
    Math.max(1, Math.round(left / COLUMN_SPACING), blockColumns(bin.length)),
  );
  gridPoints(bin.length, binColumns, { x: 0, y: top }).forEach((point, index) => {
    const node = bin[index];
    if (node) positions.set(node.id, point);
  });
  const binBottom = top + (Math.ceil(bin.length / binColumns) - 1) * ROW_SPACING;
  return {
    positions,
    bands: laneBands,
    columns,
    bin: { top: top - ROW_SPACING / 2, bottom: binBottom + ROW_SPACING / 2 },
  };
};

/**
 * The lanes that hold a node `shown`: bands, columns and the bin holding none are left out, with the
 * positions of the rest, so a filter down to one chain draws that chain's band alone, not five empty ones.
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
  const bin = lanes.bin && holds(lanes.bin.top, lanes.bin.bottom).length > 0 ? lanes.bin : null;
  return { positions, bands, columns, bin };
};

/** What the lane overlay draws around the nodes, in model units (graph-view/LaneOverlay.ts draws it). */
export const LANE_FRAME = {
  /** Left of the first column: room for the chain node's label. */
  left: 90,
  right: 60,
  /** A band's fill reaches this far past its first and last row. */
  bandPad: 10,
  /** A band's name sits this far above it, the column heads this far above the first band. */
  nameBaseline: 22,
  headBaseline: 30,
  /** Above the first band: the heads' and the name's text. */
  textRoom: 56,
} as const;

/** The box the lanes are drawn in, their names and heads included; empty without lanes. */
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

/** One band per chain, one column per section, with the bands and column heads drawn behind. */
export const lanesLayout: LayoutDefinition<'lanes'> = {
  id: 'lanes',
  labelKey: 'layout.lanes',
  needsSelection: false,
  plan: ({ graph }) => {
    const lanes = chainLanes(graph);
    return { positions: lanes.positions, members: null, lanes };
  },
};
