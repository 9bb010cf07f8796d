import type { NodeShape } from '../domain/legend/styles';

/** The part of a canvas context a shape is traced into: many shapes go into one path, filled or stroked once. */
type PathSink = Pick<
  CanvasRenderingContext2D,
  'moveTo' | 'lineTo' | 'arc' | 'ellipse' | 'closePath' | 'quadraticCurveTo' | 'arcTo'
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

const polygon = (path: PathSink, points: typeof HEXAGON, x: number, y: number, hw: number, hh: number) => {
  points.forEach(([px, py], index) => {
    if (index === 0) path.moveTo(x + px * hw, y + py * hh);
    else path.lineTo(x + px * hw, y + py * hh);
  });
  path.closePath();
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
      path.arcTo(x - hw, y - hh, x + hw, y - hh, radius);
      path.closePath();
      return;
    }
    case 'barrel': {
      const inset = Math.min(width * 0.1, hh);
      path.moveTo(x - hw + inset, y - hh);
      path.lineTo(x + hw - inset, y - hh);
      path.quadraticCurveTo(x + hw + inset * 0.4, y, x + hw - inset, y + hh);
      path.lineTo(x - hw + inset, y + hh);
      path.quadraticCurveTo(x - hw - inset * 0.4, y, x - hw + inset, y - hh);
      path.closePath();
      return;
    }
  }
};

/** Traces one slice of a pie (a node in several chains), from `from` to `to` in turns, clockwise from the top. */
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
  path.closePath();
};
