import { arrowHead, type ArrowShape } from '../domain/legend';
import type { Point } from '../domain/layout';

/**
 * Adds an arrow head to the context's current path: on the line from `from` to `to`, its tip `reach`
 * model units short of `to` (the target node's edge), shaped and sized as cytoscape and the SVG
 * export draw it (domain arrowHead), so merged edges on the edge layer keep their direction. The
 * caller fills the path, which closes each head: no `closePath`, which in Chromium costs as much as
 * the path already holds (see nodeShapes.ts), and every head of a style goes into one path.
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
  if (length <= reach) return;
  const direction = { x: (to.x - from.x) / length, y: (to.y - from.y) / length };
  const tip = { x: to.x - direction.x * reach, y: to.y - direction.y * reach };
  const head = arrowHead(shape, tip, direction, size);
  if (!head) return;
  if (head.kind === 'circle') {
    context.moveTo(head.centre.x + head.radius, head.centre.y);
    context.arc(head.centre.x, head.centre.y, head.radius, 0, 2 * Math.PI);
    return;
  }
  head.points.forEach((point, index) => {
    if (index === 0) context.moveTo(point.x, point.y);
    else context.lineTo(point.x, point.y);
  });
};
