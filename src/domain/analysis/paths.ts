/** Shortest routes between two nodes: Yen's k shortest simple paths over breadth-first search. */
import type { AnalysedGraph } from './analysedGraph';
import { buildIndex, neighboursOf, nodeAt, type GraphIndex, type VisibleSubset } from './graph-index';

export interface PathOptions {
  /** Relations a path may use; default 'all'. */
  relations?: readonly string[] | 'all';
  /**
   * 'any' (default) walks every edge both ways; 'forward' walks directed edges only source → target
   * (for supply: supplier → customer) and undirected ones both ways.
   */
  direction?: 'any' | 'forward';
  /** How many paths at most; default 1. */
  k?: number;
  visible?: VisibleSubset;
}

/** `edgeIds[i]` joins `nodeIds[i]` and `nodeIds[i + 1]`; of parallel edges, the first in file order. */
export interface GraphPath {
  nodeIds: string[];
  edgeIds: string[];
}

/** Up to k shortest simple paths, shortest first; [] when no path uses these relations. */
export function shortestPaths(
  graph: AnalysedGraph,
  from: string,
  to: string,
  options: PathOptions = {},
): GraphPath[] {
  const { relations = 'all', direction = 'any', k = 1, visible } = options;
  const index = buildIndex(graph, { relations, direction, visible });
  const source = index.indexOf.get(from);
  const target = index.indexOf.get(to);
  if (source === undefined || target === undefined || k < 1) return [];
  if (source === target) return [{ nodeIds: [from], edgeIds: [] }];

  const search = breadthFirstSearch(index);
  const first = search(source, target, [], new Set());
  if (!first) return [];

  const accepted: number[][] = [first];
  const candidates: number[][] = [];
  const known = new Set([first.join(',')]);
  let previous = first;
  while (accepted.length < k) {
    previous.slice(0, -1).forEach((spurNode, spurAt) => {
      const root = previous.slice(0, spurAt + 1);
      // Hops already taken from this root by accepted paths are closed, so the spur finds a new route.
      const closedHops = new Set<number>();
      for (const path of accepted) {
        const hop = path[spurAt + 1];
        if (hop !== undefined && root.every((node, i) => path[i] === node)) closedHops.add(hop);
      }
      const spur = search(spurNode, target, root.slice(0, -1), closedHops);
      if (!spur) return;
      const candidate = root.slice(0, -1).concat(spur);
      const key = candidate.join(',');
      if (known.has(key)) return;
      known.add(key);
      candidates.push(candidate);
    });
    // A stable sort keeps the earliest found first among equally short candidates.
    candidates.sort((a, b) => a.length - b.length);
    const next = candidates.shift();
    if (!next) break;
    accepted.push(next);
    previous = next;
  }
  return accepted.map((path) => toGraphPath(graph, index, path));
}

/**
 * A reusable BFS: `blocked` nodes are never entered and `closedFirstHops` may not follow the start
 * node. Returns the node indices from start to goal, or null.
 */
function breadthFirstSearch(index: GraphIndex) {
  const n = index.nodes.length;
  const parent = new Int32Array(n);
  const stamp = new Int32Array(n);
  const queue = new Int32Array(n);
  let round = 0;
  return (
    start: number,
    goal: number,
    blocked: readonly number[],
    closedFirstHops: ReadonlySet<number>,
  ): number[] | null => {
    round++;
    for (const node of blocked) stamp[node] = round;
    stamp[start] = round;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      const node = queue[head++] ?? start;
      for (const next of neighboursOf(index, node)) {
        if (stamp[next] === round || (node === start && closedFirstHops.has(next))) continue;
        stamp[next] = round;
        parent[next] = node;
        if (next === goal) {
          const path = [goal];
          for (let at = node; at !== start; at = parent[at] ?? start) path.push(at);
          path.push(start);
          return path.reverse();
        }
        queue[tail++] = next;
      }
    }
    return null;
  };
}

function toGraphPath(graph: AnalysedGraph, index: GraphIndex, path: readonly number[]): GraphPath {
  const edgeIdOf = (from: number, to: number) => {
    const slot = (index.offsets[from] ?? 0) + neighboursOf(index, from).indexOf(to);
    return graph.edges[index.viaEdge[slot] ?? 0]?.id ?? '';
  };
  return {
    nodeIds: path.map((node) => nodeAt(index, node).id),
    edgeIds: path.slice(1).map((to, i) => edgeIdOf(path[i] ?? 0, to)),
  };
}
