/**
 * Runs a planner analysis of a graph: here on small maps (a worker's start-up would cost more than
 * the work), in analysisWorker.ts above INLINE_NODE_LIMIT, so betweenness or Louvain on 50k nodes
 * never freezes the page. The worker keeps the last graph it was sent, so each graph crosses once.
 */
import {
  attractionShortlist,
  chainGapBoard,
  detectCommunities,
  networkSummary,
  rankKeyEnterprises,
  shortestPaths,
  supplyLevels,
  type PathOptions,
  type VisibleSubset,
} from '../domain/analysis';
import type { Graph } from '../domain/graph/types';

export const INLINE_NODE_LIMIT = 5000;

/** Every analysis as (graph, options) → plain, structured-cloneable data. */
export const ANALYSES = {
  paths: (graph: Graph, { from, to, ...options }: PathOptions & { from: string; to: string }) => shortestPaths(graph, from, to, options),
  supplyLevels: (graph: Graph, { id, up, down }: { id: string; up: number; down: number }) => supplyLevels(graph, id, up, down),
  gapBoard: (graph: Graph) => chainGapBoard(graph),
  attraction: (graph: Graph, { chainId, segmentId }: { chainId: string; segmentId: string }) =>
    attractionShortlist(graph, chainId, segmentId),
  keyEnterprises: rankKeyEnterprises,
  communities: detectCommunities,
  summary: (graph: Graph, { visible }: { visible?: VisibleSubset }) => networkSummary(graph, visible),
};

export type AnalysisKind = keyof typeof ANALYSES;
export type AnalysisOptions<K extends AnalysisKind> = Parameters<(typeof ANALYSES)[K]>[1];
export type AnalysisResult<K extends AnalysisKind> = ReturnType<(typeof ANALYSES)[K]>;

/** What runAnalysis posts to the worker, and what the worker posts back. */
export type AnalysisRequest =
  | { type: 'graph'; graph: Graph }
  | { type: 'run'; id: number; kind: AnalysisKind; options: AnalysisOptions<AnalysisKind> };
export type AnalysisResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string };

/** TypeScript cannot tie `ANALYSES[kind]` to `kind` for a generic K; the table's own types guarantee it. */
export const analyse = <K extends AnalysisKind>(graph: Graph, kind: K, options: AnalysisOptions<K>): AnalysisResult<K> =>
  (ANALYSES[kind] as (graph: Graph, options: AnalysisOptions<K>) => AnalysisResult<K>)(graph, options);

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

/** One long-lived worker; a crash rejects what it was doing and the next request starts a fresh one. */
class AnalysisWorker {
  private worker: Worker | null = null;
  private sentGraph: Graph | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  run<K extends AnalysisKind>(graph: Graph, kind: K, options: AnalysisOptions<K>): Promise<AnalysisResult<K>> {
    const worker = this.start();
    if (this.sentGraph !== graph) {
      worker.postMessage({ type: 'graph', graph } satisfies AnalysisRequest);
      this.sentGraph = graph;
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: (result) => resolve(result as AnalysisResult<K>), reject });
      worker.postMessage({ type: 'run', id, kind, options } satisfies AnalysisRequest);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<AnalysisResponse>) => {
      const waiting = this.pending.get(data.id);
      this.pending.delete(data.id);
      if (data.ok) waiting?.resolve(data.result);
      else waiting?.reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(event.message || 'the analysis worker stopped');
    };
    worker.onmessageerror = () => this.fail('an analysis result could not be passed back from the worker');
    this.worker = worker;
    return worker;
  }

  private fail(message: string): void {
    this.worker?.terminate();
    this.worker = null;
    this.sentGraph = null;
    for (const { reject } of this.pending.values()) reject(new Error(message));
    this.pending.clear();
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
