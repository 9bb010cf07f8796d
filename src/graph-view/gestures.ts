import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { Point } from '../domain/layout';

/** What the user's hands on the map ask for. */
export interface GestureCallbacks {
  /** A node tapped; null: the background. */
  select: (id: string | null) => void;
  /** A group tapped: drilling into it. */
  openGroup: (id: string) => void;
  /** A node double-tapped: its enterprise circle. */
  openCircle: (id: string) => void;
  /** A node dragged and dropped: it stays there. */
  dropped: (id: string, position: Point) => void;
  /** The pointer over a node, or off it (null). */
  hover: (node: NodeSingular | null) => void;
  /** A wheel or pinch zoom step, at the pointer (model coordinates). */
  zoomStep: (pointer: Point) => void;
  /** The map dragged by its background. */
  panned: () => void;
}

/** A removed node's ghost shows where it was; it is nothing to select, open or move. */
const isGhost = (node: NodeSingular): boolean => node.data('change') === 'removed';

/** Wires taps, drags, hovers and zoom steps to the callbacks; returns what unwires them. */
export const wireGestures = (cy: Core, callbacks: GestureCallbacks): (() => void) => {
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
        if (event.target === cy) callbacks.select(null);
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
    ['scrollzoom pinchzoom', null, (event) => callbacks.zoomStep(event.position)],
    ['dragpan', null, () => callbacks.panned()],
    ['mouseover', 'node', (event) => callbacks.hover(event.target as NodeSingular)],
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
  return () => {
    for (const [events, selector, handler] of handlers) {
      if (selector === null) cy.off(events, handler);
      else cy.off(events, selector, handler);
    }
  };
};
