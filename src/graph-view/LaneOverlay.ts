import type { Core } from 'cytoscape';
import { LANE_FRAME, laneFrame, type ChainLanes } from '../domain/layout/chainLanes';

const SVG = 'http://www.w3.org/2000/svg';

export interface LaneLabels {
  chainName: (chainId: string) => string;
  section: (section: ChainLanes['columns'][number]['section']) => string;
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
 * The chain-lane bands and column heads, drawn in an SVG under the map's canvas and moved with
 * the viewport. Text goes in through textContent only.
 */
export class LaneOverlay {
  private readonly svg: SVGSVGElement;
  private readonly layer: SVGGElement;
  private readonly follow = () => this.syncViewport();

  private cy: Core | null = null;

  constructor() {
    this.svg = svgElement('svg', { class: 'lane-overlay', 'aria-hidden': 'true' });
    this.layer = svgElement('g', {});
    this.svg.append(this.layer);
  }

  /**
   * Follows this instance's viewport (the map may be re-created with another renderer).
   * Destroying cytoscape empties its container, so the SVG goes back in each time.
   */
  attach(cy: Core): void {
    this.cy?.off('viewport', this.follow);
    if (!this.svg.isConnected) cy.container()?.prepend(this.svg);
    this.cy = cy;
    cy.on('viewport', this.follow);
  }

  show(lanes: ChainLanes | null, labels: LaneLabels): void {
    this.layer.replaceChildren();
    if (!lanes || lanes.columns.length === 0) return;
    const { x1: left, x2: right } = laneFrame(lanes);
    const { bandPad, nameBaseline, headBaseline } = LANE_FRAME;
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
      const name = svgElement('text', { x: left + 8, y: band.top - nameBaseline, class: 'lane-name' });
      name.textContent = labels.chainName(band.chainId);
      this.layer.append(name);
    });
    const top = (lanes.bands[0]?.top ?? 0) - headBaseline;
    for (const column of lanes.columns) {
      if (column.section === 'chain') continue;
      const head = svgElement('text', {
        x: (column.left + column.right) / 2,
        y: top,
        class: 'lane-head',
        'text-anchor': 'middle',
      });
      head.textContent = labels.section(column.section);
      this.layer.append(head);
    }
    if (lanes.bin) {
      this.layer.append(
        svgElement('rect', {
          x: left,
          y: lanes.bin.top,
          width: right - left,
          height: lanes.bin.bottom - lanes.bin.top,
          rx: 18,
          class: 'lane-bin',
        }),
      );
      const binName = svgElement('text', { x: left + 16, y: lanes.bin.top + 22, class: 'lane-name' });
      binName.textContent = labels.bin;
      this.layer.append(binName);
    }
    this.syncViewport();
  }

  private syncViewport(): void {
    if (!this.cy) return;
    const { x, y } = this.cy.pan();
    this.layer.setAttribute('transform', `translate(${x} ${y}) scale(${this.cy.zoom()})`);
  }

  dispose(): void {
    this.cy?.off('viewport', this.follow);
    this.svg.remove();
  }
}
