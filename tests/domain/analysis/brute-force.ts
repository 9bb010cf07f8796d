/**
 * Slow, obviously correct reference answers for graphs of a handful of nodes, written without the
 * code under test: plain neighbour lists, exhaustive search.
 */
import fc from 'fast-check';
import type { Graph } from '../../../src/domain/graph/types';
import { makeEdge, makeGraph, makeNode } from '../helpers';

export interface Walk {
  relations?: readonly string[] | 'all';
  direction?: 'any' | 'forward';
}

/** id → ids one step away, each listed once; self-loops ignored. */
export function stepsOf(
  graph: Graph,
  { relations = 'all', direction = 'any' }: Walk = {},
): Map<string, Set<string>> {
  const steps = new Map(graph.nodes.map((node) => [node.id, new Set<string>()]));
  for (const edge of graph.edges) {
    if (edge.source === edge.target || (relations !== 'all' && !relations.includes(edge.relation))) continue;
    steps.get(edge.source)?.add(edge.target);
    if (direction === 'any' || !edge.directed) steps.get(edge.target)?.add(edge.source);
  }
  return steps;
}

/** Every simple path from → to, as node id lists. */
export function allSimplePaths(steps: Map<string, Set<string>>, from: string, to: string): string[][] {
  const found: string[][] = [];
  const extend = (path: string[]) => {
    const last = path[path.length - 1] ?? '';
    if (last === to) {
      found.push(path);
      return;
    }
    for (const next of steps.get(last) ?? []) if (!path.includes(next)) extend([...path, next]);
  };
  if (steps.has(from) && steps.has(to)) extend([from]);
  return found;
}

/** All shortest paths between from and to (undirected), by filtering every simple path. */
export function allShortestPaths(steps: Map<string, Set<string>>, from: string, to: string): string[][] {
  const paths = allSimplePaths(steps, from, to);
  const shortest = Math.min(...paths.map((path) => path.length));
  return paths.filter((path) => path.length === shortest);
}

/** Modularity straight from its definition: (1/2m) Σ_ij [A_ij − k_i k_j / 2m] δ(c_i, c_j). */
export function modularity(steps: Map<string, Set<string>>, communityOf: (id: string) => number): number {
  const ids = [...steps.keys()];
  const twiceEdges = ids.reduce((sum, id) => sum + (steps.get(id)?.size ?? 0), 0);
  if (twiceEdges === 0) return 0;
  let q = 0;
  for (const i of ids) {
    for (const j of ids) {
      if (communityOf(i) !== communityOf(j)) continue;
      const a = steps.get(i)?.has(j) ? 1 : 0;
      q += a - ((steps.get(i)?.size ?? 0) * (steps.get(j)?.size ?? 0)) / twiceEdges;
    }
  }
  return q / twiceEdges;
}

/** Every way to split `ids` into groups, as a group number per position. */
export function allPartitions(count: number): number[][] {
  if (count === 0) return [[]];
  return allPartitions(count - 1).flatMap((rest) => {
    const groups = rest.length === 0 ? 0 : Math.max(...rest) + 1;
    return Array.from({ length: groups + 1 }, (_, group) => [...rest, group]);
  });
}

/** Small random graphs: up to 8 nodes n0…, edges of two relations (supply directed), repeats and self-loops allowed. */
export const smallGraph = (maxNodes = 8) =>
  fc.integer({ min: 1, max: maxNodes }).chain((size) =>
    fc
      .array(
        fc.record({
          source: fc.integer({ min: 0, max: size - 1 }),
          target: fc.integer({ min: 0, max: size - 1 }),
          relation: fc.constantFrom('supply', 'cooperation'),
        }),
        { maxLength: 14 },
      )
      .map((links) =>
        makeGraph(
          Array.from({ length: size }, (_, i) => makeNode({ id: `n${i}` })),
          links.map((link, i) =>
            makeEdge({
              id: `e${i}`,
              source: `n${link.source}`,
              target: `n${link.target}`,
              relation: link.relation,
            }),
          ),
        ),
      ),
  );
