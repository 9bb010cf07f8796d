import type { Core, NodeSingular } from 'cytoscape';
import type { Point } from '../domain/layout';
import type { EdgeLayer } from './EdgeLayer';
import type { NodeLayer } from './NodeLayer';
import type { LayerNode } from './nodeLooks';

export const KEYBOARD_FOCUS_CLASS = 'keyboard-focus';

/** A node on the map as the parts beside cytoscape see it, wherever it is drawn. */
export interface DrawnNode {
  id: string;
  position: Point;
  /** Half its larger side: how far it reaches from its centre. */
  radius: number;
  isGroup: boolean;
  label: string;
}

const fromCytoscape = (node: NodeSingular): DrawnNode => ({
  id: node.id(),
  position: node.position(),
  radius: Math.max(node.data('width') as number, node.data('height') as number) / 2 || 0,
  isGroup: Boolean(node.data('isGroup')),
  label: String(node.data('label') ?? node.id()),
});

const fromLayer = (node: LayerNode): DrawnNode => ({
  id: node.id,
  position: { x: node.x, y: node.y },
  radius: Math.max(node.width, node.height) / 2,
  isGroup: false,
  label: node.label,
});

/**
 * The nodes drawn now, in cytoscape (small views, groups) or on the node layer (big views), behind
 * one face: the camera, the keyboard and the map's port ask here, not cytoscape, for a node's spot.
 */
export class DrawnNodes {
  constructor(
    private readonly cy: () => Core,
    private readonly layer: NodeLayer,
    private readonly edgeLayer: EdgeLayer,
  ) {}

  /** The node if it is drawn and visible now (not hidden by a filter or a layout), else null. */
  get(id: string): DrawnNode | null {
    const layered = this.layer.get(id);
    if (layered) return this.layer.shows(id) ? fromLayer(layered) : null;
    const node = this.cy().getElementById(id);
    return node.nonempty() && node.visible() ? fromCytoscape(node as NodeSingular) : null;
  }

  /** Every node drawn and visible now. */
  all(): DrawnNode[] {
    const nodes = this.cy()
      .nodes(':visible')
      .map((node) => fromCytoscape(node as NodeSingular));
    for (const node of this.layer.shown()) nodes.push(fromLayer(node));
    return nodes;
  }

  /** The node's drawn ties, as cytoscape's edges or on the edge layer (a group's merged edges are): who is at the other end, by which relation. */
  linksOf(id: string): { id: string; relation: string }[] {
    const links = this.cy()
      .getElementById(id)
      .connectedEdges()
      .map((edge) => ({
        id: edge.source().id() === id ? edge.target().id() : edge.source().id(),
        relation: String(edge.data('relation') ?? 'related'),
      }));
    for (const edge of this.edgeLayer.drawnEdges)
      if (edge.source === id || edge.target === id)
        links.push({ id: edge.source === id ? edge.target : edge.source, relation: edge.relation });
    return links;
  }

  /** The keyboard's focus ring on this node (null: on none). */
  setFocus(id: string | null): void {
    const cy = this.cy();
    cy.nodes(`.${KEYBOARD_FOCUS_CLASS}`).removeClass(KEYBOARD_FOCUS_CLASS);
    if (id !== null) cy.getElementById(id).addClass(KEYBOARD_FOCUS_CLASS);
    this.layer.setMarks({ focused: id });
  }
}
