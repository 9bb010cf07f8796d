/** Plane geometry of the SVG export: points, and where a line leaves a node’s shape. */
import { ringExtent, type NodeVisual } from '../../legend';
import { exitDistance } from './shapes';

export interface Point {
  x: number;
  y: number;
}

export const sub = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y });
export const add = (a: Point, b: Point): Point => ({ x: a.x + b.x, y: a.y + b.y });
export const scale = (a: Point, factor: number): Point => ({ x: a.x * factor, y: a.y * factor });
export const unit = (a: Point): Point => {
  const length = Math.hypot(a.x, a.y);
  return length === 0 ? { x: 1, y: 0 } : scale(a, 1 / length);
};
/** A quarter turn, clockwise on screen. */
export const perpendicular = (a: Point): Point => ({ x: -a.y, y: a.x });

/** How a label is set: the map's font size, weight and maximum width; a segment's sits inside its bar. */
export interface LabelFont {
  size: number;
  bold: boolean;
  maxWidth: number;
  inside: boolean;
}

/** A real node or a group, where and how it is drawn. */
export interface DrawnNode {
  id: string;
  label: string;
  font: LabelFont;
  at: Point;
  visual: NodeVisual;
  /** The group's class: "node", or "node group". */
  kind: string;
}

/** Where an edge leaving `from` towards `toward` meets the outside of its ring. */
export const boundaryPoint = (from: DrawnNode, toward: Point): Point => {
  const { shape, width, size } = from.visual;
  const direction = unit(sub(toward, from.at));
  return add(
    from.at,
    scale(
      direction,
      exitDistance(shape, width / 2, size / 2, direction.x, direction.y) + ringExtent(from.visual),
    ),
  );
};
