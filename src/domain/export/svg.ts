/**
 * The map as an SVG file, written from the legend model (our own writer: `cytoscape-svg` is GPL-3.0).
 * It draws what the map draws — node shapes, chain colours and pie slices, award rings, edges with
 * their relation's line, colour and arrow, labels in the CJK font stack — at the given positions,
 * in a viewBox fitted to the content, one model unit to one pixel. An aggregated map is written as
 * it is drawn: aggregates as circles, merged edges, and the members of opened groups.
 */
import {
  RING_SEPARATOR,
  edgeVisual,
  nodeVisual,
  ringExtent,
  type ArrowShape,
  type EdgeVisual,
  type Legend,
  type NodeShape,
  type NodeVisual,
  type VisibleElements,
} from '../legend';
import {
  aggregateEdgeVisual,
  aggregateNodeVisual,
  heaviestMergedEdge,
  mergedEdgeOpacity,
  type AggregatedView,
  type AggregateNode,
} from '../aggregate';
import type { Graph, GraphEdge, GraphNode } from '../graph/types';

export interface Point {
  x: number;
  y: number;
}

/** The map's aggregated view and its aggregates' labels, as the map shows them. */
export interface AggregatedSvg {
  view: AggregatedView;
  labelOf: (aggregate: AggregateNode) => string;
}

export interface MapSvgInput {
  graph: Graph;
  /** What the filters show; a node is drawn when it is visible and has a position. */
  visible: VisibleElements;
  /** When the map is aggregated: drawn instead of the visible graph (it is built from it). */
  aggregated?: AggregatedSvg;
  /** By node or aggregate id. */
  positions: ReadonlyMap<string, Point>;
  legend: Legend;
  /** The file's title element. */
  title: string;
}

export const SVG_FONT_STACK = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

const BACKGROUND = '#ffffff';
const LABEL_COLOR = '#1d2733';
const PADDING = 24;
/** The map's cytoscape style: parallel edges bow apart by this much, arrows are scaled by 0.9, edges drawn at 0.85. */
const PARALLEL_STEP = 40;
const ARROW_SCALE = 0.9;
const EDGE_OPACITY = 0.85;
const LABEL_GAP = 4;
const LABEL_MAX_WIDTH = 160;
const LABEL_OUTLINE = 2.5;

// ---------------------------------------------------------------------------------------------
// Text

/** Characters XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF): dropped, or the file would not parse. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\0-\x08\v\f\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const MAYBE_NOT_XML = /[\0-\x08\v\f\x0e-\x1f\ud800-\udfff\ufffe\uffff]/;
const MARKUP = /[&<>"']/g;

/** Safe as element text and inside a double- or single-quoted attribute. */
export const escapeXml = (text: string): string =>
  // The cheap test first: hardly any text holds such characters, and the exact pattern is slow on 250k strings.
  (MAYBE_NOT_XML.test(text) ? text.replace(NOT_XML, '') : text).replace(
    MARKUP,
    (char) => XML_ENTITIES[char] ?? char,
  );

/**
 * Wide (CJK, full-width) characters take about an em, narrow ones (spaces, brackets, stops) about
 * 0.3 em, others about 0.6 em, as measured in the stack's CJK fonts: enough to fit the viewBox and
 * cut long labels where the map cuts them, keeping an aggregate's "(count)" when the map does.
 */
const isWide = (code: number): boolean =>
  (code >= 0x2e80 && code <= 0xa4cf) ||
  (code >= 0xac00 && code <= 0xd7a3) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xfe30 && code <= 0xfe4f) ||
  (code >= 0xff00 && code <= 0xff60) ||
  code >= 0x20000;
/** The CJK fonts draw the middle dot of "chain · segment" and the ellipsis an em wide. */
const WIDE_PUNCTUATION = new Set(['·', '…']);
const NARROW = new Set([...' ()[]{}.,:;!|\'"iljI']);
const charWidth = (char: string, fontSize: number): number =>
  fontSize *
  (isWide(char.codePointAt(0) ?? 0) || WIDE_PUNCTUATION.has(char) ? 1 : NARROW.has(char) ? 0.3 : 0.6);
const textWidth = (text: string, fontSize: number): number =>
  [...text].reduce((sum, char) => sum + charWidth(char, fontSize), 0);

/** Cut to the map's maximum label width with an ellipsis, as the map does. */
const fitLabel = (text: string, fontSize: number, maxWidth: number): string => {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const room = maxWidth - charWidth('…', fontSize);
  let width = 0;
  let cut = '';
  for (const char of text) {
    width += charWidth(char, fontSize);
    if (width > room) break;
    cut += char;
  }
  return `${cut}…`;
};

/**
 * Tenths of a pixel, locale-free, never "-0". Written from integers: a big map has millions of
 * numbers, and integer-to-string is several times faster than formatting a double.
 */
const num = (value: number): string => {
  const tenths = Math.round(value * 10);
  const magnitude = Math.abs(tenths);
  const sign = tenths < 0 ? '-' : '';
  const fraction = magnitude % 10;
  return fraction === 0 ? `${sign}${magnitude / 10}` : `${sign}${(magnitude - fraction) / 10}.${fraction}`;
};

// ---------------------------------------------------------------------------------------------
// Node shapes, centred on (0, 0)

const polygonPoints = (points: readonly Point[]): string =>
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
const exitDistance = (shape: NodeShape, a: number, b: number, dx: number, dy: number): number => {
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
const shapeElement = (shape: NodeShape, width: number, height: number, attributes: string): string => {
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
const pieSlices = (colors: readonly string[], radius: number): string =>
  colors
    .map((color, index) => {
      const from = -Math.PI / 2 + (2 * Math.PI * index) / colors.length;
      const to = from + (2 * Math.PI) / colors.length;
      const start = `${num(radius * Math.cos(from))},${num(radius * Math.sin(from))}`;
      const end = `${num(radius * Math.cos(to))},${num(radius * Math.sin(to))}`;
      return `<path d="M0,0 L${start} A${num(radius)},${num(radius)} 0 0 1 ${end} Z" fill="${escapeXml(color)}"/>`;
    })
    .join('');

// ---------------------------------------------------------------------------------------------
// Geometry

const sub = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y });
const add = (a: Point, b: Point): Point => ({ x: a.x + b.x, y: a.y + b.y });
const scale = (a: Point, factor: number): Point => ({ x: a.x * factor, y: a.y * factor });
const unit = (a: Point): Point => {
  const length = Math.hypot(a.x, a.y);
  return length === 0 ? { x: 1, y: 0 } : scale(a, 1 / length);
};
/** A quarter turn, clockwise on screen. */
const perpendicular = (a: Point): Point => ({ x: -a.y, y: a.x });

/** How a label is set: the map's font size, weight and maximum width; a segment's sits inside its bar. */
interface LabelFont {
  size: number;
  bold: boolean;
  maxWidth: number;
  inside: boolean;
}

/** A real node or an aggregate, where and how it is drawn. */
interface DrawnNode {
  id: string;
  label: string;
  font: LabelFont;
  at: Point;
  visual: NodeVisual;
  /** The group's class: "node", or "node aggregate". */
  kind: string;
}

/** Where an edge leaving `from` towards `toward` meets the outside of its ring. */
const boundaryPoint = (from: DrawnNode, toward: Point): Point => {
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

// ---------------------------------------------------------------------------------------------
// Edges

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
const arrowSize = (edgeWidth: number): number => Math.max((edgeWidth * 13.37) ** 0.9, 29) * ARROW_SCALE;

/** The head's markup and how far back from the tip the line should end. */
const arrowHead = (
  shape: ArrowShape,
  tip: Point,
  direction: Point,
  size: number,
  color: string,
): { markup: string; lineStop: number } => {
  if (shape === 'none') return { markup: '', lineStop: 0 };
  const fill = escapeXml(color);
  if (shape === 'circle') {
    const centre = sub(tip, scale(direction, CIRCLE_ARROW_RADIUS * size));
    return {
      markup: `<circle cx="${num(centre.x)}" cy="${num(centre.y)}" r="${num(CIRCLE_ARROW_RADIUS * size)}" fill="${fill}"/>`,
      lineStop: CIRCLE_ARROW_RADIUS * size,
    };
  }
  const geometry = ARROWS[shape];
  const side = perpendicular(direction);
  const points = geometry.points.map(({ back, across }) =>
    add(sub(tip, scale(direction, back * size)), scale(side, across * size)),
  );
  return {
    markup: `<polygon points="${polygonPoints(points)}" fill="${fill}"/>`,
    lineStop: geometry.lineStop * size,
  };
};

const dashArray = (lineStyle: string, width: number): string => {
  if (lineStyle === 'dashed') return ' stroke-dasharray="6 3"';
  if (lineStyle === 'dotted') return ` stroke-dasharray="0 ${num(width * 2)}" stroke-linecap="round"`;
  return '';
};

/** An edge to draw: a real one, or a merged one between aggregates. */
interface EdgeToDraw {
  id: string;
  source: string;
  target: string;
  style: EdgeStyle;
  /** The group's class: "edge", or "edge aggregate". */
  kind: string;
  /** A merged edge's opacity by its weight; the map's common edge opacity otherwise. */
  opacity?: number;
}

/** Edges between the same two nodes bow apart, each by its place among them, as cytoscape's bezier edges do. */
const bowOffsets = (edges: readonly EdgeToDraw[]): Map<EdgeToDraw, number> => {
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

const edgeStyle = (visual: EdgeVisual): EdgeStyle => ({
  stroke: `stroke="${escapeXml(visual.color)}" stroke-width="${num(visual.width)}"${dashArray(visual.lineStyle, visual.width)}`,
  arrow: visual.arrow,
  arrowSize: arrowSize(visual.width),
  color: visual.color,
});

/** One style per relation and direction, worked out once rather than for each of 200k edges. */
const edgeStyles = (legend: Legend): ((edge: GraphEdge) => EdgeStyle) => {
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

const drawEdge = (edge: EdgeToDraw, source: DrawnNode, target: DrawnNode, bow: number): EdgeDrawing => {
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
  const head = arrowHead(style.arrow, tip, direction, style.arrowSize, style.color);
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

// ---------------------------------------------------------------------------------------------
// Nodes and labels

/** The map's label sizes (graph-view/stylesheet.ts): chains and national honours largest. */
const labelFont = (node: GraphNode): LabelFont => {
  const inside = node.type === 'segment';
  if (node.type === 'chain' || node.awardLevel === 'national')
    return { size: 17, bold: true, maxWidth: LABEL_MAX_WIDTH, inside };
  if (inside || node.awardLevel === 'provincial')
    return { size: 15, bold: false, maxWidth: LABEL_MAX_WIDTH, inside };
  return { size: 14, bold: false, maxWidth: LABEL_MAX_WIDTH, inside };
};
/** An aggregate's label: bold and large, as the map sets it to read at the zoom an overview is seen at. */
const AGGREGATE_FONT: LabelFont = { size: 24, bold: true, maxWidth: 260, inside: false };

const graphNode = (node: GraphNode, at: Point, legend: Legend): DrawnNode => ({
  id: node.id,
  label: node.name,
  font: labelFont(node),
  at,
  visual: nodeVisual(node, legend),
  kind: 'node',
});

/** Nodes that look alike share their drawn body; pie slices of one shape and size share a clip path. */
class NodeBodies {
  private readonly bodies = new Map<string, string>();
  private readonly clipIds = new Map<string, string>();
  private readonly clipDefinitions: string[] = [];

  /** Shape, pie slices and ring, centred on (0, 0). */
  bodyOf(visual: NodeVisual): string {
    const key = [
      visual.shape,
      visual.width,
      visual.size,
      visual.ringColor,
      visual.ringWidth,
      ...visual.colors,
    ].join('|');
    let body = this.bodies.get(key);
    if (body === undefined) {
      body = this.draw(visual);
      this.bodies.set(key, body);
    }
    return body;
  }

  private draw({
    shape,
    width,
    size: height,
    color,
    colors,
    ringColor,
    ringWidth,
    separatorWidth,
  }: NodeVisual): string {
    const parts = [shapeElement(shape, width, height, `fill="${escapeXml(color)}"`)];
    if (colors.length > 1) {
      parts.push(
        `<g clip-path="url(#${this.clipFor(shape, width, height)})">${pieSlices(colors, Math.min(width, height) / 2)}</g>`,
      );
    }
    if (ringColor !== null && ringWidth > 0) {
      // As the map draws it: a dark line on the outline, the ring just outside it.
      const grow = separatorWidth + ringWidth;
      parts.push(
        shapeElement(
          shape,
          width,
          height,
          `fill="none" stroke="${RING_SEPARATOR.color}" stroke-width="${num(separatorWidth)}"`,
        ),
        shapeElement(
          shape,
          width + grow,
          height + grow,
          `fill="none" stroke="${escapeXml(ringColor)}" stroke-width="${num(ringWidth)}"`,
        ),
      );
    }
    return parts.join('');
  }

  private clipFor(shape: NodeShape, width: number, height: number): string {
    const key = `${shape}|${width}|${height}`;
    let id = this.clipIds.get(key);
    if (id === undefined) {
      id = `clip-${this.clipIds.size}`;
      this.clipIds.set(key, id);
      this.clipDefinitions.push(`<clipPath id="${id}">${shapeElement(shape, width, height, '')}</clipPath>`);
    }
    return id;
  }

  defs(): string {
    return this.clipDefinitions.length > 0 ? `<defs>${this.clipDefinitions.join('')}</defs>` : '';
  }
}

const drawNode = ({ id, label, at, visual, kind }: DrawnNode, bodies: NodeBodies): string =>
  `<g class="${kind}" data-id="${escapeXml(id)}" transform="translate(${num(at.x)} ${num(at.y)})"><title>${escapeXml(label)}</title>${bodies.bodyOf(visual)}</g>`;

/** A label under its node (inside it for a segment bar), with the box it takes for the viewBox. */
const drawLabel = ({ id, label, font, at, visual }: DrawnNode): { markup: string; box: [Point, Point] } => {
  const text = fitLabel(label, font.size, font.maxWidth);
  const width = textWidth(text, font.size);
  const top = font.inside ? at.y - font.size / 2 : at.y + visual.size / 2 + ringExtent(visual) + LABEL_GAP;
  // An alphabetic baseline about 0.85 em under the top works in every SVG viewer, unlike dominant-baseline.
  const baseline = top + font.size * 0.85;
  const weight = font.bold ? ' font-weight="bold"' : '';
  const markup = `<text data-id="${escapeXml(id)}" x="${num(at.x)}" y="${num(baseline)}" font-size="${font.size}"${weight}>${escapeXml(text)}</text>`;
  return {
    markup,
    box: [
      { x: at.x - width / 2 - LABEL_OUTLINE, y: top - LABEL_OUTLINE },
      { x: at.x + width / 2 + LABEL_OUTLINE, y: top + font.size + LABEL_OUTLINE },
    ],
  };
};

// ---------------------------------------------------------------------------------------------

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

/** What the map draws where it has a position: the visible nodes, or the aggregates and the members of opened groups. */
const nodesToDraw = ({ graph, visible, aggregated, positions, legend }: MapSvgInput): DrawnNode[] => {
  const drawn: DrawnNode[] = [];
  if (!aggregated) {
    for (const node of graph.nodes) {
      const at = positions.get(node.id);
      if (at && visible.nodeIds.has(node.id)) drawn.push(graphNode(node, at, legend));
    }
    return drawn;
  }
  const { view, labelOf } = aggregated;
  const memberIds = new Set(view.nodes.flatMap((item) => (item.kind === 'node' ? [item.id] : [])));
  const members = new Map(
    graph.nodes.filter((node) => memberIds.has(node.id)).map((node) => [node.id, node]),
  );
  for (const item of view.nodes) {
    const at = positions.get(item.id);
    const member = members.get(item.id);
    if (!at) continue;
    if (item.kind === 'aggregate') {
      drawn.push({
        id: item.id,
        label: labelOf(item),
        font: AGGREGATE_FONT,
        at,
        visual: aggregateNodeVisual(item, legend),
        kind: 'node aggregate',
      });
    } else if (member) drawn.push(graphNode(member, at, legend));
  }
  return drawn;
};

/** The edges between drawn nodes: the visible ones, or the merged edges and the real ones between members of opened groups. */
const edgesToDraw = (
  { graph, visible, aggregated, legend }: MapSvgInput,
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
  if (!aggregated)
    return graph.edges.filter((edge) => visible.edgeIds.has(edge.id) && between(edge)).map(real);
  const { edges } = aggregated.view;
  const maxCount = heaviestMergedEdge(edges);
  const merged = edges.flatMap((item): EdgeToDraw[] =>
    item.kind === 'aggregate' && between(item)
      ? [
          {
            id: item.id,
            source: item.source,
            target: item.target,
            style: edgeStyle(aggregateEdgeVisual(item, legend)),
            kind: 'edge aggregate',
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

  const [x, y, width, height] = bounds.padded(PADDING);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(x)} ${num(y)} ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}">`,
    `<title>${escapeXml(input.title)}</title>`,
    bodies.defs(),
    `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" fill="${BACKGROUND}"/>`,
    `<g class="edges">${edgeMarkup.join('')}</g>`,
    `<g class="nodes">${nodeMarkup.join('')}</g>`,
    `<g class="labels" font-family="${escapeXml(SVG_FONT_STACK)}" fill="${LABEL_COLOR}" text-anchor="middle" stroke="${BACKGROUND}" stroke-width="${LABEL_OUTLINE * 2}" stroke-linejoin="round" paint-order="stroke">${labelMarkup.join('')}</g>`,
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
