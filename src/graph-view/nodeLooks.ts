import type { FilterResult } from '../domain/filters';
import type { GraphNode } from '../domain/graph/types';
import { nodeVisual, type Legend } from '../domain/legend';
import type { NodeShape } from '../domain/legend/styles';
import type { LegendHighlight, MapDecorations } from '../store';
import type { BulkEdge } from './EdgeLayer';
import { elementPosition, MAX_PIE_SLICES } from './elements';

/** A node as the NodeLayer draws it: identity, position and the same visual values cytoscape's element carries. */
export interface LayerNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  shape: NodeShape;
  color: string;
  /** The chains' colours when it is in several (a pie); else empty. */
  slices: readonly string[];
  ringColor: string | null;
  ringWidth: number;
  separatorWidth: number;
  outside: boolean;
  label: string;
  type: string;
  level: string;
  sectors: readonly string[];
  /** The last update's mark (changeElements.ts): added, changed, removed (a ghost), or none. */
  change: string | null;
}

/** How a layer node is drawn now: 'decorated' is a panel's highlight (a tint under it, its label at any zoom). */
export type NodeLook = 'hidden' | 'faded' | 'normal' | 'decorated';

/**
 * A graph node as a layer node, with the visual values its cytoscape element would carry
 * (elements.ts nodeElement): built straight from the graph, since a view on the node layer needs
 * no element definitions (50,000 of them took most of Show all's task).
 */
export const layerNodeOf = (
  node: GraphNode,
  legend: Legend,
  index: number,
  change: string | null = null,
): LayerNode => {
  const visual = nodeVisual(node, legend);
  const position = elementPosition(node, index);
  return {
    id: node.id,
    x: position.x,
    y: position.y,
    width: visual.width,
    height: visual.size,
    shape: visual.shape,
    color: visual.color,
    slices: visual.colors.length > 1 ? visual.colors.slice(0, MAX_PIE_SLICES) : [],
    ringColor: visual.ringWidth > 0 ? (visual.ringColor ?? visual.color) : null,
    ringWidth: visual.ringWidth,
    separatorWidth: visual.separatorWidth,
    outside: visual.outside,
    label: node.name,
    type: node.type,
    level: node.awardLevel,
    sectors: node.sectors.filter(Boolean),
    change: change || null,
  };
};

/**
 * Whether a node's type, level, locality or chains make it one of those a legend entry picks out
 * (a relation picks out the ends of its edges, which the node alone cannot tell: false).
 */
export const matchesLegend = (
  highlight: LegendHighlight,
  node: { id: string; type: string; level: string; outside: boolean; sectors: readonly string[] },
): boolean => {
  switch (highlight.kind) {
    case 'type':
      return node.type === highlight.value;
    case 'level':
      return node.level === highlight.value;
    case 'locality':
      return node.outside === (highlight.value === 'outside');
    case 'sector':
      if (highlight.value === null) return node.sectors.length === 0 && node.type !== 'chain';
      return node.sectors.includes(highlight.value) || node.id === highlight.value;
    case 'relation':
      return false;
  }
};

/** The state a layer node takes its look from: the same that sets element classes (see edgeLooks.ts). */
export interface NodeLookInput {
  /** What passes the filters when filtered elements are drawn too (the whole graph); else null. */
  visible: FilterResult | null;
  hideFiltered: boolean;
  /** Nodes the layout places (the enterprise circle); null: all. */
  members: ReadonlySet<string> | null;
  decorations: MapDecorations | null;
  legendHighlight: LegendHighlight | null;
  /** The layer's edges, for a relation picked out in the legend (its ends stand out). */
  edges: readonly BulkEdge[];
}

/** How each node on the NodeLayer looks: hidden, faded, normal or decorated. */
export const nodeLookOf = (input: NodeLookInput): ((node: LayerNode) => NodeLook) => {
  const { visible, members, decorations, legendHighlight } = input;
  const filteredLook: NodeLook = input.hideFiltered ? 'hidden' : 'faded';
  const decorated = new Set(decorations?.highlightNodes ?? []);
  const fadeUndecorated =
    Boolean(decorations?.fadeOthers) && (decorated.size > 0 || (decorations?.highlightEdges.length ?? 0) > 0);
  let relationEnds: Set<string> | null = null;
  if (legendHighlight?.kind === 'relation') {
    relationEnds = new Set();
    for (const edge of input.edges)
      if (edge.relation === legendHighlight.value) relationEnds.add(edge.source).add(edge.target);
  }
  return (node) => {
    if (members && !members.has(node.id)) return 'hidden';
    // A removed node's ghost is no node of the map: no filter applies to it.
    if (visible && !visible.nodeIds.has(node.id) && node.change !== 'removed') return filteredLook;
    if (decorated.has(node.id)) return 'decorated';
    if (fadeUndecorated) return 'faded';
    if (legendHighlight) {
      const picked = relationEnds ? relationEnds.has(node.id) : matchesLegend(legendHighlight, node);
      if (!picked) return 'faded';
    }
    return 'normal';
  };
};
