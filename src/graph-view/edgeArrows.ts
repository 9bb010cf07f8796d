import type { ArrowShape } from '../domain/legend';
import type { Point } from '../domain/layout';

/** An arrow head's size in model units for a line this wide, as cytoscape sizes its own ('arrow-scale' 0.9). */
export const arrowSize = (width: number): number => Math.max(Math.pow(width * 13.37, 0.9), 29) * 0.9;

/**
 * The outline of an arrow head pointing along +x with its tip at the origin, as cytoscape draws the
 * shape (length about 0.3 of the size, half as wide); null for a shape drawn as a circle or for none.
 */
const outline = (shape: ArrowShape, size: number): [number, number][] | null => {
  const long = 0.3 * size;
  const half = 0.15 * size;
  switch (shape) {
    case 'triangle':
      return [
        [0, 0],
        [-long, half],
        [-long, -half],
      ];
    case 'vee':
    case 'chevron':
      return [
        [0, 0],
        [-long, half],
        [-0.6 * long, 0],
        [-long, -half],
      ];
    case 'diamond':
      return [
        [0, 0],
        [-long / 2, half],
        [-long, 0],
        [-long / 2, -half],
      ];
    case 'square':
      return [
        [0, half],
        [-2 * half, half],
        [-2 * half, -half],
        [0, -half],
      ];
    case 'tee':
      return [
        [0, half],
        [-half / 2, half],
        [-half / 2, -half],
        [0, -half],
      ];
    default:
      return null;
  }
};

/**
 * Adds an arrow head to the context's current path: on the line from `from` to `to`, its tip `reach`
 * model units short of `to` (the target node's edge), so merged edges on the edge layer keep the
 * direction cytoscape drew for them. The caller fills the path.
 */
export const addArrowHead = (
  context: CanvasRenderingContext2D,
  shape: ArrowShape,
  from: Point,
  to: Point,
  reach: number,
  size: number,
): void => {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length <= reach || shape === 'none') return;
  const cos = (to.x - from.x) / length;
  const sin = (to.y - from.y) / length;
  const tip = { x: to.x - cos * reach, y: to.y - sin * reach };
  const at = ([x, y]: [number, number]) => [tip.x + x * cos - y * sin, tip.y + x * sin + y * cos] as const;
  const points = outline(shape, size);
  if (!points) {
    const radius = 0.15 * size;
    const [x, y] = at([-radius, 0]);
    context.moveTo(x + radius, y);
    context.arc(x, y, radius, 0, 2 * Math.PI);
    return;
  }
  points.forEach((point, index) => {
    const [x, y] = at(point);
    if (index === 0) context.moveTo(x, y);
    else context.lineTo(x, y);
  });
  context.closePath();
};
