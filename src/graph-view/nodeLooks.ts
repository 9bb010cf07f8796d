import type { ElementDefinition } from 'cytoscape';
import type { FilterResult } from '../domain/filters';
import type { NodeShape } from '../domain/legend/styles';
import type { LegendHighlight, MapDecorations } from '../store';
import type { BulkEdge } from './EdgeLayer';
import { MAX_PIE_SLICES } from './elements';

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

/** A node element definition (elements.ts) as a layer node: the visual data cytoscape would map, read once. */
export const layerNodeOf = (element: ElementDefinition): LayerNode => {
  const data = element.data as Record<string, unknown>;
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '');
  const number = (key: string) => (typeof data[key] === 'number' ? (data[key] as number) : 0);
  const slices: string[] = [];
  if (data.pie)
    for (let index = 1; index <= MAX_PIE_SLICES; index += 1)
      if (number(`pie${index}Size`) > 0) slices.push(text(`pie${index}`));
  const ringWidth = number('ringWidth');
  return {
    id: text('id'),
    x: element.position?.x ?? 0,
    y: element.position?.y ?? 0,
    width: number('width'),
    height: number('height'),
    shape: text('shape') as NodeShape,
    color: text('color'),
    slices,
    ringColor: ringWidth > 0 ? text('ringColor') : null,
    ringWidth,
    separatorWidth: number('separatorWidth'),
    outside: data.outside === true,
    label: text('label'),
    type: text('type'),
    level: text('level'),
    sectors: text('sectors').split('|').filter(Boolean),
    change: text('change') || null,
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
