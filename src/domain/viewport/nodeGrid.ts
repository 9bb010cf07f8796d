/**
 * A uniform grid over a big view's nodes, pure: which nodes a box on screen holds (so only those
 * are drawn) and which node is under the pointer (so clicks and hovers reach nodes cytoscape does
 * not hold). Built in one pass (a counting sort by cell), rebuilt whenever the nodes move.
 */
import type { Extent } from '../layout/camera';
import type { Point } from '../layout/geometry';

/** A node as the grid sees it: its centre and half its width and height, by index. */
export interface GridNodes {
  readonly count: number;
  x(index: number): number;
  y(index: number): number;
  halfWidth(index: number): number;
  halfHeight(index: number): number;
}

export interface NodeGrid {
  readonly x0: number;
  readonly y0: number;
  readonly cell: number;
  readonly columns: number;
  readonly rows: number;
  /** The nodes of cell c are items[starts[c]] up to items[starts[c + 1]]. */
  readonly starts: Int32Array;
  readonly items: Int32Array;
  /** The largest half-size: a node whose centre lies this far outside a box may still reach into it. */
  readonly reach: number;
}

/** About this many nodes share a cell on average; the grid never has more cells than nodes. */
const NODES_PER_CELL = 2;

export const buildNodeGrid = (nodes: GridNodes): NodeGrid => {
  const { count } = nodes;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let reach = 0;
  for (let index = 0; index < count; index += 1) {
    const x = nodes.x(index);
    const y = nodes.y(index);
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
    reach = Math.max(reach, nodes.halfWidth(index), nodes.halfHeight(index));
  }
  if (count === 0) {
    x0 = 0;
    y0 = 0;
    x1 = 0;
    y1 = 0;
  }
  const width = Math.max(x1 - x0, 1);
  const height = Math.max(y1 - y0, 1);
  const cell = Math.max(Math.sqrt((width * height * NODES_PER_CELL) / Math.max(count, 1)), 1);
  const columns = Math.max(1, Math.ceil(width / cell) + 1);
  const rows = Math.max(1, Math.ceil(height / cell) + 1);
  const cellOf = new Int32Array(count);
  const starts = new Int32Array(columns * rows + 1);
  for (let index = 0; index < count; index += 1) {
    const column = Math.floor((nodes.x(index) - x0) / cell);
    const row = Math.floor((nodes.y(index) - y0) / cell);
    const at = row * columns + column;
    cellOf[index] = at;
    starts[at + 1] = (starts[at + 1] ?? 0) + 1;
  }
  for (let at = 1; at < starts.length; at += 1) starts[at] = (starts[at] ?? 0) + (starts[at - 1] ?? 0);
  const filled = starts.slice(0, -1);
  const items = new Int32Array(count);
  for (let index = 0; index < count; index += 1) {
    const at = cellOf[index] ?? 0;
    items[filled[at] ?? 0] = index;
    filled[at] = (filled[at] ?? 0) + 1;
  }
  return { x0, y0, cell, columns, rows, starts, items, reach };
};

/** Calls `visit` with every node whose cell lies in the box grown by the largest node: a superset of those it shows. */
export const nodesInBox = (grid: NodeGrid, box: Extent, visit: (index: number) => void): void => {
  const { x0, y0, cell, columns, rows, starts, items, reach } = grid;
  const clamp = (value: number, limit: number) => Math.min(limit - 1, Math.max(0, value));
  const c1 = clamp(Math.floor((box.x1 - reach - x0) / cell), columns);
  const c2 = clamp(Math.floor((box.x2 + reach - x0) / cell), columns);
  const r1 = clamp(Math.floor((box.y1 - reach - y0) / cell), rows);
  const r2 = clamp(Math.floor((box.y2 + reach - y0) / cell), rows);
  if (box.x2 + reach < x0 || box.y2 + reach < y0) return;
  if (box.x1 - reach > x0 + columns * cell || box.y1 - reach > y0 + rows * cell) return;
  for (let row = r1; row <= r2; row += 1)
    for (let column = c1; column <= c2; column += 1) {
      const at = row * columns + column;
      for (let item = starts[at] ?? 0; item < (starts[at + 1] ?? 0); item += 1) visit(items[item] ?? 0);
    }
};

/**
 * The node under `point`: of the nodes whose box, grown by `tolerance` (a few screen pixels in model
 * units, so a tiny node far out can still be hit), holds the point, the one whose centre is nearest
 * relative to its size; -1 for none. `accept` leaves nodes out (hidden ones, ghosts).
 */
export const nodeAt = (
  grid: NodeGrid,
  nodes: GridNodes,
  point: Point,
  tolerance: number,
  accept: (index: number) => boolean = () => true,
): number => {
  let best = -1;
  let bestDistance = Infinity;
  const box = {
    x1: point.x - tolerance,
    y1: point.y - tolerance,
    x2: point.x + tolerance,
    y2: point.y + tolerance,
  };
  nodesInBox(grid, box, (index) => {
    const halfWidth = nodes.halfWidth(index) + tolerance;
    const halfHeight = nodes.halfHeight(index) + tolerance;
    const dx = Math.abs(point.x - nodes.x(index)) / halfWidth;
    const dy = Math.abs(point.y - nodes.y(index)) / halfHeight;
    if (dx > 1 || dy > 1 || !accept(index)) return;
    const distance = dx * dx + dy * dy;
    // On a tie the node drawn later (on top) wins.
    if (distance < bestDistance || (distance === bestDistance && index > best)) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
};
