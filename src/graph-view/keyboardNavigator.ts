import type { Core } from 'cytoscape';
import type { Graph } from '../domain/graph/types';
import { directionWording, neighbours, type Direction } from '../domain/graph/neighbourhood';
import { nearestInDirection, type ArrowDirection } from '../domain/layout';
import { translate, translateValue, type Lang } from '../i18n';
import { adjacencyOf, nodesByIdOf } from '../store/derived';
import { onScreen } from '../domain/viewport';
import { moveCamera } from './cameraControl';
import type { DrawnNode, DrawnNodes } from './drawnNodes';

const ARROWS: Record<string, ArrowDirection> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
const ZOOM_STEP = 1.25;
/** The camera follows a focused node that comes nearer the map's edge than this share of its size. */
const FOLLOW_MARGIN = 0.12;

export interface KeyboardNavigatorCallbacks {
  cy: () => Core;
  /** The nodes drawn, in cytoscape or on the node layer. */
  nodes: () => DrawnNodes;
  graph: () => Graph;
  lang: () => Lang;
  selected: () => string | null;
  /** Enter on a node: its Details. */
  open: (id: string) => void;
  /** Enter on a group: it opens. */
  openGroup: (id: string) => void;
  fit: () => void;
  /** Says the text in the map's aria-live region. */
  announce: (text: string) => void;
}

interface Step {
  id: string;
  relation: string;
  direction: Direction;
}

/**
 * The map by keyboard, on the map's one Tab stop: arrows move to the nearest node that way, `]` / `[`
 * step through the current node's neighbours (grouped by relation, as Details lists them), Enter
 * opens Details (or the group), Esc goes back, + / − zoom and 0 fits. The focused node wears a ring
 * and stays in view; each move is announced.
 */
export class KeyboardNavigator {
  private focused: string | null = null;
  /** The node whose neighbours `[` / `]` step through, while they do. */
  private hub: string | null = null;
  /** Where `]` stands in each hub's neighbours, so coming back continues from there. */
  private readonly cursors = new Map<string, number>();
  /** Nodes opened from a hub's neighbours: Esc returns to them. */
  private readonly back: string[] = [];
  private graphSeen: Graph | null = null;

  constructor(
    private readonly element: HTMLElement,
    private readonly callbacks: KeyboardNavigatorCallbacks,
  ) {
    element.addEventListener('keydown', this.onKey);
    element.addEventListener('focus', this.onFocus);
    element.addEventListener('blur', this.onBlur);
  }

  private get cy(): Core {
    return this.callbacks.cy();
  }

  private drawn(id: string | null): DrawnNode | null {
    return id === null ? null : this.callbacks.nodes().get(id);
  }

  /** Where a node is on screen. */
  private rendered(node: DrawnNode) {
    const { cy } = this;
    return onScreen({ zoom: cy.zoom(), pan: cy.pan() }, node.position);
  }

  private readonly onFocus = (): void => {
    const graph = this.callbacks.graph();
    if (graph !== this.graphSeen) {
      this.graphSeen = graph;
      this.cursors.clear();
      this.back.length = 0;
      this.hub = null;
    }
    const start =
      this.drawn(this.focused) ?? this.drawn(this.callbacks.selected()) ?? this.nodeNearestCentre();
    if (start) this.moveTo(start.id, null);
  };

  private readonly onBlur = (): void => {
    this.callbacks.nodes().setFocus(null);
  };

  private nodeNearestCentre(): DrawnNode | null {
    const { cy } = this;
    const pan = cy.pan();
    const zoom = cy.zoom();
    const centre = { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
    let best: DrawnNode | null = null;
    let bestDistance = Infinity;
    for (const node of this.callbacks.nodes().all()) {
      const { x, y } = node.position;
      const distance = Math.hypot(x - centre.x, y - centre.y);
      if (distance < bestDistance) {
        best = node;
        bestDistance = distance;
      }
    }
    return best;
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const handled = this.handle(event.key);
    if (!handled) return;
    event.preventDefault();
    // The page's own shortcuts (+ / − depth, Esc, F…) must not act on a key the map took.
    event.stopPropagation();
  };

  private handle(key: string): boolean {
    const current = this.drawn(this.focused);
    const arrow = ARROWS[key];
    if (arrow) {
      if (!current) return this.restart();
      const candidates = this.callbacks
        .nodes()
        .all()
        .filter((node) => node.id !== current.id);
      const next = nearestInDirection(current.position, candidates, arrow);
      this.hub = null;
      if (next) this.moveTo(next, null);
      else this.callbacks.announce(translate(this.callbacks.lang(), 'map.keys.noneThatWay'));
      return true;
    }
    switch (key) {
      case ']':
      case '[':
        if (!current) return this.restart();
        this.step(current.id, key === ']' ? 1 : -1);
        return true;
      case 'Enter':
        if (!current) return this.restart();
        if (current.isGroup) this.callbacks.openGroup(current.id);
        else {
          this.callbacks.open(current.id);
          if (this.hub !== null && this.hub !== current.id) this.back.push(this.hub);
          this.hub = null;
        }
        return true;
      case 'Escape':
        return this.goBack();
      case '+':
      case '=':
        this.zoomBy(ZOOM_STEP);
        return true;
      case '-':
      case '−':
        this.zoomBy(1 / ZOOM_STEP);
        return true;
      case '0':
        this.callbacks.fit();
        return true;
      default:
        return false;
    }
  }

  /** The focused node is gone (filtered, redrawn): start again from the selection or the centre. */
  private restart(): boolean {
    this.onFocus();
    return true;
  }

  private step(from: string, by: 1 | -1): void {
    const hub = this.hub ?? from;
    const steps = this.neighbourSteps(hub);
    if (steps.length === 0) {
      this.callbacks.announce(translate(this.callbacks.lang(), 'map.keys.noNeighbours'));
      return;
    }
    const before = this.cursors.get(hub) ?? (by === 1 ? -1 : 0);
    const index = (((before + by) % steps.length) + steps.length) % steps.length;
    this.cursors.set(hub, index);
    this.hub = hub;
    const step = steps[index];
    if (step) this.moveTo(step.id, { ...step, from: hub, index, count: steps.length });
  }

  /** The hub's drawn neighbours, one relation after another, as Details lists them. */
  private neighbourSteps(hub: string): Step[] {
    const graph = this.callbacks.graph();
    if (nodesByIdOf(graph).has(hub))
      return neighbours(adjacencyOf(graph), hub).flatMap((group) =>
        group.links
          .filter((link) => this.drawn(link.node.id))
          .map((link) => ({ id: link.node.id, relation: group.relation, direction: group.direction })),
      );
    // A group (groups are always cytoscape's): its merged edges, on the edge layer.
    if (!this.drawn(hub)) return [];
    return this.callbacks
      .nodes()
      .linksOf(hub)
      .map((link) => ({ ...link, direction: 'undirected' as const }));
  }

  private goBack(): boolean {
    if (this.hub !== null && this.hub !== this.focused && this.drawn(this.hub)) {
      const hub = this.hub;
      this.hub = null;
      this.moveTo(hub, null);
      return true;
    }
    const previous = this.back.pop();
    if (previous !== undefined && this.drawn(previous)) {
      this.hub = null;
      this.moveTo(previous, null);
      return true;
    }
    // Nothing to go back to: Esc is the page's (clear the selection).
    return false;
  }

  private zoomBy(factor: number): void {
    const { cy } = this;
    const node = this.drawn(this.focused);
    const at = node ? this.rendered(node) : { x: cy.width() / 2, y: cy.height() / 2 };
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: at });
  }

  private moveTo(id: string, via: (Step & { from: string; index: number; count: number }) | null): void {
    const node = this.drawn(id);
    if (!node) return;
    this.callbacks.nodes().setFocus(id);
    this.focused = id;
    this.follow(node);
    this.callbacks.announce(this.describe(node, via));
  }

  /** Brings the node into view when it is off the map or near its edge, at the same zoom. */
  private follow(node: DrawnNode): void {
    const { cy } = this;
    const { x, y } = this.rendered(node);
    const [width, height] = [cy.width(), cy.height()];
    const inside =
      x > width * FOLLOW_MARGIN &&
      x < width * (1 - FOLLOW_MARGIN) &&
      y > height * FOLLOW_MARGIN &&
      y < height * (1 - FOLLOW_MARGIN);
    if (inside) return;
    const zoom = cy.zoom();
    const { position } = node;
    cy.stop(true);
    moveCamera(cy, { zoom, pan: { x: width / 2 - position.x * zoom, y: height / 2 - position.y * zoom } });
  }

  private describe(node: DrawnNode, via: (Step & { from: string; index: number; count: number }) | null) {
    const lang = this.callbacks.lang();
    const graph = this.callbacks.graph();
    const byId = nodesByIdOf(graph);
    const model = byId.get(node.id);
    const parts: string[] = [];
    if (via) {
      const relation = translateValue(lang, 'relation', via.relation);
      const wording = directionWording(via.relation, via.direction) ?? 'undirected';
      const nameOf = (id: string) => byId.get(id)?.name ?? id;
      const tie = translate(lang, `map.keys.tie.${wording}`, {
        relation,
        hub: nameOf(via.from),
        other: nameOf(node.id),
      });
      parts.push(translate(lang, 'map.keys.via', { tie, index: via.index + 1, count: via.count }));
    }
    if (!model) {
      parts.push(translate(lang, 'map.keys.group', { name: node.label }));
    } else {
      parts.push(
        translate(lang, 'map.keys.nameType', {
          name: model.name,
          type: translateValue(lang, 'type', model.type),
        }),
      );
      if (model.sectors.length > 0)
        parts.push(
          translate(lang, 'map.keys.chains', {
            chains: model.sectors.map((sector) => byId.get(sector)?.name ?? sector).join(', '),
          }),
        );
      if (model.awardLevel !== 'none')
        parts.push(
          translate(lang, 'map.keys.honour', { level: translateValue(lang, 'level', model.awardLevel) }),
        );
    }
    parts.push(translate(lang, 'map.keys.neighbours', { count: this.neighbourSteps(node.id).length }));
    return parts.join(translate(lang, 'map.keys.separator'));
  }

  dispose(): void {
    this.element.removeEventListener('keydown', this.onKey);
    this.element.removeEventListener('focus', this.onFocus);
    this.element.removeEventListener('blur', this.onBlur);
  }
}
