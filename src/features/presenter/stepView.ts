/** From a resolved step to what the store and the legend show; pure, so it is tested without a map. */
import type { FilterResult } from '../../domain/filters';
import { khop, type Adjacency } from '../../domain/graph/neighbourhood';
import type { Graph } from '../../domain/graph/types';
import { layoutOf } from '../../domain/layout';
import type { VisibleElements } from '../../domain/legend';
import type { ResolvedStep } from '../../domain/story';
import type { MapDecorations } from '../../store';
import type { PresentedView } from '../../store/presenterSlice';

/**
 * The step's highlights as map decorations: a highlighted tie brings its two ends, and the focus
 * joins them. The rest is not faded: a step's filters already choose what is shown, and fading
 * would hide the context the caption speaks of. Null when nothing is highlighted.
 */
const stepDecorations = (resolved: ResolvedStep, graph: Graph): MapDecorations | null => {
  if (resolved.highlightedNodes.length === 0 && resolved.highlightedEdges.length === 0) return null;
  const edgeIds = new Set(resolved.highlightedEdges);
  const ends = graph.edges
    .filter((edge) => edgeIds.has(edge.id))
    .flatMap((edge) => [edge.source, edge.target]);
  const focus = resolved.focus === null ? [] : [resolved.focus];
  return {
    owner: 'presenter',
    highlightNodes: [...new Set([...focus, ...resolved.highlightedNodes, ...ends])],
    highlightEdges: resolved.highlightedEdges,
    fadeOthers: false,
  };
};

export const presentedViewOf = (resolved: ResolvedStep, graph: Graph): PresentedView => ({
  filters: resolved.filters,
  layout: resolved.layout,
  depth: resolved.depth,
  selected: resolved.focus,
  legendHighlight: null,
  decorations: stepDecorations(resolved, graph),
});

type Arrangement = Pick<PresentedView, 'layout' | 'selected' | 'depth'>;

/** What the map draws: the filters' result, cut to the selection's neighbourhood when the layout centres on it. */
export const drawnElements = (
  graph: Graph,
  visible: FilterResult,
  view: Arrangement,
  adjacency: Adjacency,
): VisibleElements => {
  if (
    !layoutOf(view.layout).needsSelection ||
    view.selected === null ||
    !adjacency.nodesById.has(view.selected)
  )
    return visible;
  // The circle's members are the nodes within `depth` hops, as the enterprise circle layout places them.
  const members = khop(adjacency, view.selected, view.depth);
  const nodeIds = new Set([...visible.nodeIds].filter((id) => members.has(id)));
  const edgeIds = new Set(
    graph.edges
      .filter((edge) => visible.edgeIds.has(edge.id) && nodeIds.has(edge.source) && nodeIds.has(edge.target))
      .map((edge) => edge.id),
  );
  return { nodeIds, edgeIds };
};
