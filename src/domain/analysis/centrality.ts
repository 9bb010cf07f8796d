/**
 * Who holds the network together: degree, betweenness (Brandes) and PageRank, computed on the part
 * of the graph the map shows so the panel can recompute after every filter change.
 *
 * Why not graphology-metrics (MIT), measured on a 3,000-node / 12,000-edge graph (busy 2-core box):
 * its betweenness took 81 s against 22 s here, has no sampled estimate (`sampleSources`, needed on
 * 50k nodes where exact takes minutes) and scales undirected scores otherwise; its PageRank agrees
 * with this one to 1e-9 and is no faster (0.49 s against 0.40 s), but needs a graphology Graph
 * built from the filtered index first (0.85 s), which costs more than the ranking itself.
 */
import type { AnalysedGraph } from './analysedGraph';
import { chainEnterprises, segmentMembership } from './chain-membership';
import { buildIndex, neighboursOf, type GraphIndex, type VisibleSubset } from './graph-index';
import { seededRandom, shuffledRange } from './random';

export interface CentralityOptions {
  visible?: VisibleSubset;
  /** Relations that count as ties; default 'all'. */
  relations?: readonly string[] | 'all';
}

export interface BetweennessOptions extends CentralityOptions {
  /**
   * Estimate from this many randomly chosen sources instead of all of them (exact is O(n·m):
   * minutes on 50k nodes). The estimate is scaled to the exact score's range.
   */
  sampleSources?: number;
  /** Seed for choosing the sample; default 1. */
  seed?: number;
}

export interface PageRankOptions extends CentralityOptions {
  /** Follow directed edges source → target only (undirected ones both ways); default false. */
  directed?: boolean;
  /** Default 0.85. */
  damping?: number;
  /** Stop when the scores change by less than this in total; default 1e-10. */
  tolerance?: number;
  /** Default 200: the change shrinks at least by the damping factor each round, so 1e-10 takes about 150. */
  maxIterations?: number;
}

/** Number of distinct neighbours. */
export function degreeCentrality(graph: AnalysedGraph, options: CentralityOptions = {}): Map<string, number> {
  const index = buildIndex(graph, options);
  return byId(index, degreesOf(index));
}

/**
 * Unnormalised, undirected: for each node, the sum over pairs of other nodes of the share of their
 * shortest paths that pass through it.
 */
export function betweennessCentrality(
  graph: AnalysedGraph,
  options: BetweennessOptions = {},
): Map<string, number> {
  const index = buildIndex(graph, options);
  return byId(index, betweennessOf(index, options));
}

/** Scores sum to 1; a node with no way out (dangling) spreads its score over every node. */
export function pageRank(graph: AnalysedGraph, options: PageRankOptions = {}): Map<string, number> {
  const index = buildIndex(graph, { ...options, direction: options.directed ? 'forward' : 'any' });
  return byId(index, pageRankOf(index, options));
}

export interface KeyEnterprise {
  id: string;
  name: string;
  degree: number;
  betweenness: number;
  pageRank: number;
  /** Mean of the three measures, each divided by its largest value among all visible nodes: 0 … 1. */
  score: number;
}

export interface KeyEnterpriseOptions {
  /** Only enterprises of this chain (by sector or segment membership). */
  chainId?: string;
  visible?: VisibleSubset;
  /**
   * Betweenness sources; default 256, so exact up to 256 nodes and an estimate beyond (exact
   * betweenness on 50k nodes would take minutes).
   */
  sampleSources?: number;
  /** Keep the first `limit` entries. */
  limit?: number;
}

/**
 * Visible enterprises ranked by a blend of the three measures (undirected, over every relation),
 * best first, ties in file order.
 */
export function rankKeyEnterprises(
  graph: AnalysedGraph,
  options: KeyEnterpriseOptions = {},
): KeyEnterprise[] {
  const { chainId, visible, sampleSources = 256, limit } = options;
  const index = buildIndex(graph, { visible });
  const degree = degreesOf(index);
  const betweenness = betweennessOf(index, { sampleSources });
  const rank = pageRankOf(index, {});
  const share = (value: number, max: number) => (max === 0 ? 0 : value / max);
  // A reduce, not Math.max(...values): spreading 50k arguments can overflow the stack.
  const largest = (values: Float64Array) => values.reduce((max, value) => Math.max(max, value), 0);
  const [maxDegree, maxBetweenness, maxRank] = [largest(degree), largest(betweenness), largest(rank)];
  const inChain =
    chainId === undefined
      ? null
      : new Set(chainEnterprises(graph, chainId, segmentMembership(graph)).map((node) => node.id));

  const ranked: KeyEnterprise[] = [];
  index.nodes.forEach((node, i) => {
    if (node.type !== 'enterprise' || (inChain && !inChain.has(node.id))) return;
    const [d, b, p] = [degree[i] ?? 0, betweenness[i] ?? 0, rank[i] ?? 0];
    const score = (share(d, maxDegree) + share(b, maxBetweenness) + share(p, maxRank)) / 3;
    ranked.push({ id: node.id, name: node.name, degree: d, betweenness: b, pageRank: p, score });
  });
  ranked.sort((a, b) => b.score - a.score);
  return limit === undefined ? ranked : ranked.slice(0, limit);
}

function byId(index: GraphIndex, values: Float64Array): Map<string, number> {
  return new Map(index.nodes.map((node, i) => [node.id, values[i] ?? 0]));
}

function degreesOf(index: GraphIndex): Float64Array {
  const degrees = new Float64Array(index.nodes.length);
  for (let i = 0; i < degrees.length; i++) degrees[i] = neighboursOf(index, i).length;
  return degrees;
}

/** Brandes' algorithm on the undirected simple graph, predecessors found again from distances. */
function betweennessOf(
  index: GraphIndex,
  { sampleSources, seed = 1 }: Pick<BetweennessOptions, 'sampleSources' | 'seed'>,
): Float64Array {
  const n = index.nodes.length;
  const { offsets, neighbours } = index;
  const scores = new Float64Array(n);
  const sample =
    sampleSources !== undefined && sampleSources < n
      ? shuffledRange(n, seededRandom(seed)).subarray(0, Math.max(sampleSources, 1))
      : null;
  const sourceCount = sample?.length ?? n;
  const distance = new Int32Array(n).fill(-1);
  const paths = new Float64Array(n);
  const dependency = new Float64Array(n);
  const order = new Int32Array(n);

  for (let s = 0; s < sourceCount; s++) {
    const source = sample ? (sample[s] ?? 0) : s;
    let head = 0;
    let tail = 0;
    order[tail++] = source;
    distance[source] = 0;
    paths[source] = 1;
    while (head < tail) {
      const node = order[head++] ?? 0;
      const nextDistance = (distance[node] ?? 0) + 1;
      const end = offsets[node + 1] ?? 0;
      for (let slot = offsets[node] ?? 0; slot < end; slot++) {
        const next = neighbours[slot] ?? 0;
        if (distance[next] === -1) {
          distance[next] = nextDistance;
          order[tail++] = next;
        }
        if (distance[next] === nextDistance) paths[next] = (paths[next] ?? 0) + (paths[node] ?? 0);
      }
    }
    for (let at = tail - 1; at > 0; at--) {
      const node = order[at] ?? 0;
      const previousDistance = (distance[node] ?? 0) - 1;
      const carried = (1 + (dependency[node] ?? 0)) / (paths[node] ?? 1);
      const end = offsets[node + 1] ?? 0;
      for (let slot = offsets[node] ?? 0; slot < end; slot++) {
        const previous = neighbours[slot] ?? 0;
        if (distance[previous] === previousDistance)
          dependency[previous] = (dependency[previous] ?? 0) + (paths[previous] ?? 0) * carried;
      }
      scores[node] = (scores[node] ?? 0) + (dependency[node] ?? 0);
    }
    // Reset only what this source touched: cheap on a fragmented graph.
    for (const node of order.subarray(0, tail)) {
      distance[node] = -1;
      paths[node] = 0;
      dependency[node] = 0;
    }
  }
  // Each unordered pair was counted from both ends; a sample stands for n / |sample| as many sources.
  const scale = n / sourceCount / 2;
  return scores.map((score) => score * scale);
}

function pageRankOf(
  index: GraphIndex,
  {
    damping = 0.85,
    tolerance = 1e-10,
    maxIterations = 200,
  }: Pick<PageRankOptions, 'damping' | 'tolerance' | 'maxIterations'>,
): Float64Array {
  const n = index.nodes.length;
  const { offsets, neighbours } = index;
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if (offsets[i] === offsets[i + 1]) dangling += rank[i] ?? 0;
    next.fill((1 - damping) / n + (damping * dangling) / n);
    for (let i = 0; i < n; i++) {
      const start = offsets[i] ?? 0;
      const end = offsets[i + 1] ?? 0;
      const share = (damping * (rank[i] ?? 0)) / (end - start);
      for (let slot = start; slot < end; slot++) {
        const to = neighbours[slot] ?? 0;
        next[to] = (next[to] ?? 0) + share;
      }
    }
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs((next[i] ?? 0) - (rank[i] ?? 0));
    [rank, next] = [next, rank];
    if (change < tolerance) break;
  }
  return rank;
}
