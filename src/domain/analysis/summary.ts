/** The network at a glance, for whatever part of it the map shows. */
import { NODE_TYPES, type NodeType } from '../graph/types';
import type { AnalysedGraph } from './analysedGraph';
import { buildIndex, neighboursOf, type VisibleSubset } from './graph-index';

export interface NetworkSummary {
  nodeCount: number;
  /** Visible edges between visible nodes, parallel edges and self-loops included. */
  edgeCount: number;
  nodesByType: Record<NodeType, number>;
  /** Linked pairs / possible pairs; 0 below two nodes. */
  density: number;
  /** Mean number of distinct neighbours. */
  averageDegree: number;
  /** Isolated nodes count as components of one. */
  componentCount: number;
  largestComponentSize: number;
}

export function networkSummary(graph: AnalysedGraph, visible?: VisibleSubset): NetworkSummary {
  const index = buildIndex(graph, { visible });
  const n = index.nodes.length;
  const edgeCount = graph.edges.filter(
    (edge) =>
      (!visible?.edgeIds || visible.edgeIds.has(edge.id)) &&
      index.indexOf.has(edge.source) &&
      index.indexOf.has(edge.target),
  ).length;
  const nodesByType = Object.fromEntries(NODE_TYPES.map((type) => [type, 0])) as Record<NodeType, number>;
  for (const node of index.nodes) nodesByType[node.type]++;
  const linkedPairs = index.neighbours.length / 2;

  const reached = new Uint8Array(n);
  const queue = new Int32Array(n);
  let componentCount = 0;
  let largestComponentSize = 0;
  for (let start = 0; start < n; start++) {
    if (reached[start]) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    reached[start] = 1;
    while (head < tail) {
      for (const next of neighboursOf(index, queue[head++] ?? start)) {
        if (reached[next]) continue;
        reached[next] = 1;
        queue[tail++] = next;
      }
    }
    componentCount++;
    largestComponentSize = Math.max(largestComponentSize, tail);
  }

  return {
    nodeCount: n,
    edgeCount,
    nodesByType,
    density: n < 2 ? 0 : linkedPairs / ((n * (n - 1)) / 2),
    averageDegree: n === 0 ? 0 : (2 * linkedPairs) / n,
    componentCount,
    largestComponentSize,
  };
}
