import type { FilterResult } from '../domain/filters';
import type { LegendHighlight, MapDecorations } from '../store';
import type { BulkEdge, EdgeLook } from './EdgeLayer';

/** The state an edge on the EdgeLayer takes its look from: the same that sets element classes. */
export interface EdgeLookInput {
  /** What passes the filters when filtered elements are drawn too (the whole graph); else null. */
  visible: FilterResult | null;
  /** Filtered elements are hidden rather than faded. */
  hideFiltered: boolean;
  /** Nodes the layout places (the enterprise circle); null: all. */
  members: ReadonlySet<string> | null;
  decorations: MapDecorations | null;
  legendHighlight: LegendHighlight | null;
  /** The node under the pointer. */
  hovered: string | null;
  /** The tie picked (an edge id), drawn emphasised. */
  tie: string | null;
  /** Whether hovering fades the rest (small maps only). */
  fadeUnhovered: boolean;
}

/** How each edge on the EdgeLayer looks: hidden, faded, normal or emphasised. */
export const edgeLookOf = (input: EdgeLookInput): ((edge: BulkEdge) => EdgeLook) => {
  const { visible, members, decorations, legendHighlight, hovered } = input;
  const filteredLook: EdgeLook = input.hideFiltered ? 'hidden' : 'faded';
  const decorated = new Set(decorations?.highlightEdges ?? []);
  const fadeUndecorated =
    Boolean(decorations?.fadeOthers) && (decorated.size > 0 || (decorations?.highlightNodes.length ?? 0) > 0);
  const fadeUnhovered = hovered !== null && input.fadeUnhovered;
  return (edge) => {
    if (members && !(members.has(edge.source) && members.has(edge.target))) return 'hidden';
    if (visible && !visible.edgeIds.has(edge.id)) return filteredLook;
    if (
      edge.id === input.tie ||
      decorated.has(edge.id) ||
      (hovered !== null && (edge.source === hovered || edge.target === hovered))
    )
      return 'emphasis';
    if (fadeUndecorated || fadeUnhovered) return 'faded';
    if (legendHighlight)
      return legendHighlight.kind === 'relation' && edge.relation === legendHighlight.value
        ? 'normal'
        : 'faded';
    return 'normal';
  };
};
