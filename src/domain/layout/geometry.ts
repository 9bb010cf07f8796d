/** Points and grids shared by the layouts. */
import type { Graph } from '../graph/types';

export interface Point {
  x: number;
  y: number;
}

export type Positions = Map<string, Point>;

/** Room a label needs: about ten CJK characters across, two lines down. */
export const COLUMN_SPACING = 160;
export const ROW_SPACING = 70;

/** Never fewer rows than this before a stack wraps into more columns; beyond it, roughly square blocks. */
const MIN_STACK_ROWS = 8;

/** Columns for a block of `count` labels: one tidy stack when short, a square-looking block when long. */
export const blockColumns = (count: number): number => {
  const rows = Math.max(MIN_STACK_ROWS, Math.ceil(Math.sqrt((count * COLUMN_SPACING) / ROW_SPACING)));
  return Math.max(1, Math.ceil(count / rows));
};

/** Row-major grid positions, the first at `origin`. */
export const gridPoints = (count: number, columns: number, origin: Point): Point[] =>
  Array.from({ length: count }, (_, index) => ({
    x: origin.x + (index % columns) * COLUMN_SPACING,
    y: origin.y + Math.floor(index / columns) * ROW_SPACING,
  }));

/** True when the file saved a position for every node, so the preset layout can be offered. */
export const hasPresetPositions = (graph: Graph): boolean =>
  graph.nodes.length > 0 && graph.nodes.every((node) => Number.isFinite(node.x) && Number.isFinite(node.y));
