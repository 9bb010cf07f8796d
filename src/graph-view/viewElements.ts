import type { ElementDefinition } from 'cytoscape';
import type { Graph, GraphEdge } from '../domain/graph/types';
import { CHANGE_STYLE, edgeVisual, type Legend } from '../domain/legend';
import type { AppState } from '../store';
import {
  changesOf,
  filterIndexOf,
  fullLegendOf,
  groupedViewOf,
  groupIdByNodeOf,
  shownOf,
  type DrawMode,
} from '../store/derived';
import { NODE_LAYER_LIMIT } from '../domain/group';
import { groupLabelOf } from '../store/groupNames';
import { markChanges } from './changeElements';
import type { BulkEdge } from './EdgeLayer';
import { groupedElements, graphElements } from './elements';

/**
 * Above this many drawn edges they are drawn by the EdgeLayer, as straight lines without arrows,
 * not as cytoscape elements: each cytoscape edge costs about half a millisecond to style and draw,
 * and a view with thousands of them is a web in which no single arrow can be read anyway.
 */
const BULK_EDGE_LIMIT = 1000;

/** The store fields a view is built from. */
export type ViewInput = Pick<
  AppState,
  'graph' | 'filters' | 'previous' | 'showChanges' | 'layout' | 'selected' | 'depth' | 'lang' | 'openGroups'
>;

export interface ViewElements {
  /** The cytoscape elements, by id. */
  elements: Map<string, ElementDefinition>;
  /** The edges drawn by the EdgeLayer instead: a grouped view's merged edges, and every edge past BULK_EDGE_LIMIT or of layered nodes. */
  bulkEdges: BulkEdge[];
  /** The nodes go to the NodeLayer (past NODE_LAYER_LIMIT): the elements then hold nodes only. */
  layered: boolean;
  /** A removed node's ghost → the node it starts next to (see markChanges). */
  near: ReadonlyMap<string, string>;
}

const countEdges = (elements: ReadonlyMap<string, ElementDefinition>): number => {
  let count = 0;
  for (const element of elements.values()) if (element.group === 'edges') count += 1;
  return count;
};

/** A graph edge in the EdgeLayer's form, styled by the same legend model as an element. */
const bulkEdge = (edge: GraphEdge, legend: Legend): BulkEdge => {
  const { color, width } = edgeVisual(edge, legend);
  return { id: edge.id, source: edge.source, target: edge.target, relation: edge.relation, color, width };
};

/**
 * Moves a view's edges (or only those `taken`) out of its element definitions, into the EdgeLayer's
 * form; a merged edge keeps its arrow, which the layer draws for it.
 */
const takeEdges = (
  elements: Map<string, ElementDefinition>,
  taken: (element: ElementDefinition) => boolean = () => true,
): BulkEdge[] => {
  const edges: BulkEdge[] = [];
  for (const [id, element] of elements) {
    if (element.group !== 'edges' || !taken(element)) continue;
    elements.delete(id);
    const { source, target, relation, color, width, opacity, change, merged, arrow } = element.data as Omit<
      BulkEdge,
      'id'
    > & {
      change?: string;
      merged?: boolean;
    };
    // A removed edge's ghost, as a line: faded, in the ghosts' grey.
    const ghost = change === 'removed' ? CHANGE_STYLE.removed : null;
    edges.push({
      id,
      source,
      target,
      relation,
      width,
      color: ghost?.color ?? color,
      opacity: ghost?.opacity ?? opacity,
      ...(merged && arrow && arrow !== 'none' ? { arrow } : {}),
    });
  }
  return edges;
};

/** The filtered graph; around the selection only its rings (a big map's enterprise circle stays small). */
const visiblePart = (input: ViewInput): Graph => {
  const { graph } = input;
  const shown = shownOf(input);
  const nodes = graph.nodes.filter((node) => shown.nodeIds.has(node.id));
  const edges = graph.edges.filter((edge) => shown.edgeIds.has(edge.id));
  return { ...graph, nodes, edges };
};

/**
 * Every element as it should be drawn now: the whole graph, its filtered part, or its grouped
 * view, marked with the last update's changes while they are shown; past BULK_EDGE_LIMIT edges,
 * the edges go to the edge layer instead of cytoscape.
 */
export const viewElementsOf = (input: ViewInput, mode: DrawMode): ViewElements => {
  const { graph, lang } = input;
  const legend = fullLegendOf(graph);
  const changes = changesOf(input);
  if (mode !== 'grouped') {
    const part = mode === 'all' ? graph : visiblePart(input);
    const layered = part.nodes.length > NODE_LAYER_LIMIT;
    // The edges of layered nodes are lines too: cytoscape cannot draw an edge without its ends.
    const bulk = layered || part.edges.length > BULK_EDGE_LIMIT;
    const elements = graphElements(part, legend, !bulk);
    const near = markChanges(elements, changes, legend, null);
    const bulkEdges = bulk ? part.edges.map((edge) => bulkEdge(edge, legend)) : [];
    // Removed edges' ghosts are elements: with layered nodes they go to the edge layer too.
    if (layered) bulkEdges.push(...takeEdges(elements));
    return { near, elements, bulkEdges, layered };
  }
  const elements = groupedElements(
    graph,
    groupedViewOf(input),
    legend,
    groupLabelOf(graph, lang),
    filterIndexOf(graph),
  );
  const near = markChanges(elements, changes, legend, groupIdByNodeOf(graph));
  // Merged edges are always lines on the edge layer: cytoscape styling and drawing a few hundred of
  // them made the first grouped view one 200-350 ms task; it draws the groups (and opened members' ties).
  const merged = (element: ElementDefinition) => element.data.merged === true;
  return {
    elements,
    near,
    bulkEdges: takeEdges(elements, countEdges(elements) > BULK_EDGE_LIMIT ? undefined : merged),
    layered: false,
  };
};
