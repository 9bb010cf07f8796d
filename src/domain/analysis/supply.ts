/** Supply tiers around one node: its suppliers' suppliers upstream, its customers' customers downstream. */
import type { Locality } from '../graph/types';
import type { AnalysedGraph } from './analysedGraph';
import { buildIndex, neighboursOf, nodeAt, type GraphIndex } from './graph-index';

export interface SupplyLevelNode {
  id: string;
  locality: Locality;
}

export interface SupplyLevel {
  /** 1 = direct suppliers (or customers), 2 = theirs, … */
  level: number;
  nodes: SupplyLevelNode[];
  local: number;
  outside: number;
}

export interface SupplyLevels {
  up: SupplyLevel[];
  down: SupplyLevel[];
}

/**
 * The supply graph read one way: 'suppliers' lists for each node the sources of supply edges
 * into it, 'customers' the targets out of it. The contract names the source the supplier (供方), so
 * every supply edge counts as one-way whatever its `directed` flag says.
 */
export function buildSupplyIndex(graph: AnalysedGraph, side: 'suppliers' | 'customers'): GraphIndex {
  return buildIndex(graph, {
    relations: ['supply'],
    direction: side === 'customers' ? 'forward' : 'backward',
    isOneWay: () => true,
  });
}

/**
 * Each node is listed once, at its nearest level, in file order within it; the levels stop early
 * when a tier is empty.
 * An unknown id gives no levels.
 */
export function supplyLevels(
  graph: AnalysedGraph,
  id: string,
  levelsUp: number,
  levelsDown: number,
): SupplyLevels {
  return {
    up: tiers(buildSupplyIndex(graph, 'suppliers'), id, levelsUp),
    down: tiers(buildSupplyIndex(graph, 'customers'), id, levelsDown),
  };
}

function tiers(index: GraphIndex, id: string, depth: number): SupplyLevel[] {
  const start = index.indexOf.get(id);
  if (start === undefined) return [];
  const reached = new Uint8Array(index.nodes.length);
  reached[start] = 1;
  const levels: SupplyLevel[] = [];
  let frontier = [start];
  for (let level = 1; level <= depth; level++) {
    const next: number[] = [];
    for (const node of frontier) {
      for (const neighbour of neighboursOf(index, node)) {
        if (reached[neighbour]) continue;
        reached[neighbour] = 1;
        next.push(neighbour);
      }
    }
    if (next.length === 0) break;
    // Node (file) order within a tier, however the edges happened to be listed.
    const nodes = next
      .sort((a, b) => a - b)
      .map((i) => nodeAt(index, i))
      .map(({ id, locality }) => ({ id, locality }));
    const local = nodes.filter((node) => node.locality === 'local').length;
    levels.push({ level, nodes, local, outside: nodes.length - local });
    frontier = next;
  }
  return levels;
}
