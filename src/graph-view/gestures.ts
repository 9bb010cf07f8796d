import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import type { Point } from '../domain/layout';
import { wireWheelZoom } from './wheelZoom';

/** What the user's hands on the map ask for. */
export interface GestureCallbacks {
  /** A node tapped; null: the background. */
  select: (id: string | null) => void;
  /** An edge tapped: the tie it draws. */
  selectTie: (id: string) => void;
  /** A group tapped: drilling into it. */
  openGroup: (id: string) => void;
  /** A node double-tapped: its enterprise circle. */
  openCircle: (id: string) => void;
  /** A node dragged and dropped: it stays there. */
  dropped: (id: string, position: Point) => void;
  /** The pointer over a node, or off it (null). */
  hover: (id: string | null) => void;
  /** The node the node layer draws at a model point (cytoscape holds none of them), or null. */
  layerNodeAt: (position: Point) => string | null;
  /** The tie the edge layer draws through a model point (a big view's lines), or null. */
  layerEdgeAt: (position: Point) => string | null;
  /** A node of the node layer dragged to a model point (dropping it calls `dropped`). */
  layerDrag: (id: string, position: Point) => void;
  /** A wheel or pinch zoom step, at the pointer (model coordinates). */
  zoomStep: (pointer: Point) => void;
  /** The map dragged by its background. */
  panned: () => void;
}

/** A removed node's ghost shows where it was; it is nothing to select, open or move. */
const isGhost = (node: NodeSingular): boolean => node.data('change') === 'removed';

/**
 * Wires taps, drags, hovers and zoom steps to the callbacks; returns what unwires them. A big view's
 * nodes are on the node layer, not in cytoscape: a tap, double tap or hover on cytoscape's empty
 * ground asks the layer's grid which node is there.
 */
export const wireGestures = (cy: Core, callbacks: GestureCallbacks): (() => void) => {
  let layerHover: string | null = null;
  const container = cy.container();
  const hoverLayer = (id: string | null) => {
    if (id === layerHover) return;
    layerHover = id;
    if (container) container.style.cursor = id === null ? '' : 'pointer';
    callbacks.hover(id);
  };
  // A node of the node layer held down: the map does not pan, the node follows the pointer.
  let held: { id: string; moved: boolean } | null = null;
  const release = () => {
    held = null;
    cy.userPanningEnabled(true);
  };
  // Leaving the map leaves the node under the pointer too (cytoscape says so only for its own nodes).
  const leave = () => hoverLayer(null);
  container?.addEventListener('mouseleave', leave);
  const handlers: [events: string, selector: string | null, handler: (event: EventObject) => void][] = [
    [
      'tap',
      'node',
      (event) => {
        const node = event.target as NodeSingular;
        if (isGhost(node)) return;
        if (node.data('isGroup')) callbacks.openGroup(node.id());
        else callbacks.select(node.id());
      },
    ],
    [
      'tap',
      null,
      (event) => {
        if (event.target !== cy) return;
        // A node on the node layer first (it is drawn over the lines), then a line on the edge layer.
        const node = callbacks.layerNodeAt(event.position);
        const tie = node === null ? callbacks.layerEdgeAt(event.position) : null;
        if (tie === null) callbacks.select(node);
        else callbacks.selectTie(tie);
      },
    ],
    [
      'dbltap',
      'node[!isGroup]',
      (event) => {
        const node = event.target as NodeSingular;
        if (!isGhost(node)) callbacks.openCircle(node.id());
      },
    ],
    [
      'dbltap',
      null,
      (event) => {
        const id = event.target === cy ? callbacks.layerNodeAt(event.position) : null;
        if (id !== null) callbacks.openCircle(id);
      },
    ],
    [
      'tapstart',
      null,
      (event) => {
        const id = event.target === cy ? callbacks.layerNodeAt(event.position) : null;
        if (id === null) return;
        held = { id, moved: false };
        cy.userPanningEnabled(false);
      },
    ],
    [
      'tapdrag',
      null,
      (event) => {
        if (!held) return;
        held.moved = true;
        callbacks.layerDrag(held.id, { ...event.position });
      },
    ],
    [
      'tapend',
      null,
      (event) => {
        if (!held) return;
        // A tap without a move is a click (select), not a drop.
        if (held.moved) callbacks.dropped(held.id, { ...event.position });
        release();
      },
    ],
    [
      'mousemove',
      null,
      (event) => {
        // Over cytoscape's ground (not one of its nodes), and not while a button pans the map.
        const buttons = (event.originalEvent as MouseEvent | undefined)?.buttons ?? 0;
        if (event.target === cy && buttons === 0) hoverLayer(callbacks.layerNodeAt(event.position));
      },
    ],
    // The wheel is ours (wheelZoom.ts); a touch pinch is cytoscape's.
    ['pinchzoom', null, (event) => callbacks.zoomStep(event.position)],
    [
      'tap',
      'edge',
      (event) => {
        const edge = event.target as EdgeSingular;
        // A removed tie's ghost is nothing to pick; an edge between groups stands for many ties.
        if (edge.data('change') !== 'removed' && !edge.data('merged')) callbacks.selectTie(edge.id());
      },
    ],
    ['dragpan', null, () => callbacks.panned()],
    ['mouseover', 'node', (event) => callbacks.hover((event.target as NodeSingular).id())],
    ['mouseout', 'node', () => callbacks.hover(null)],
    [
      'dragfree',
      'node[!isGroup]',
      (event) => {
        const node = event.target as NodeSingular;
        if (!isGhost(node)) callbacks.dropped(node.id(), { ...node.position() });
      },
    ],
  ];
  for (const [events, selector, handler] of handlers) {
    if (selector === null) cy.on(events, handler);
    else cy.on(events, selector, handler);
  }
  const unwireWheel = wireWheelZoom(cy, callbacks.zoomStep);
  return () => {
    unwireWheel();
    hoverLayer(null);
    container?.removeEventListener('mouseleave', leave);
    for (const [events, selector, handler] of handlers) {
      if (selector === null) cy.off(events, handler);
      else cy.off(events, selector, handler);
    }
  };
};
