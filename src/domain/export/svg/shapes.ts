/** Node shapes for the SVG export, centred on (0, 0), as cytoscape draws them. */
import { type NodeShape } from '../../legend';
import { escapeXml, num } from './text';
import type { Point } from './geometry';

export const polygonPoints = (points: readonly Point[]): string =>
  points.map((point) => `${num(point.x)},${num(point.y)}`).join(' ');

/** Cytoscape's hexagon: pointed left and right, stretched to the node's box. */
const HEXAGON: readonly Point[] = [
  { x: -0.5, y: -1 },
  { x: -1, y: 0 },
  { x: -0.5, y: 1 },
  { x: 0.5, y: 1 },
  { x: 1, y: 0 },
  { x: 0.5, y: -1 },
];
const DIAMOND: readonly Point[] = [
  { x: 0, y: -1 },
  { x: 1, y: 0 },
  { x: 0, y: 1 },
  { x: -1, y: 0 },
];

const polygonOf = (unitPoints: readonly Point[], width: number, height: number): Point[] =>
  unitPoints.map((point) => ({ x: (point.x * width) / 2, y: (point.y * height) / 2 }));

/**
 * How far from the centre a ray in direction (dx, dy) (a unit vector) leaves the shape, whose half
 * width and half height are a and b. Closed forms: this runs twice per edge. Rounded corners and
 * the barrel's bends are taken as their bounding box, a fraction of a pixel off.
 */
export const exitDistance = (shape: NodeShape, a: number, b: number, dx: number, dy: number): number => {
  const x = Math.abs(dx) / a;
  const y = Math.abs(dy) / b;
  switch (shape) {
    case 'ellipse':
      return 1 / Math.hypot(x, y);
    case 'diamond':
      return 1 / (x + y);
    // Inside the hexagon: |y| ≤ b and |x|/a + |y|/2b ≤ 1.
    case 'hexagon':
      return 1 / Math.max(y, x + y / 2);
    case 'round-rectangle':
    case 'barrel':
      return 1 / Math.max(x, y);
  }
};

/** Cytoscape's barrel: straight top and bottom, the four corners bent by quadratic curves. */
const barrelPath = (width: number, height: number): string => {
  const [left, right, top, bottom] = [-width / 2, width / 2, -height / 2, height / 2];
  const bend = Math.min(15, 0.05 * height);
  const inset = Math.min(100, 0.25 * width);
  const control = 0.05 * width;
  return [
    `M${num(left)},${num(top + bend)}`,
    `Q${num(left + control)},${num(top)} ${num(left + inset)},${num(top)}`,
    `L${num(right - inset)},${num(top)}`,
    `Q${num(right - control)},${num(top)} ${num(right)},${num(top + bend)}`,
    `L${num(right)},${num(bottom - bend)}`,
    `Q${num(right - control)},${num(bottom)} ${num(right - inset)},${num(bottom)}`,
    `L${num(left + inset)},${num(bottom)}`,
    `Q${num(left + control)},${num(bottom)} ${num(left)},${num(bottom - bend)}`,
    'Z',
  ].join(' ');
};

/** The drawn shape with the given presentation attributes. */
export const shapeElement = (shape: NodeShape, width: number, height: number, attributes: string): string => {
  switch (shape) {
    case 'ellipse':
      return `<ellipse rx="${num(width / 2)}" ry="${num(height / 2)}" ${attributes}/>`;
    case 'round-rectangle': {
      const radius = Math.min(width / 4, height / 4, 8);
      return `<rect x="${num(-width / 2)}" y="${num(-height / 2)}" width="${num(width)}" height="${num(height)}" rx="${num(radius)}" ${attributes}/>`;
    }
    case 'barrel':
      return `<path d="${barrelPath(width, height)}" ${attributes}/>`;
    case 'diamond':
    case 'hexagon':
      return `<polygon points="${polygonPoints(polygonOf(shape === 'diamond' ? DIAMOND : HEXAGON, width, height))}" ${attributes}/>`;
  }
};

/** Pie slices from twelve o'clock, clockwise, in a circle as wide as the node's shorter side (as cytoscape draws them). */
export const pieSlices = (colors: readonly string[], radius: number): string =>
  colors
    .map((color, index) => {
      const from = -Math.PI / 2 + (2 * Math.PI * index) / colors.length;
      const to = from + (2 * Math.PI) / colors.length;
      const start = `${num(radius * Math.cos(from))},${num(radius * Math.sin(from))}`;
      const end = `${num(radius * Math.cos(to))},${num(radius * Math.sin(to))}`;
      return `<path d="M0,0 L${start} A${num(radius)},${num(radius)} 0 0 1 ${end} Z" fill="${escapeXml(color)}"/>`;
    })
    .join('');
