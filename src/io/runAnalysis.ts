/**
 * Runs a planner analysis of a graph: here on small maps (a worker's start-up would cost more than
 * the work), in analysisWorker.ts above INLINE_NODE_LIMIT, so betweenness or Louvain on 50k nodes
 * never freezes the page. The worker keeps the last graph it was sent, so each graph crosses once,
 * packed (see PackedGraph) so that crossing does not freeze the page either.
 */
import {
  attractionShortlist,
  chainGapBoard,
  degreeCentrality,
  detectCommunities,
  networkSummary,
  rankKeyEnterprises,
  rankBySupplyDirection,
  shortestPaths,
  supplyLevels,
  type CommunityOptions,
  type KeyEnterpriseOptions,
  type PathOptions,
  type VisibleSubset,
} from '../domain/analysis';
import {
  ANALYSED_EDGE_FIELDS,
  ANALYSED_NODE_FIELDS,
  type AnalysedEdge,
  type AnalysedGraph,
  type AnalysedNode,
} from '../domain/analysis/analysedGraph';
import type { Graph } from '../domain/graph/types';
import { packedBuffers, packGraphInTurns, type PackedGraph } from './packedGraph';
import { workerFailed, WorkerClient } from './workerClient';

export const INLINE_NODE_LIMIT = 5000;

/**
 * The ranked enterprises as columns, best blended score first: `positions[i]` is the enterprise's
 * index in graph.nodes. Tens of thousands of objects would take the page longer to receive than
 * the worker took to rank them; typed arrays cross at once.
 */
export interface EnterpriseRanking {
  positions: Int32Array;
  degree: Float64Array;
  betweenness: Float64Array;
  pageRank: Float64Array;
  score: Float64Array;
}

/**
 * Communities largest first, as columns: community c's members, best connected first, are the
 * graph.nodes indices `members[offsets[c] .. offsets[c + 1])`.
 */
export interface CommunityGroups {
  count: number;
  modularity: number;
  offsets: Int32Array;
  members: Int32Array;
}

const positionsIn = (graph: AnalysedGraph): Map<string, number> =>
  new Map(graph.nodes.map((node, i) => [node.id, i]));

function enterpriseRanking(graph: AnalysedGraph, options: KeyEnterpriseOptions): EnterpriseRanking {
  const ranked = rankKeyEnterprises(graph, options);
  const positionOf = positionsIn(graph);
  return {
    positions: Int32Array.from(ranked, (enterprise) => positionOf.get(enterprise.id) ?? -1),
    degree: Float64Array.from(ranked, (enterprise) => enterprise.degree),
    betweenness: Float64Array.from(ranked, (enterprise) => enterprise.betweenness),
    pageRank: Float64Array.from(ranked, (enterprise) => enterprise.pageRank),
    score: Float64Array.from(ranked, (enterprise) => enterprise.score),
  };
}

function communityGroups(graph: AnalysedGraph, options: CommunityOptions): CommunityGroups {
  const { communityOf, count, modularity } = detectCommunities(graph, options);
  const degree = degreeCentrality(graph, options);
  const groups: number[][] = Array.from({ length: count }, () => []);
  graph.nodes.forEach((node, i) => {
    const community = communityOf.get(node.id);
    if (community !== undefined) groups[community]?.push(i);
  });
  const degreeAt = (i: number) => degree.get(graph.nodes[i]?.id ?? '') ?? 0;
  // Stable sorts: ties keep file order.
  groups.sort((a, b) => b.length - a.length);
  for (const group of groups) group.sort((a, b) => degreeAt(b) - degreeAt(a));
  const offsets = new Int32Array(count + 1);
  groups.forEach((group, c) => (offsets[c + 1] = (offsets[c] ?? 0) + group.length));
  return { count, modularity, offsets, members: Int32Array.from(groups.flat()) };
}

/** Every analysis as (graph, options) → plain, structured-cloneable data. */
export const ANALYSES = {
  paths: (graph: AnalysedGraph, { from, to, ...options }: PathOptions & { from: string; to: string }) =>
    rankBySupplyDirection(graph, shortestPaths(graph, from, to, options)),
  supplyLevels: (graph: AnalysedGraph, { id, up, down }: { id: string; up: number; down: number }) =>
    supplyLevels(graph, id, up, down),
  gapBoard: (graph: AnalysedGraph) => chainGapBoard(graph),
  attraction: (graph: AnalysedGraph, { chainId, segmentId }: { chainId: string; segmentId: string }) =>
    attractionShortlist(graph, chainId, segmentId),
  keyEnterprises: enterpriseRanking,
  communities: communityGroups,
  summary: (graph: AnalysedGraph, { visible }: { visible?: VisibleSubset }) => networkSummary(graph, visible),
};

export type AnalysisKind = keyof typeof ANALYSES;
export type AnalysisOptions<K extends AnalysisKind> = Parameters<(typeof ANALYSES)[K]>[1];
export type AnalysisResult<K extends AnalysisKind> = ReturnType<(typeof ANALYSES)[K]>;

/** The fields the analyses read: the worker is sent these only. */
export const ANALYSED_FIELDS = { nodes: ANALYSED_NODE_FIELDS, edges: ANALYSED_EDGE_FIELDS };
type AnalysedNodeField = keyof AnalysedNode;
type AnalysedEdgeField = keyof AnalysedEdge;

export type AnalysisRequest =
  | { type: 'graph'; graph: PackedGraph<AnalysedNodeField, AnalysedEdgeField> }
  | { type: 'run'; kind: AnalysisKind; options: AnalysisOptions<AnalysisKind> };
export interface AnalysisDone {
  result: unknown;
}

/** Betweenness or Louvain on 50k nodes / 200k edges takes tens of seconds here; far longer is a hung worker. */
const ANALYSIS_SILENCE_LIMIT_MS = 300_000;

/** TypeScript cannot tie `ANALYSES[kind]` to `kind` for a generic K; the table's own types guarantee it. */
export const analyse = <K extends AnalysisKind>(
  graph: AnalysedGraph,
  kind: K,
  options: AnalysisOptions<K>,
): AnalysisResult<K> =>
  (ANALYSES[kind] as (graph: AnalysedGraph, options: AnalysisOptions<K>) => AnalysisResult<K>)(
    graph,
    options,
  );

/** One long-lived worker that keeps the last graph sent; after a failure the next run starts a fresh one. */
class AnalysisWorker {
  private readonly client = new WorkerClient<AnalysisRequest, never, AnalysisDone>({
    name: 'analysis',
    create: () => new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module' }),
    silenceLimitMs: ANALYSIS_SILENCE_LIMIT_MS,
    keep: true,
  });
  private sentGraph: Graph | null = null;
  /** Settles once the current graph is posted; each graph is packed after the one before. */
  private graphSent: Promise<void> = Promise.resolve();

  run<K extends AnalysisKind>(
    graph: Graph,
    kind: K,
    options: AnalysisOptions<K>,
  ): Promise<AnalysisResult<K>> {
    if (this.sentGraph !== graph) {
      this.sentGraph = graph;
      this.graphSent = this.graphSent
        .catch(() => undefined)
        .then(async () => {
          const packed = await packGraphInTurns(graph, ANALYSED_FIELDS);
          this.client.post({ type: 'graph', graph: packed }, packedBuffers(packed));
        })
        .catch((error: unknown) => {
          throw workerFailed('analysis', error instanceof Error ? error.message : String(error));
        });
    }
    return this.graphSent
      .then(() => this.client.run({ type: 'run', kind, options }).result)
      .then(
        (done) => {
          if (!done) throw new Error('the analysis was cancelled');
          return done.result as AnalysisResult<K>;
        },
        (error: unknown) => {
          // The worker that held the graph is gone: the next run sends it again.
          this.sentGraph = null;
          throw error;
        },
      );
  }
}

let worker: AnalysisWorker | null = null;

/** The result at once on a small map, a promise of it on a big one. */
export function runAnalysis<K extends AnalysisKind>(
  graph: Graph,
  kind: K,
  options: AnalysisOptions<K>,
): AnalysisResult<K> | Promise<AnalysisResult<K>> {
  if (graph.nodes.length <= INLINE_NODE_LIMIT) return analyse(graph, kind, options);
  worker ??= new AnalysisWorker();
  return worker.run(graph, kind, options);
}
