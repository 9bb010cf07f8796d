import type { NodeShape } from '../domain/legend/styles';

/**
 * The part of a canvas context a shape is traced into: many shapes go into one path, filled or
 * stroked once. No `closePath`: in Chromium it costs as much as the path already holds, so a path of
 * 10,000 shapes took a second to trace (a pie slice each, at 10,000 nodes). Each outline starts in
 * the middle of a straight edge and ends there with a line, which strokes the same (the two ends meet
 * in a straight line, no corner to join) and fills the same (a fill closes every subpath).
 */
type PathSink = Pick<
  CanvasRenderingContext2D,
  'moveTo' | 'lineTo' | 'arc' | 'ellipse' | 'quadraticCurveTo' | 'arcTo'
>;

/** A hexagon as cytoscape draws one: points left and right, flat top and bottom, fitted to its box. */
const HEXAGON: readonly (readonly [number, number])[] = [
  [-1, 0],
  [-0.5, -1],
  [0.5, -1],
  [1, 0],
  [0.5, 1],
  [-0.5, 1],
];

/** From the middle of the edge between the last point and the first, round every point, and back. */
const polygon = (path: PathSink, points: typeof HEXAGON, x: number, y: number, hw: number, hh: number) => {
  const [lastX = 0, lastY = 0] = points.at(-1) ?? [];
  const [firstX = 0, firstY = 0] = points[0] ?? [];
  const startX = x + ((lastX + firstX) / 2) * hw;
  const startY = y + ((lastY + firstY) / 2) * hh;
  path.moveTo(startX, startY);
  for (const [px, py] of points) path.lineTo(x + px * hw, y + py * hh);
  path.lineTo(startX, startY);
};

const DIAMOND: typeof HEXAGON = [
  [0, -1],
  [1, 0],
  [0, 1],
  [-1, 0],
];

/**
 * Traces a node's outline, centred at (x, y), `width` × `height`, as cytoscape draws the shape (its
 * round-rectangle corners are a quarter of the shorter side, at most 8; the barrel's sides bulge).
 */
export const traceShape = (
  path: PathSink,
  shape: NodeShape,
  x: number,
  y: number,
  width: number,
  height: number,
): void => {
  const hw = width / 2;
  const hh = height / 2;
  switch (shape) {
    case 'ellipse':
      path.moveTo(x + hw, y);
      path.ellipse(x, y, hw, hh, 0, 0, 2 * Math.PI);
      return;
    case 'diamond':
      polygon(path, DIAMOND, x, y, hw, hh);
      return;
    case 'hexagon':
      polygon(path, HEXAGON, x, y, hw, hh);
      return;
    case 'round-rectangle': {
      const radius = Math.min(width / 4, height / 4, 8);
      path.moveTo(x - hw + radius, y - hh);
      path.arcTo(x + hw, y - hh, x + hw, y + hh, radius);
      path.arcTo(x + hw, y + hh, x - hw, y + hh, radius);
      path.arcTo(x - hw, y + hh, x - hw, y - hh, radius);
      // The last corner ends where the outline began, on the top edge.
      path.arcTo(x - hw, y - hh, x + hw, y - hh, radius);
      return;
    }
    case 'barrel': {
      const inset = Math.min(width * 0.1, hh);
      path.moveTo(x, y - hh);
      path.lineTo(x + hw - inset, y - hh);
      path.quadraticCurveTo(x + hw + inset * 0.4, y, x + hw - inset, y + hh);
      path.lineTo(x - hw + inset, y + hh);
      path.quadraticCurveTo(x - hw - inset * 0.4, y, x - hw + inset, y - hh);
      path.lineTo(x, y - hh);
      return;
    }
  }
};

/** Traces one slice of a pie (a node in several chains), from `from` to `to` in turns, clockwise from the top; slices are only filled. */
export const traceSlice = (
  path: PathSink,
  x: number,
  y: number,
  radius: number,
  from: number,
  to: number,
) => {
  const start = -Math.PI / 2 + from * 2 * Math.PI;
  const end = -Math.PI / 2 + to * 2 * Math.PI;
  path.moveTo(x, y);
  path.arc(x, y, radius, start, end);
};
