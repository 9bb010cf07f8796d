/** Who is next to whom: an adjacency index, neighbours grouped by relation and direction, k-hop levels. */
import { compareRelations, indexNodesById } from './indexes';
import type { Graph, GraphEdge, GraphNode, Relation } from './types';

export interface Adjacency {
  nodesById: ReadonlyMap<string, GraphNode>;
  /** Every edge touching a node, in file order; a self-loop is listed once. */
  incident: ReadonlyMap<string, readonly GraphEdge[]>;
}

/**
 * Where the neighbour sits relative to the node asked about. For a directed edge source → target,
 * the source is upstream: `incoming` neighbours are suppliers, `outgoing` ones customers.
 */
export type Direction = 'incoming' | 'outgoing' | 'undirected';
export const DIRECTIONS: readonly Direction[] = ['incoming', 'outgoing', 'undirected'];

export interface NeighbourLink {
  node: GraphNode;
  edge: GraphEdge;
}

export interface NeighbourGroup {
  relation: Relation;
  direction: Direction;
  links: NeighbourLink[];
}

export const buildAdjacency = (graph: Graph): Adjacency => {
  const incident = new Map<string, GraphEdge[]>(graph.nodes.map((node) => [node.id, []]));
  for (const edge of graph.edges) {
    incident.get(edge.source)?.push(edge);
    if (edge.target !== edge.source) incident.get(edge.target)?.push(edge);
  }
  return { nodesById: indexNodesById(graph.nodes), incident };
};

export const otherEnd = (edge: GraphEdge, id: string): string =>
  edge.source === id ? edge.target : edge.source;

/** The direction of `edge` as seen from node `id`. */
export const directionFrom = (edge: GraphEdge, id: string): Direction => {
  if (!edge.directed) return 'undirected';
  return edge.target === id ? 'incoming' : 'outgoing';
};

/**
 * A node's neighbours, one group per relation and direction: groups in relation order
 * (contract order, custom relations after), then incoming, outgoing, undirected. Self-loops are left out.
 */
export const neighbours = (adjacency: Adjacency, id: string): NeighbourGroup[] => {
  const groups = new Map<string, NeighbourGroup>();
  for (const edge of adjacency.incident.get(id) ?? []) {
    const node = adjacency.nodesById.get(otherEnd(edge, id));
    if (!node || node.id === id) continue;
    const direction = directionFrom(edge, id);
    const key = `${direction}\u0000${edge.relation}`;
    let group = groups.get(key);
    if (!group) {
      group = { relation: edge.relation, direction, links: [] };
      groups.set(key, group);
    }
    group.links.push({ node, edge });
  }
  return [...groups.values()].sort(
    (a, b) =>
      compareRelations(a.relation, b.relation) ||
      DIRECTIONS.indexOf(a.direction) - DIRECTIONS.indexOf(b.direction),
  );
};

/** Breadth-first hop count from `id` over all edges, direction ignored, up to `depth` hops. Unknown id → empty map. */
export const khop = (adjacency: Adjacency, id: string, depth: number): Map<string, number> => {
  const hops = new Map<string, number>();
  if (!adjacency.nodesById.has(id)) return hops;
  hops.set(id, 0);
  let frontier = [id];
  for (let hop = 1; hop <= depth && frontier.length > 0; hop += 1) {
    const next: string[] = [];
    for (const from of frontier) {
      for (const edge of adjacency.incident.get(from) ?? []) {
        const to = otherEnd(edge, from);
        if (hops.has(to)) continue;
        hops.set(to, hop);
        next.push(to);
      }
    }
    frontier = next;
  }
  return hops;
};

/**
 * How a directed group is worded: supply runs upstream → downstream; every other directed relation
 * (investment, incubation, membership…) only has a from and a to.
 */
export type DirectionWording = 'upstream' | 'downstream' | 'from' | 'to' | null;
export const directionWording = (relation: Relation, direction: Direction): DirectionWording => {
  if (direction === 'undirected') return null;
  if (relation === 'supply') return direction === 'incoming' ? 'upstream' : 'downstream';
  return direction === 'incoming' ? 'from' : 'to';
};

/** The nodes whose `segment` column names this segment node, in file order. */
export const segmentMembers = (graph: Graph, segmentId: string): GraphNode[] =>
  graph.nodes.filter((node) => node.segment === segmentId && node.id !== segmentId);
