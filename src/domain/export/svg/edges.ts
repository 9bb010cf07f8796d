/** Edges in the SVG export: arrows, dashes, parallel bows, self-loops, and the markup of one edge. */
import {
  arrowHead,
  arrowSize,
  edgeVisual,
  type ArrowShape,
  type EdgeVisual,
  type Legend,
} from '../../legend';
import { type GraphEdge } from '../../graph/types';
import { escapeXml, num } from './text';
import { polygonPoints } from './shapes';
import { add, boundaryPoint, perpendicular, scale, sub, unit, type DrawnNode, type Point } from './geometry';

/** The map's cytoscape style: parallel edges bow apart by this much, edges drawn at 0.85. */
const PARALLEL_STEP = 40;
const EDGE_OPACITY = 0.85;

/** The head's markup and how far back from the tip the line should end. */
const arrowHeadMarkup = (
  shape: ArrowShape,
  tip: Point,
  direction: Point,
  size: number,
  color: string,
): { markup: string; lineStop: number } => {
  const head = arrowHead(shape, tip, direction, size);
  if (!head) return { markup: '', lineStop: 0 };
  const fill = escapeXml(color);
  const markup =
    head.kind === 'circle'
      ? `<circle cx="${num(head.centre.x)}" cy="${num(head.centre.y)}" r="${num(head.radius)}" fill="${fill}"/>`
      : `<polygon points="${polygonPoints(head.points)}" fill="${fill}"/>`;
  return { markup, lineStop: head.lineStop };
};

const dashArray = (lineStyle: string, width: number): string => {
  if (lineStyle === 'dashed') return ' stroke-dasharray="6 3"';
  if (lineStyle === 'dotted') return ` stroke-dasharray="0 ${num(width * 2)}" stroke-linecap="round"`;
  return '';
};

/** An edge to draw: a real one, or a merged one between groups. */
export interface EdgeToDraw {
  id: string;
  source: string;
  target: string;
  style: EdgeStyle;
  /** The group's class: "edge", or "edge group". */
  kind: string;
  /** A merged edge's opacity by its weight; the map's common edge opacity otherwise. */
  opacity?: number;
}

/** Edges between the same two nodes bow apart, each by its place among them, as cytoscape's bezier edges do. */
export const bowOffsets = (edges: readonly EdgeToDraw[]): Map<EdgeToDraw, number> => {
  const groups = new Map<string, EdgeToDraw[]>();
  for (const edge of edges) {
    const key =
      edge.source < edge.target ? `${edge.source}\u0000${edge.target}` : `${edge.target}\u0000${edge.source}`;
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  }
  const offsets = new Map<EdgeToDraw, number>();
  for (const group of groups.values()) {
    group.forEach((edge, index) => offsets.set(edge, (index - (group.length - 1) / 2) * PARALLEL_STEP));
  }
  return offsets;
};

interface EdgeDrawing {
  markup: string;
  /** Points the viewBox must hold: the ends and the curve's control point. */
  extent: Point[];
}

const selfLoop = (drawn: DrawnNode): { path: string; extent: Point[] } => {
  const { at, visual } = drawn;
  const top = at.y - visual.size / 2;
  const reach = Math.max(visual.size, 24);
  const start = { x: at.x - visual.width / 4, y: top };
  const end = { x: at.x + visual.width / 4, y: top };
  const c1 = { x: at.x - reach, y: top - reach };
  const c2 = { x: at.x + reach, y: top - reach };
  return {
    path: `M${num(start.x)},${num(start.y)} C${num(c1.x)},${num(c1.y)} ${num(c2.x)},${num(c2.y)} ${num(end.x)},${num(end.y)}`,
    extent: [start, c1, c2, end],
  };
};

interface EdgeStyle {
  stroke: string;
  arrow: ArrowShape;
  arrowSize: number;
  color: string;
}

export const edgeStyle = (visual: EdgeVisual): EdgeStyle => ({
  stroke: `stroke="${escapeXml(visual.color)}" stroke-width="${num(visual.width)}"${dashArray(visual.lineStyle, visual.width)}`,
  arrow: visual.arrow,
  arrowSize: arrowSize(visual.width),
  color: visual.color,
});

/** One style per relation and direction, worked out once rather than for each of 200k edges. */
export const edgeStyles = (legend: Legend): ((edge: GraphEdge) => EdgeStyle) => {
  const styles = new Map<string, EdgeStyle>();
  return (edge) => {
    const key = `${edge.directed ? '>' : '-'}${edge.relation}`;
    let style = styles.get(key);
    if (!style) {
      style = edgeStyle(edgeVisual(edge, legend));
      styles.set(key, style);
    }
    return style;
  };
};

export const drawEdge = (
  edge: EdgeToDraw,
  source: DrawnNode,
  target: DrawnNode,
  bow: number,
): EdgeDrawing => {
  const { style } = edge;
  const open = `<g class="${edge.kind}" data-id="${escapeXml(edge.id)}" opacity="${edge.opacity ?? EDGE_OPACITY}">`;
  if (source === target) {
    const loop = selfLoop(source);
    return { markup: `${open}<path d="${loop.path}" fill="none" ${style.stroke}/></g>`, extent: loop.extent };
  }
  // The bow is measured from the lower id's side, so a→b and b→a between the same pair part ways too.
  const [low, high] = edge.source < edge.target ? [source, target] : [target, source];
  const middle = scale(add(low.at, high.at), 0.5);
  const control = add(middle, scale(perpendicular(unit(sub(high.at, low.at))), bow));
  const start = boundaryPoint(source, control);
  const tip = boundaryPoint(target, control);
  const direction = unit(sub(tip, bow === 0 ? start : control));
  const head = arrowHeadMarkup(style.arrow, tip, direction, style.arrowSize, style.color);
  const end = sub(tip, scale(direction, head.lineStop));
  const path =
    bow === 0
      ? `M${num(start.x)},${num(start.y)} L${num(end.x)},${num(end.y)}`
      : `M${num(start.x)},${num(start.y)} Q${num(control.x)},${num(control.y)} ${num(end.x)},${num(end.y)}`;
  return {
    markup: `${open}<path d="${path}" fill="none" ${style.stroke}/>${head.markup}</g>`,
    extent: [start, tip, control],
  };
};
