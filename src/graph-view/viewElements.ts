import type { ElementDefinition } from 'cytoscape';
import type { Graph, GraphEdge } from '../domain/graph/types';
import type { Point } from '../domain/layout';
import type { MapChanges } from '../domain/diff';
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
import { ghostsOf, GHOST_PREFIX, markChanges } from './changeElements';
import type { BulkEdge } from './EdgeLayer';
import { layerNodeOf, type LayerNode } from './nodeLooks';
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
  /** The nodes go to the NodeLayer (past NODE_LAYER_LIMIT): cytoscape then holds none of the view. */
  layered: boolean;
  /** The NodeLayer's nodes (empty unless layered), with removed nodes' ghosts. */
  layerNodes: LayerNode[];
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
 * Moves a grouped view's edges (or only those `taken`) out of its element definitions, into the
 * EdgeLayer's form; a merged edge keeps its arrow, which the layer draws for it. (A grouped view has no ghosts.)
 */
const takeEdges = (
  elements: Map<string, ElementDefinition>,
  taken: (element: ElementDefinition) => boolean = () => true,
): BulkEdge[] => {
  const edges: BulkEdge[] = [];
  for (const [id, element] of elements) {
    if (element.group !== 'edges' || !taken(element)) continue;
    elements.delete(id);
    const { source, target, relation, color, width, opacity, merged, arrow } = element.data as Omit<
      BulkEdge,
      'id'
    > & { merged?: boolean };
    edges.push({
      id,
      source,
      target,
      relation,
      width,
      color,
      opacity,
      ...(merged ? { merged: true } : {}),
      ...(merged && arrow && arrow !== 'none' ? { arrow } : {}),
    });
  }
  return edges;
};

/**
 * A view drawn on the layers (past NODE_LAYER_LIMIT nodes), built straight from the graph: no
 * element definitions for a view cytoscape does not draw. Removed elements' ghosts go on the layers too.
 */
const layeredView = (part: Graph, legend: Legend, changes: MapChanges | null): ViewElements => {
  const layerNodes = part.nodes.map((node, index) =>
    layerNodeOf(node, legend, index, changes?.nodes.get(node.id) ?? null),
  );
  const bulkEdges = part.edges.map((edge) => bulkEdge(edge, legend));
  const view = { elements: new Map(), layerNodes, bulkEdges, layered: true };
  if (!changes) return { ...view, near: new Map() };
  const drawn = new Set(part.nodes.map((node) => node.id));
  const ghosts = ghostsOf(changes, (id) => drawn.has(id));
  ghosts.nodes.forEach((node, index) =>
    layerNodes.push({ ...layerNodeOf(node, legend, index, 'removed'), id: GHOST_PREFIX + node.id }),
  );
  // A removed edge's ghost, as a line: faded, in the ghosts' grey.
  for (const { edge, source, target } of ghosts.edges)
    bulkEdges.push({
      ...bulkEdge(edge, legend),
      id: GHOST_PREFIX + edge.id,
      source,
      target,
      color: CHANGE_STYLE.removed.color,
      opacity: CHANGE_STYLE.removed.opacity,
    });
  return { ...view, near: ghosts.near };
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
    if (part.nodes.length > NODE_LAYER_LIMIT) return layeredView(part, legend, changes);
    const bulk = part.edges.length > BULK_EDGE_LIMIT;
    const elements = graphElements(part, legend, !bulk);
    const near = markChanges(elements, changes, legend, null);
    const bulkEdges = bulk ? part.edges.map((edge) => bulkEdge(edge, legend)) : [];
    return { near, elements, bulkEdges, layered: false, layerNodes: [] };
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
    layerNodes: [],
  };
};

/** Puts a view's nodes where a layout known before drawing puts them (Show all's members around their groups). */
export const placeView = (view: ViewElements, positions: ReadonlyMap<string, Point>): void => {
  for (const [id, element] of view.elements) {
    const position = element.group === 'nodes' ? positions.get(id) : undefined;
    if (position) element.position = { ...position };
  }
  for (const node of view.layerNodes) {
    const position = positions.get(node.id);
    if (!position) continue;
    node.x = position.x;
    node.y = position.y;
  }
};
