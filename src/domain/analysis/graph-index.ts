/**
 * A compact adjacency (CSR) over the part of a graph an analysis looks at. Every analysis builds
 * one per call, so it can run on 50k nodes / 200k edges in a worker without a Map per node.
 */
import type { AnalysedGraph, AnalysedEdge, AnalysedNode } from './analysedGraph';

/** What the map currently shows; an absent set means "all". */
export interface VisibleSubset {
  nodeIds?: ReadonlySet<string>;
  edgeIds?: ReadonlySet<string>;
}

/** 'forward' walks one-way edges source → target only, 'backward' target → source only. */
export type Direction = 'any' | 'forward' | 'backward';

export interface IndexOptions {
  visible?: VisibleSubset;
  /** Relations to keep; default 'all'. */
  relations?: readonly string[] | 'all';
  direction?: Direction;
  /** Which edges are one-way under 'forward' / 'backward'; the others are walked both ways. Default: `edge.directed`. */
  isOneWay?: (edge: AnalysedEdge) => boolean;
}

export interface GraphIndex {
  /** Kept nodes; a node's position here is its index. */
  nodes: AnalysedNode[];
  indexOf: Map<string, number>;
  /** Neighbours of node i are `neighbours[offsets[i] .. offsets[i + 1])`, each listed once. */
  offsets: Int32Array;
  neighbours: Int32Array;
  /** For each neighbour entry, the position in `graph.edges` of the first edge that makes the hop. */
  viaEdge: Int32Array;
}

const byDirected = (edge: AnalysedEdge): boolean => edge.directed;

/**
 * Self-loops are left out (they join no two nodes) and parallel edges collapse into one hop, so
 * every measure here works on the simple graph the map shows.
 */
export function buildIndex(graph: AnalysedGraph, options: IndexOptions = {}): GraphIndex {
  const { visible, relations = 'all', direction = 'any', isOneWay = byDirected } = options;
  const nodes = visible?.nodeIds ? graph.nodes.filter((node) => visible.nodeIds?.has(node.id)) : graph.nodes;
  const indexOf = new Map<string, number>();
  nodes.forEach((node, position) => indexOf.set(node.id, position));
  const relationSet = relations === 'all' ? null : new Set(relations);

  // Arcs as parallel arrays: from, to, edge position.
  const arcFrom: number[] = [];
  const arcTo: number[] = [];
  const arcEdge: number[] = [];
  const addArc = (from: number, to: number, position: number) => {
    arcFrom.push(from);
    arcTo.push(to);
    arcEdge.push(position);
  };
  graph.edges.forEach((edge, position) => {
    if (visible?.edgeIds && !visible.edgeIds.has(edge.id)) return;
    if (relationSet && !relationSet.has(edge.relation)) return;
    const source = indexOf.get(edge.source);
    const target = indexOf.get(edge.target);
    if (source === undefined || target === undefined || source === target) return;
    const oneWay = direction !== 'any' && isOneWay(edge);
    if (!oneWay || direction === 'forward') addArc(source, target, position);
    if (!oneWay || direction === 'backward') addArc(target, source, position);
  });

  // Counting sort of the arcs by their start node.
  const n = nodes.length;
  const rowStart = new Int32Array(n + 1);
  for (const from of arcFrom) rowStart[from + 1] = (rowStart[from + 1] ?? 0) + 1;
  for (let i = 0; i < n; i++) rowStart[i + 1] = (rowStart[i + 1] ?? 0) + (rowStart[i] ?? 0);
  const fill = rowStart.slice(0, n);
  const rawTo = new Int32Array(arcTo.length);
  const rawEdge = new Int32Array(arcTo.length);
  arcFrom.forEach((from, arc) => {
    const slot = fill[from] ?? 0;
    fill[from] = slot + 1;
    rawTo[slot] = arcTo[arc] ?? 0;
    rawEdge[slot] = arcEdge[arc] ?? 0;
  });

  // Drop repeated neighbours, keeping the first (file order) edge for each hop.
  const seenFrom = new Int32Array(n).fill(-1);
  const offsets = new Int32Array(n + 1);
  const neighbours = new Int32Array(arcTo.length);
  const viaEdge = new Int32Array(arcTo.length);
  let size = 0;
  for (let i = 0; i < n; i++) {
    const end = rowStart[i + 1] ?? 0;
    for (let slot = rowStart[i] ?? 0; slot < end; slot++) {
      const to = rawTo[slot] ?? 0;
      if (seenFrom[to] === i) continue;
      seenFrom[to] = i;
      neighbours[size] = to;
      viaEdge[size++] = rawEdge[slot] ?? 0;
    }
    offsets[i + 1] = size;
  }
  return { nodes, indexOf, offsets, neighbours: neighbours.slice(0, size), viaEdge: viaEdge.slice(0, size) };
}

/** The nodes next to `id` in the index; [] for a node the index left out. */
export function neighbourNodes(index: GraphIndex, id: string): AnalysedNode[] {
  const at = index.indexOf.get(id);
  if (at === undefined) return [];
  return Array.from(neighboursOf(index, at), (i) => nodeAt(index, i));
}

/** The node at position `i`; positions come from the index itself, so a miss is a bug. */
export function nodeAt(index: GraphIndex, i: number): AnalysedNode {
  const node = index.nodes[i];
  if (!node) throw new RangeError(`No node at position ${i}`);
  return node;
}

/** The positions of node `i`'s neighbours, as a view (no copy). */
export function neighboursOf(index: GraphIndex, i: number): Int32Array {
  return index.neighbours.subarray(index.offsets[i] ?? 0, index.offsets[i + 1] ?? 0);
}
