import type { Point } from '../domain/layout';
import type { BulkEdge } from './EdgeLayer';
import { FONT_STACK } from './stylesheet';

/** A node's neighbourhood under the pointer on a big map: its drawn edges, and its name. */
export interface Highlight {
  node: string;
  edges: BulkEdge[];
  label: string;
}

/** Paints the highlight into a context in model coordinates: the edges twice as wide, the name beside the node in screen-sized type. */
export const paintHighlight = (
  context: CanvasRenderingContext2D,
  { node, edges, label }: Highlight,
  at: (id: string) => Point,
  zoom: number,
): void => {
  context.lineCap = 'round';
  context.globalAlpha = 1;
  for (const edge of edges) {
    const source = at(edge.source);
    const target = at(edge.target);
    context.strokeStyle = edge.color;
    context.lineWidth = Math.max(2 * edge.width, 2 / zoom);
    context.beginPath();
    context.moveTo(source.x, source.y);
    context.lineTo(target.x, target.y);
    context.stroke();
  }
  const centre = at(node);
  context.font = `${14 / zoom}px ${FONT_STACK}`;
  context.lineWidth = 3 / zoom;
  context.strokeStyle = '#ffffff';
  context.fillStyle = '#1d2733';
  context.strokeText(label, centre.x + 10 / zoom, centre.y - 10 / zoom);
  context.fillText(label, centre.x + 10 / zoom, centre.y - 10 / zoom);
};
