import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { BackdropOutline } from '../domain/export/backdrop';
import {
  OUTLINE_LOOK,
  outlinePath,
  segmentOutline,
  type NodeBox,
  type Point,
  type SegmentGroups,
} from '../domain/layout';
import { svgElement } from './svgElement';
/** The members of the segment selected or under the pointer (stylesheet.ts gives them a halo). */
export const SEGMENT_MEMBER_CLASS = 'segment-member';

/** A node's box as the outline goes round it (its data gives its size). */
const boxOf = (node: NodeSingular): NodeBox => ({
  ...node.position(),
  width: Number(node.data('width')) || 0,
  height: Number(node.data('height')) || 0,
});

const outlineElement = (points: readonly Point[], color: string, active: boolean): SVGPathElement => {
  const look = active ? OUTLINE_LOOK.active : OUTLINE_LOOK.rest;
  return svgElement('path', {
    class: active ? 'segment-outline active' : 'segment-outline',
    d: outlinePath(points),
    fill: color,
    'fill-opacity': look.fillOpacity,
    stroke: color,
    'stroke-opacity': look.strokeOpacity,
    'stroke-width': look.width,
    'stroke-dasharray': look.dash.length === 0 ? 'none' : look.dash.join(' '),
    'stroke-linejoin': 'round',
    // Widths and dashes in screen pixels, whatever the zoom.
    'vector-effect': 'non-scaling-stroke',
  });
};

/**
 * Each segment and its members as one group on the map, on every layout: a soft outline in the
 * chain's colour, in an SVG under the map's canvas that moves with the viewport. The segment
 * selected or under the pointer gets a stronger outline and its members a halo. Outlines follow
 * the nodes (layouts, drags, filters) once per frame; they are no edges of the map.
 */
export class SegmentOutlines {
  private readonly svg: SVGSVGElement;
  private readonly layer: SVGGElement;
  private groups: SegmentGroups = new Map();
  /** The outlines drawn now, for the exports. */
  private drawn: BackdropOutline[] = [];
  private hovered: string | null = null;
  /** The segment whose members carry SEGMENT_MEMBER_CLASS now. */
  private marked: string | null = null;
  private frame = 0;
  private cy: Core | null = null;
  private readonly follow = () => this.syncViewport();
  private readonly redrawSoon = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  };
  private readonly hover = (event: EventObject) => {
    this.hovered = event.type === 'mouseover' ? (event.target as NodeSingular).id() : null;
    this.redrawSoon();
  };

  constructor() {
    this.svg = svgElement('svg', { class: 'segment-outlines', 'aria-hidden': 'true' });
    this.layer = svgElement('g', {});
    this.svg.append(this.layer);
  }

  /** Follows this instance (the map may be re-created with another renderer); the SVG goes back in each time. */
  attach(cy: Core): void {
    this.unwire();
    if (!this.svg.isConnected) cy.container()?.prepend(this.svg);
    this.cy = cy;
    this.marked = null;
    cy.on('viewport', this.follow);
    // Positions (layouts, drags), elements drawn or removed, and classes (filters, the layout's members).
    cy.on('position add remove style select unselect', this.redrawSoon);
    cy.on('mouseover mouseout', 'node[type = "segment"]', this.hover);
    this.redrawSoon();
  }

  private unwire(): void {
    this.cy?.off('viewport', this.follow);
    this.cy?.off('position add remove style select unselect', this.redrawSoon);
    this.cy?.off('mouseover mouseout', 'node[type = "segment"]', this.hover);
  }

  /** The groups to draw: segment id → its members' ids (store segmentGroupsOf); empty draws none. */
  show(groups: SegmentGroups): void {
    if (groups === this.groups) return;
    this.groups = groups;
    this.redrawSoon();
  }

  private active(): string | null {
    const { cy } = this;
    if (!cy) return null;
    if (this.hovered && this.groups.has(this.hovered)) return this.hovered;
    const selected = cy.$('node:selected');
    const id = selected.length === 1 ? selected.id() : null;
    return id !== null && this.groups.has(id) ? id : null;
  }

  private draw(): void {
    const { cy } = this;
    if (!cy) return;
    const active = this.active();
    this.markMembers(active);
    const paths: SVGPathElement[] = [];
    this.drawn = [];
    for (const [segmentId, memberIds] of this.groups) {
      const segment = cy.getElementById(segmentId);
      if (segment.empty() || !segment.visible()) continue;
      const members = memberIds
        .map((id) => cy.getElementById(id))
        .filter((node) => node.nonempty() && node.visible());
      if (members.length === 0) continue;
      const points = segmentOutline([segment, ...members].map((node) => boxOf(node as NodeSingular)));
      const color = String(segment.data('color'));
      this.drawn.push({ points, color });
      paths.push(outlineElement(points, color, segmentId === active));
    }
    // The active outline last, so its stroke lies over the others'.
    paths.sort((a, b) => Number(a.classList.contains('active')) - Number(b.classList.contains('active')));
    this.layer.replaceChildren(...paths);
    this.syncViewport();
  }

  /** The outlines as drawn now, in model units (the exports draw them with the map). */
  outlines(): BackdropOutline[] {
    return this.drawn;
  }

  private markMembers(active: string | null): void {
    const { cy } = this;
    if (!cy || active === this.marked) return;
    this.marked = active;
    cy.batch(() => {
      cy.$(`.${SEGMENT_MEMBER_CLASS}`).removeClass(SEGMENT_MEMBER_CLASS);
      for (const id of active === null ? [] : (this.groups.get(active) ?? []))
        cy.getElementById(id).addClass(SEGMENT_MEMBER_CLASS);
    });
  }

  private syncViewport(): void {
    if (!this.cy) return;
    const { x, y } = this.cy.pan();
    this.layer.setAttribute('transform', `translate(${x} ${y}) scale(${this.cy.zoom()})`);
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.unwire();
    this.svg.remove();
  }
}
