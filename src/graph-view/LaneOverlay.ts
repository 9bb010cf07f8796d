import type { Core } from 'cytoscape';
import {
  LANE_LOOK,
  labelRoom,
  laneLabels,
  laneRects,
  lineBaselines,
  wrapInTwoLines,
  type ChainLanes,
  type LaneLabel,
  type LaneNames,
  type LaneRect,
  type Point,
} from '../domain/layout';
import { FONT_STACK } from './stylesheet';
import { svgElement } from './svgElement';

/** A lane's band or the bin's box, in model units, in the lanes' look. */
const rectElement = (rect: LaneRect): SVGRectElement => {
  const box = {
    class: `lane-${rect.kind}`,
    x: rect.x,
    y: rect.y,
    width: rect.width,
    height: rect.height,
    rx: LANE_LOOK.cornerRadius,
  };
  if (rect.kind !== 'bin')
    return svgElement('rect', { ...box, fill: LANE_LOOK.bands[rect.kind === 'band' ? 0 : 1] });
  const { stroke, width, dash } = LANE_LOOK.bin;
  return svgElement('rect', {
    ...box,
    fill: 'none',
    stroke,
    'stroke-width': width,
    'stroke-dasharray': dash.join(' '),
    'vector-effect': 'non-scaling-stroke',
  });
};

/** A name drawn at a fixed size on screen, placed again each time the viewport moves. */
interface ScreenLabel {
  element: SVGTextElement;
  label: LaneLabel;
  wrap: (width: number) => string[];
  /** The width last laid out, rounded: the lines are laid out again only when it changes. */
  laidOut?: number;
}

/** One canvas measures every name: its font is set before each measure. */
let measuring: CanvasRenderingContext2D | null | undefined;

/** Lays a name out in at most two lines, measured in its own font. */
const wrapper = (text: string, font: string): ((width: number) => string[]) => {
  measuring ??= document.createElement('canvas').getContext('2d');
  const context = measuring;
  if (!context) return () => [text];
  return (width) => {
    context.font = font;
    return wrapInTwoLines(text, width, (part) => context.measureText(part).width);
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
    const { color, width } = LANE_LOOK.halo;
    this.labelSvg = svgElement('svg', {
      class: 'lane-labels',
      'aria-hidden': 'true',
      'font-family': FONT_STACK,
      stroke: color,
      'stroke-width': width,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    });
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

  show(lanes: ChainLanes | null, names: LaneNames): void {
    this.layer.replaceChildren(...(lanes ? laneRects(lanes) : []).map(rectElement));
    this.labels = (lanes ? laneLabels(lanes, names) : []).map((label) => {
      const { size, weight, color } = LANE_LOOK.text[label.kind];
      const element = svgElement('text', {
        class: label.kind,
        'text-anchor': label.kind === 'lane-name' ? 'start' : 'middle',
        'font-size': size,
        'font-weight': weight,
        fill: color,
      });
      element.textContent = label.text;
      const wrap =
        label.room === undefined
          ? () => [label.text]
          : wrapper(label.text, `${weight} ${size}px ${FONT_STACK}`);
      return { element, label, wrap };
    });
    this.labelSvg.replaceChildren(...this.labels.map((label) => label.element));
    this.syncViewport();
  }

  private syncViewport(): void {
    if (!this.cy) return;
    const { x, y } = this.cy.pan();
    const zoom = this.cy.zoom();
    this.layer.setAttribute('transform', `translate(${x} ${y}) scale(${zoom})`);
    for (const screen of this.labels) {
      const { element, label } = screen;
      const anchor = 'node' in label.anchor ? this.positionOf(label.anchor.node) : label.anchor;
      element.style.display = anchor ? '' : 'none';
      if (!anchor) continue;
      const onScreen = { x: x + anchor.x * zoom, y: y + anchor.y * zoom };
      if (label.room !== undefined) this.layOut(screen, labelRoom(label, zoom));
      const lines = [...element.children];
      const baselines = lineBaselines(label, onScreen, Math.max(1, lines.length));
      const first = baselines.at(-1) ?? onScreen;
      element.setAttribute('x', String(first.x));
      element.setAttribute('y', String(first.y));
      for (const [index, line] of lines.entries()) {
        const at = baselines[index] ?? first;
        line.setAttribute('x', String(at.x));
        line.setAttribute('y', String(at.y));
      }
    }
  }

  /** The label's lines for this width, as tspans; the same lines are left alone. */
  private layOut(screen: ScreenLabel, room: number): void {
    const width = Math.round(room);
    if (screen.laidOut === width) return;
    screen.laidOut = width;
    const lines = screen.wrap(width);
    const spans = [...screen.element.children];
    if (lines.length === spans.length && lines.every((line, index) => spans[index]?.textContent === line))
      return;
    screen.element.replaceChildren(
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
