import type { Core } from 'cytoscape';
import { LANE_FRAME, laneFrame, type ChainLanes, type Point } from '../domain/layout';
import { FONT_STACK } from './stylesheet';

const SVG = 'http://www.w3.org/2000/svg';

export interface LaneLabels {
  chainName: (chainId: string) => string;
  section: (section: ChainLanes['columns'][number]['section']) => string;
  segmentName: (segmentId: string) => string;
  bin: string;
}

const svgElement = <K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] => {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
};

/**
 * The text sizes on screen, whatever the zoom (styles.css draws them at these sizes): a fitted map
 * of many lanes is zoomed far out, and names drawn in model units would shrink to a few pixels.
 */
const NAME_PX = 13;
const SEGMENT_PX = 12;
/** Room between two names side by side on screen, in pixels. */
const NAME_GAP = 6;
/** Between the lines of a name laid out in two. */
const LINE_PX = 14;

/** A name drawn at a fixed size on screen, placed from a point of the model each time the viewport moves. */
interface ScreenLabel {
  element: SVGTextElement;
  /** Where in the model it belongs: a fixed point, or a node's live position (a segment may be dragged). */
  anchor: () => Point | null;
  /** Offset on screen from the anchor, in pixels: of the last line's baseline. */
  dx: number;
  dy: number;
  /** The widest it may be on screen at `zoom`, for names that share their room; then `wrap` lays it out. */
  room?: (zoom: number) => number;
  wrap?: (width: number) => string[];
  /** The width last laid out, rounded: the lines are laid out again only when it changes. */
  laidOut?: number;
  /** Two lines sit round the anchor (a segment's bar), not above it (a column's head). */
  centred?: boolean;
}

/** Where a line may break: after a space, or around a CJK character. */
const BREAK = /(?<=\s)|(?=[\u2E80-\u9FFF\uFF00-\uFFEF])|(?<=[\u2E80-\u9FFF\uFF00-\uFFEF])/u;

/**
 * Lays text out in at most two lines of `width` pixels, broken between words or CJK characters,
 * the second cut with "…" when even two lines are too short. Widths come from a canvas in the same font.
 */
const wrapper = (text: string, font: string): ((width: number) => string[]) => {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return () => [text];
  context.font = font;
  const measure = (part: string) => context.measureText(part).width;
  const pieces = text.split(BREAK);
  const cut = (line: string, width: number) => {
    const characters = [...line];
    while (characters.length > 1 && measure(`${characters.join('')}…`) > width) characters.pop();
    return `${characters.join('').trimEnd()}…`;
  };
  return (width) => {
    if (measure(text) <= width) return [text];
    let first = '';
    let index = 0;
    while (index < pieces.length && measure(first + (pieces[index] ?? '')) <= width)
      first += pieces[index++] ?? '';
    if (first.trim() === '') return [cut(text, width)];
    const rest = pieces.slice(index).join('').trimStart();
    return [first.trimEnd(), measure(rest) <= width ? rest : cut(rest, width)];
  };
};

/**
 * The chain lanes: bands drawn in an SVG under the map's canvas, moved with the viewport; their
 * names, the column heads and the segments' names in a second SVG over it, at a fixed size on
 * screen, placed again whenever the viewport moves. Text goes in through textContent only.
 */
export class LaneOverlay {
  private readonly svg: SVGSVGElement;
  private readonly layer: SVGGElement;
  private readonly labelSvg: SVGSVGElement;
  private labels: ScreenLabel[] = [];
  private readonly follow = () => this.syncViewport();
  private frame = 0;
  private readonly followNode = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.syncViewport();
    });
  };

  private cy: Core | null = null;

  /** `positionOf`: a drawn node's spot, in cytoscape or on the node layer; null when it is not shown. */
  constructor(private readonly positionOf: (id: string) => Point | null) {
    this.svg = svgElement('svg', { class: 'lane-overlay', 'aria-hidden': 'true' });
    this.layer = svgElement('g', {});
    this.svg.append(this.layer);
    this.labelSvg = svgElement('svg', { class: 'lane-labels', 'aria-hidden': 'true' });
  }

  /**
   * Follows this instance's viewport (the map may be re-created with another renderer).
   * Destroying cytoscape empties its container, so the SVGs go back in each time.
   */
  attach(cy: Core): void {
    this.cy?.off('viewport', this.follow);
    this.cy?.off('position', 'node[type = "segment"]', this.followNode);
    const container = cy.container();
    if (!this.svg.isConnected) container?.prepend(this.svg);
    if (!this.labelSvg.isConnected) container?.append(this.labelSvg);
    this.cy = cy;
    cy.on('viewport', this.follow);
    cy.on('position', 'node[type = "segment"]', this.followNode);
  }

  show(lanes: ChainLanes | null, labels: LaneLabels): void {
    this.layer.replaceChildren();
    this.labelSvg.replaceChildren();
    this.labels = [];
    if (!lanes || lanes.columns.length === 0) return;
    const { x1: left, x2: right } = laneFrame(lanes);
    const { bandPad } = LANE_FRAME;
    // A lane's name sits just over its band's top edge, clear of the segments' names inside the band.
    const name = (text: string, anchor: Point) =>
      this.label(text, 'lane-name', { anchor: () => anchor, dx: 10, dy: -4 });
    lanes.bands.forEach((band, index) => {
      this.layer.append(
        svgElement('rect', {
          x: left,
          y: band.top - bandPad,
          width: right - left,
          height: band.bottom - band.top + 2 * bandPad,
          rx: 18,
          class: index % 2 === 0 ? 'lane-band' : 'lane-band alt',
        }),
      );
      name(labels.chainName(band.chainId), { x: left, y: band.top - bandPad });
    });
    const top = (lanes.bands[0]?.top ?? lanes.bin?.top ?? 0) - bandPad;
    for (const column of lanes.columns) {
      if (column.section === 'chain') continue;
      const anchor = { x: (column.left + column.right) / 2, y: top };
      const text = labels.section(column.section);
      const width = column.right - column.left + LANE_FRAME.columnRoom;
      this.label(text, 'lane-head', {
        anchor: () => anchor,
        dx: 0,
        dy: -NAME_PX,
        room: (zoom) => width * zoom - NAME_GAP,
        wrap: wrapper(text, `600 ${SEGMENT_PX}px ${FONT_STACK}`),
      });
    }
    this.showSegments(lanes, labels);
    if (lanes.bin) {
      this.layer.append(
        svgElement('rect', {
          x: left,
          y: lanes.bin.top - bandPad,
          width: right - left,
          height: lanes.bin.bottom - lanes.bin.top + 2 * bandPad,
          rx: 18,
          class: 'lane-bin',
        }),
      );
      name(labels.bin, { x: left, y: lanes.bin.top - bandPad });
    }
    this.syncViewport();
  }

  /** Each segment's name over its node, as wide as its block of members and the gap beside it. */
  private showSegments(lanes: ChainLanes, labels: LaneLabels): void {
    const font = `600 ${SEGMENT_PX}px ${FONT_STACK}`;
    for (const segment of lanes.segments) {
      const text = labels.segmentName(segment.id);
      const width = segment.right - segment.left + LANE_FRAME.segmentRoom;
      this.label(text, 'lane-segment', {
        anchor: () => this.positionOf(segment.id),
        dx: 0,
        dy: SEGMENT_PX * 0.35,
        room: (zoom) => width * zoom - NAME_GAP,
        wrap: wrapper(text, font),
        centred: true,
      });
    }
  }

  private label(text: string, className: string, placement: Omit<ScreenLabel, 'element'>): void {
    const element = svgElement('text', {
      class: className,
      'text-anchor': className === 'lane-name' ? 'start' : 'middle',
    });
    element.textContent = text;
    this.labelSvg.append(element);
    this.labels.push({ element, ...placement });
  }

  private syncViewport(): void {
    if (!this.cy) return;
    const { x, y } = this.cy.pan();
    const zoom = this.cy.zoom();
    this.layer.setAttribute('transform', `translate(${x} ${y}) scale(${zoom})`);
    for (const label of this.labels) {
      const anchor = label.anchor();
      label.element.style.display = anchor ? '' : 'none';
      if (!anchor) continue;
      const left = x + anchor.x * zoom + label.dx;
      const bottom = y + anchor.y * zoom + label.dy;
      label.element.setAttribute('x', String(left));
      label.element.setAttribute('y', String(bottom));
      if (label.room && label.wrap) this.layOut(label, label.room(zoom));
      const lines = [...label.element.children];
      const last = bottom + (label.centred ? ((lines.length - 1) * LINE_PX) / 2 : 0);
      for (const [index, line] of lines.entries()) {
        line.setAttribute('x', String(left));
        line.setAttribute('y', String(last - (lines.length - 1 - index) * LINE_PX));
      }
    }
  }

  /** The label's lines for this width, as tspans; the same lines are left alone. */
  private layOut(label: ScreenLabel, room: number): void {
    const width = Math.round(room);
    if (label.laidOut === width || !label.wrap) return;
    label.laidOut = width;
    const lines = label.wrap(width);
    const spans = [...label.element.children];
    if (lines.length === spans.length && lines.every((line, index) => spans[index]?.textContent === line))
      return;
    label.element.replaceChildren(
      ...lines.map((line) => {
        const span = svgElement('tspan', {});
        span.textContent = line;
        return span;
      }),
    );
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.cy?.off('viewport', this.follow);
    this.cy?.off('position', 'node[type = "segment"]', this.followNode);
    this.svg.remove();
    this.labelSvg.remove();
  }
}
