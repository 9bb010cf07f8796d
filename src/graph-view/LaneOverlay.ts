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
/** Room between two segments' names on screen, in pixels. */
const SEGMENT_NAME_GAP = 6;

/** A name drawn at a fixed size on screen, placed from a point of the model each time the viewport moves. */
interface ScreenLabel {
  element: SVGTextElement;
  /** Where in the model it belongs: a fixed point, or a node's live position (a segment may be dragged). */
  anchor: () => Point | null;
  /** Offset on screen from the anchor, in pixels. */
  dx: number;
  dy: number;
  /** The widest it may be on screen at `zoom`, for names that shrink with their block; then `fit` shortens it. */
  room?: (zoom: number) => number;
  fit?: (width: number) => string;
}

/** Cuts text to fit `width` pixels, ending in "…", from the widths of its prefixes. */
const fitter = (text: string, font: string): ((width: number) => string) => {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return () => text;
  context.font = font;
  const characters = [...text];
  const full = context.measureText(text).width;
  const ellipsis = context.measureText('…').width;
  const prefixes = characters.map(
    (_, index) => context.measureText(characters.slice(0, index + 1).join('')).width,
  );
  return (width) => {
    if (full <= width) return text;
    let count = 0;
    while (count < characters.length && (prefixes[count] ?? Infinity) + ellipsis <= width) count += 1;
    return `${characters.slice(0, Math.max(1, count)).join('')}…`;
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

  constructor() {
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
    // A lane's name sits on its band's top edge, like a fieldset's legend.
    const name = (text: string, anchor: Point) =>
      this.label(text, 'lane-name', { anchor: () => anchor, dx: 10, dy: NAME_PX * 0.35 });
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
      this.label(labels.section(column.section), 'lane-head', { anchor: () => anchor, dx: 0, dy: -NAME_PX });
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
        anchor: () => {
          const node = this.cy?.getElementById(segment.id);
          return node && node.nonempty() && node.visible() ? node.position() : null;
        },
        dx: 0,
        dy: SEGMENT_PX * 0.35,
        room: (zoom) => width * zoom - SEGMENT_NAME_GAP,
        fit: fitter(text, font),
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
      label.element.setAttribute('x', String(x + anchor.x * zoom + label.dx));
      label.element.setAttribute('y', String(y + anchor.y * zoom + label.dy));
      if (label.room && label.fit) {
        const fitted = label.fit(label.room(zoom));
        if (label.element.textContent !== fitted) label.element.textContent = fitted;
      }
    }
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.cy?.off('viewport', this.follow);
    this.cy?.off('position', 'node[type = "segment"]', this.followNode);
    this.svg.remove();
    this.labelSvg.remove();
  }
}
