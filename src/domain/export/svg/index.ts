/**
 * The map as an SVG file, written from the legend model (our own writer: `cytoscape-svg` is GPL-3.0).
 * It draws what the map draws — node shapes, chain colours and pie slices, award rings, edges with
 * their relation's line, colour and arrow, labels in the CJK font stack — at the given positions,
 * in a viewBox fitted to the content, one model unit to one pixel. A grouped map is written as
 * it is drawn: groups as circles, merged edges, and the members of opened groups. The chain lanes
 * and the segments' outlines go round the nodes as the map draws them (backdrop.ts).
 */
import { ringExtent, type Legend, type VisibleElements } from '../../legend';
import {
  groupEdgeVisual,
  groupNodeVisual,
  heaviestMergedEdge,
  mergedEdgeOpacity,
  type GroupedView,
  type GroupNode,
} from '../../group';
import { type Graph, type GraphEdge } from '../../graph/types';
import { escapeXml, num } from './text';
import { add, sub, type DrawnNode, type Point } from './geometry';
import { type EdgeToDraw, bowOffsets, edgeStyle, edgeStyles, drawEdge } from './edges';
import { GROUP_FONT, drawLabel, drawNode, graphNode, LABEL_OUTLINE, NodeBodies } from './nodes';
import { backdropMarkup } from './backdrop';
import type { Backdrop } from '../backdrop';

export { escapeXml } from './text';
export type { Point } from './geometry';

/** The map's grouped view and its groups' labels, as the map shows them. */
export interface GroupedSvg {
  view: GroupedView;
  labelOf: (group: GroupNode) => string;
}

export interface MapSvgInput {
  graph: Graph;
  /** What the filters show; a node is drawn when it is visible and has a position. */
  visible: VisibleElements;
  /** When the map is grouped: drawn instead of the visible graph (it is built from it). */
  grouped?: GroupedSvg;
  /** By node or group id. */
  positions: ReadonlyMap<string, Point>;
  legend: Legend;
  /** The file's title element. */
  title: string;
  /** A line written above the map (the fictional example says so); none when absent. */
  marker?: string;
  /** The chain lanes and segment outlines the map draws round its nodes; none when absent. */
  backdrop?: Backdrop;
  /**
   * The model rectangle to show, as a camera on the map shows it, on a clear ground (the map's own
   * first picture, app/firstPicture.ts); when absent, the content's bounds on white.
   */
  view?: { x: number; y: number; width: number; height: number };
}

export const SVG_FONT_STACK = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

const BACKGROUND = '#ffffff';
const LABEL_COLOR = '#1d2733';
const PADDING = 24;
const MARKER_SIZE = 16;

class Bounds {
  minX = Infinity;
  minY = Infinity;
  maxX = -Infinity;
  maxY = -Infinity;

  include(point: Point): void {
    this.minX = Math.min(this.minX, point.x);
    this.minY = Math.min(this.minY, point.y);
    this.maxX = Math.max(this.maxX, point.x);
    this.maxY = Math.max(this.maxY, point.y);
  }

  /** x, y, width, height with padding; a small square around the origin when nothing was drawn. */
  padded(padding: number): [number, number, number, number] {
    if (!Number.isFinite(this.minX)) return [-padding, -padding, 2 * padding, 2 * padding];
    return [
      this.minX - padding,
      this.minY - padding,
      this.maxX - this.minX + 2 * padding,
      this.maxY - this.minY + 2 * padding,
    ];
  }
}

/** What the map draws where it has a position: the visible nodes, or the groups and the members of opened groups. */
const nodesToDraw = ({ graph, visible, grouped, positions, legend }: MapSvgInput): DrawnNode[] => {
  const drawn: DrawnNode[] = [];
  if (!grouped) {
    for (const node of graph.nodes) {
      const at = positions.get(node.id);
      if (at && visible.nodeIds.has(node.id)) drawn.push(graphNode(node, at, legend));
    }
    return drawn;
  }
  const { view, labelOf } = grouped;
  const memberIds = new Set(view.nodes.flatMap((item) => (item.kind === 'node' ? [item.id] : [])));
  const members = new Map(
    graph.nodes.filter((node) => memberIds.has(node.id)).map((node) => [node.id, node]),
  );
  for (const item of view.nodes) {
    const at = positions.get(item.id);
    const member = members.get(item.id);
    if (!at) continue;
    if (item.kind === 'group') {
      drawn.push({
        id: item.id,
        label: labelOf(item),
        font: GROUP_FONT,
        at,
        visual: groupNodeVisual(item, legend),
        kind: 'node group',
      });
    } else if (member) drawn.push(graphNode(member, at, legend));
  }
  return drawn;
};

/** The edges between drawn nodes: the visible ones, or the merged edges and the real ones between members of opened groups. */
const edgesToDraw = (
  { graph, visible, grouped, legend }: MapSvgInput,
  drawn: ReadonlyMap<string, DrawnNode>,
): EdgeToDraw[] => {
  const styleOf = edgeStyles(legend);
  const between = (edge: { source: string; target: string }): boolean =>
    drawn.has(edge.source) && drawn.has(edge.target);
  const real = (edge: GraphEdge): EdgeToDraw => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    style: styleOf(edge),
    kind: 'edge',
  });
  if (!grouped) return graph.edges.filter((edge) => visible.edgeIds.has(edge.id) && between(edge)).map(real);
  const { edges } = grouped.view;
  const maxCount = heaviestMergedEdge(edges);
  const merged = edges.flatMap((item): EdgeToDraw[] =>
    item.kind === 'group' && between(item)
      ? [
          {
            id: item.id,
            source: item.source,
            target: item.target,
            style: edgeStyle(groupEdgeVisual(item, legend)),
            kind: 'edge group',
            opacity: mergedEdgeOpacity(item.count, maxCount),
          },
        ]
      : [],
  );
  const realIds = new Set(edges.flatMap((item) => (item.kind === 'edge' ? [item.id] : [])));
  return [...merged, ...graph.edges.filter((edge) => realIds.has(edge.id) && between(edge)).map(real)];
};

/** Elements written between two pauses of mapSvgSteps. */
const ELEMENTS_PER_STEP = 1000;

/**
 * The writer in steps: it pauses (yields) every ELEMENTS_PER_STEP elements, so a caller can give
 * the browser a frame while 50k nodes and 200k edges are written; the SVG text is its return value.
 */
export function* mapSvgSteps(input: MapSvgInput): Generator<void, string, void> {
  const bounds = new Bounds();
  const drawn = new Map<string, DrawnNode>();
  for (const node of nodesToDraw(input)) {
    drawn.set(node.id, node);
    const { at, visual } = node;
    const half = { x: visual.width / 2 + ringExtent(visual), y: visual.size / 2 + ringExtent(visual) };
    bounds.include(sub(at, half));
    bounds.include(add(at, half));
  }
  yield;

  const edges = edgesToDraw(input, drawn);
  const bows = bowOffsets(edges);
  const edgeMarkup: string[] = [];
  for (const edge of edges) {
    const source = drawn.get(edge.source);
    const target = drawn.get(edge.target);
    if (!source || !target) continue;
    const drawing = drawEdge(edge, source, target, bows.get(edge) ?? 0);
    drawing.extent.forEach((point) => bounds.include(point));
    edgeMarkup.push(drawing.markup);
    if (edgeMarkup.length % ELEMENTS_PER_STEP === 0) yield;
  }

  const bodies = new NodeBodies();
  const nodeMarkup: string[] = [];
  const labelMarkup: string[] = [];
  for (const node of drawn.values()) {
    nodeMarkup.push(drawNode(node, bodies));
    const label = drawLabel(node);
    label.box.forEach((point) => bounds.include(point));
    labelMarkup.push(label.markup);
    if (nodeMarkup.length % ELEMENTS_PER_STEP === 0) yield;
  }

  const backdrop = input.backdrop
    ? backdropMarkup(input.backdrop, SVG_FONT_STACK)
    : { under: '', over: '', extent: [] };
  backdrop.extent.forEach((point) => bounds.include(point));

  if (input.marker && Number.isFinite(bounds.minX))
    bounds.include({ x: bounds.minX, y: bounds.minY - MARKER_SIZE * 2 });
  const { view } = input;
  const [x, y, width, height] = view ? [view.x, view.y, view.width, view.height] : bounds.padded(PADDING);
  const marker = input.marker
    ? `<text x="${num(x + PADDING)}" y="${num(y + PADDING + MARKER_SIZE)}" font-family="${escapeXml(SVG_FONT_STACK)}" font-size="${MARKER_SIZE}" font-weight="600" fill="#5c4100">${escapeXml(input.marker)}</text>`
    : '';
  const labelLook = `font-family="${escapeXml(SVG_FONT_STACK)}" fill="${LABEL_COLOR}" text-anchor="middle" stroke="${BACKGROUND}" stroke-width="${LABEL_OUTLINE * 2}" stroke-linejoin="round" paint-order="stroke"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(x)} ${num(y)} ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}">`,
    `<title>${escapeXml(input.title)}</title>`,
    bodies.defs(),
    ...(view
      ? []
      : [
          `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" fill="${BACKGROUND}"/>`,
        ]),
    ...(backdrop.under ? [backdrop.under] : []),
    `<g class="edges">${edgeMarkup.join('')}</g>`,
    // As a view of the map, each label goes with its node, as cytoscape draws them: a node over
    // another's label hides it. A file has its labels over every node.
    ...(view
      ? [
          `<g class="nodes">${nodeMarkup.map((body, index) => `${body}<g ${labelLook}>${labelMarkup[index] ?? ''}</g>`).join('')}</g>`,
        ]
      : [
          `<g class="nodes">${nodeMarkup.join('')}</g>`,
          ...(marker ? [marker] : []),
          `<g class="labels" ${labelLook}>${labelMarkup.join('')}</g>`,
        ]),
    ...(backdrop.over ? [backdrop.over] : []),
    '</svg>',
    '',
  ].join('\n');
}

/** The whole SVG at once. */
export const writeMapSvg = (input: MapSvgInput): string => {
  const steps = mapSvgSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
};
