import type { ArrowShape } from './styles';

interface Point {
  x: number;
  y: number;
}

/** The map's cytoscape style scales arrows by 0.9. */
const ARROW_SCALE = 0.9;

/** Arrowheads as cytoscape defines them, in units of the arrow size: `back` behind the tip, `across` to its side. */
interface ArrowGeometry {
  points: readonly { back: number; across: number }[];
  /** How far behind the tip the line stops, so the head covers its end. */
  lineStop: number;
}

const ARROWS: Readonly<Record<Exclude<ArrowShape, 'none' | 'circle'>, ArrowGeometry>> = {
  triangle: {
    points: [
      { back: 0.3, across: -0.15 },
      { back: 0, across: 0 },
      { back: 0.3, across: 0.15 },
    ],
    lineStop: 0.3,
  },
  vee: {
    points: [
      { back: 0.3, across: -0.15 },
      { back: 0, across: 0 },
      { back: 0.3, across: 0.15 },
      { back: 0.15, across: 0 },
    ],
    lineStop: 0.15,
  },
  tee: {
    points: [
      { back: 0, across: -0.15 },
      { back: 0.1, across: -0.15 },
      { back: 0.1, across: 0.15 },
      { back: 0, across: 0.15 },
    ],
    lineStop: 0.05,
  },
  square: {
    points: [
      { back: 0, across: -0.15 },
      { back: 0, across: 0.15 },
      { back: 0.3, across: 0.15 },
      { back: 0.3, across: -0.15 },
    ],
    lineStop: 0.15,
  },
  diamond: {
    points: [
      { back: 0.15, across: -0.15 },
      { back: 0.3, across: 0 },
      { back: 0.15, across: 0.15 },
      { back: 0, across: 0 },
    ],
    lineStop: 0.3,
  },
  chevron: {
    points: [
      { back: 0, across: 0 },
      { back: 0.15, across: -0.15 },
      { back: 0.2, across: -0.1 },
      { back: 0.1, across: 0 },
      { back: 0.2, across: 0.1 },
      { back: 0.15, across: 0.15 },
    ],
    lineStop: 0.1,
  },
};
const CIRCLE_ARROW_RADIUS = 0.15;

/** Cytoscape's arrow size for an edge width. */
export const arrowSize = (edgeWidth: number): number =>
  Math.max((edgeWidth * 13.37) ** 0.9, 29) * ARROW_SCALE;

/** An arrowhead's outline: a polygon or a circle, and how far back from the tip the line should end. */
export type ArrowHead =
  | { kind: 'polygon'; points: Point[]; lineStop: number }
  | { kind: 'circle'; centre: Point; radius: number; lineStop: number };

/**
 * The head of `shape` with its tip at `tip`, pointing along `direction` (a unit vector), `size` as
 * cytoscape sizes it (arrowSize); null for no arrow. The SVG export and the edge layer draw it alike.
 */
export const arrowHead = (
  shape: ArrowShape,
  tip: Point,
  direction: Point,
  size: number,
): ArrowHead | null => {
  if (shape === 'none') return null;
  if (shape === 'circle') {
    const radius = CIRCLE_ARROW_RADIUS * size;
    return {
      kind: 'circle',
      centre: { x: tip.x - direction.x * radius, y: tip.y - direction.y * radius },
      radius,
      lineStop: radius,
    };
  }
  const geometry = ARROWS[shape];
  // The side is the direction turned a quarter: (-y, x).
  const points = geometry.points.map(({ back, across }) => ({
    x: tip.x - direction.x * back * size - direction.y * across * size,
    y: tip.y - direction.y * back * size + direction.x * across * size,
  }));
  return { kind: 'polygon', points, lineStop: geometry.lineStop * size };
};
