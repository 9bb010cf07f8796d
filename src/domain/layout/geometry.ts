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

/** Row-major grid positions, the first at `origin`. */
export const gridPoints = (count: number, columns: number, origin: Point): Point[] =>
  Array.from({ length: count }, (_, index) => ({
    x: origin.x + (index % columns) * COLUMN_SPACING,
    y: origin.y + Math.floor(index / columns) * ROW_SPACING,
  }));

/** True when the file saved a position for every node, so the preset layout can be offered. */
export const hasPresetPositions = (graph: Graph): boolean =>
  graph.nodes.length > 0 && graph.nodes.every((node) => Number.isFinite(node.x) && Number.isFinite(node.y));
