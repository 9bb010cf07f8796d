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
  shortestPaths,
  supplyLevels,
  type CommunityOptions,
  type KeyEnterpriseOptions,
  type PathOptions,
  type VisibleSubset,
} from '../domain/analysis';
import { createAttributes, type Graph, type GraphEdge, type GraphNode } from '../domain/graph/types';

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

const positionsIn = (graph: Graph): Map<string, number> =>
  new Map(graph.nodes.map((node, i) => [node.id, i]));

function enterpriseRanking(graph: Graph, options: KeyEnterpriseOptions): EnterpriseRanking {
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

function communityGroups(graph: Graph, options: CommunityOptions): CommunityGroups {
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
  paths: (graph: Graph, { from, to, ...options }: PathOptions & { from: string; to: string }) =>
    shortestPaths(graph, from, to, options),
  supplyLevels: (graph: Graph, { id, up, down }: { id: string; up: number; down: number }) =>
    supplyLevels(graph, id, up, down),
  gapBoard: (graph: Graph) => chainGapBoard(graph),
  attraction: (graph: Graph, { chainId, segmentId }: { chainId: string; segmentId: string }) =>
    attractionShortlist(graph, chainId, segmentId),
  keyEnterprises: enterpriseRanking,
  communities: communityGroups,
  summary: (graph: Graph, { visible }: { visible?: VisibleSubset }) => networkSummary(graph, visible),
};

export type AnalysisKind = keyof typeof ANALYSES;
export type AnalysisOptions<K extends AnalysisKind> = Parameters<(typeof ANALYSES)[K]>[1];
export type AnalysisResult<K extends AnalysisKind> = ReturnType<(typeof ANALYSES)[K]>;

/** The node fields some analysis reads; the rest (descriptions, evidence, extra columns) stay here. */
type AnalysedNode = Pick<
  GraphNode,
  'id' | 'name' | 'type' | 'sectors' | 'segment' | 'awardLevel' | 'awards' | 'locality' | 'key'
>;

/**
 * A graph as the worker needs it, cheap to post: cloning 200k edge objects would block the page for
 * a second, typed columns move for free. Edge ends are positions in `nodes`.
 */
export interface PackedGraph {
  nodes: AnalysedNode[];
  edgeIds: string[];
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  /** Code per edge into `relations`. */
  edgeRelation: Uint16Array;
  relations: string[];
  edgeDirected: Uint8Array;
}

/** Items handled between two yields to the event loop while packing, so no task runs long. */
const PACK_CHUNK = 20_000;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

export async function packGraph(graph: Graph): Promise<PackedGraph> {
  const { nodes, edges } = graph;
  const positionOf = new Map<string, number>();
  const packedNodes: AnalysedNode[] = [];
  for (let start = 0; start < nodes.length; start += PACK_CHUNK) {
    for (const [offset, node] of nodes.slice(start, start + PACK_CHUNK).entries()) {
      const { id, name, type, sectors, segment, awardLevel, awards, locality, key } = node;
      positionOf.set(id, start + offset);
      packedNodes.push({ id, name, type, sectors, segment, awardLevel, awards, locality, key });
    }
    await nextTask();
  }
  const edgeSource = new Int32Array(edges.length);
  const edgeTarget = new Int32Array(edges.length);
  const edgeRelation = new Uint16Array(edges.length);
  const edgeDirected = new Uint8Array(edges.length);
  const relationCodes = new Map<string, number>();
  for (let start = 0; start < edges.length; start += PACK_CHUNK) {
    const end = Math.min(start + PACK_CHUNK, edges.length);
    for (let i = start; i < end; i++) {
      const edge = edges[i] as GraphEdge;
      let code = relationCodes.get(edge.relation);
      if (code === undefined) {
        code = relationCodes.size;
        relationCodes.set(edge.relation, code);
      }
      edgeSource[i] = positionOf.get(edge.source) ?? -1;
      edgeTarget[i] = positionOf.get(edge.target) ?? -1;
      edgeRelation[i] = code;
      edgeDirected[i] = edge.directed ? 1 : 0;
    }
    await nextTask();
  }
  const edgeIds = edges.map((edge) => edge.id);
  return {
    nodes: packedNodes,
    edgeIds,
    edgeSource,
    edgeTarget,
    edgeRelation,
    relations: [...relationCodes.keys()],
    edgeDirected,
  };
}

/** The worker's side: a Graph again, with empty texts where the analyses read none. */
export function unpackGraph(packed: PackedGraph): Graph {
  const nodes: GraphNode[] = packed.nodes.map((node) => ({
    ...node,
    description: '',
    evidence: '',
    url: '',
    attributes: createAttributes(),
  }));
  const idAt = (position: number) => nodes[position]?.id ?? '';
  const edges: GraphEdge[] = packed.edgeIds.map((id, i) => ({
    id,
    source: idAt(packed.edgeSource[i] ?? -1),
    target: idAt(packed.edgeTarget[i] ?? -1),
    relation: packed.relations[packed.edgeRelation[i] ?? 0] ?? '',
    directed: packed.edgeDirected[i] === 1,
    label: '',
    evidence: '',
    attributes: createAttributes(),
  }));
  return { nodes, edges, nodeExtraColumns: [], edgeExtraColumns: [] };
}

/** What runAnalysis posts to the worker, and what the worker posts back. */
export type AnalysisRequest =
  | { type: 'graph'; graph: PackedGraph }
  | { type: 'run'; id: number; kind: AnalysisKind; options: AnalysisOptions<AnalysisKind> };
export type AnalysisResponse =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string };

/** TypeScript cannot tie `ANALYSES[kind]` to `kind` for a generic K; the table's own types guarantee it. */
export const analyse = <K extends AnalysisKind>(
  graph: Graph,
  kind: K,
  options: AnalysisOptions<K>,
): AnalysisResult<K> =>
  (ANALYSES[kind] as (graph: Graph, options: AnalysisOptions<K>) => AnalysisResult<K>)(graph, options);

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

/** One long-lived worker; a crash rejects what it was doing and the next request starts a fresh one. */
class AnalysisWorker {
  private worker: Worker | null = null;
  private sentGraph: Graph | null = null;
  /** Settles once the current graph is in the worker; each graph is packed after the one before. */
  private graphSent: Promise<void> = Promise.resolve();
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  run<K extends AnalysisKind>(
    graph: Graph,
    kind: K,
    options: AnalysisOptions<K>,
  ): Promise<AnalysisResult<K>> {
    if (this.sentGraph !== graph) {
      this.sentGraph = graph;
      this.graphSent = this.graphSent
        .then(async () => {
          const packed = await packGraph(graph);
          const columns = [packed.edgeSource, packed.edgeTarget, packed.edgeRelation, packed.edgeDirected];
          this.start().postMessage(
            { type: 'graph', graph: packed } satisfies AnalysisRequest,
            columns.map((column) => column.buffer),
          );
        })
        .catch((error: unknown) => this.fail(error instanceof Error ? error.message : String(error)));
    }
    const id = this.nextId++;
    const result = new Promise<AnalysisResult<K>>((resolve, reject) => {
      this.pending.set(id, { resolve: (value) => resolve(value as AnalysisResult<K>), reject });
    });
    void this.graphSent.then(() =>
      this.start().postMessage({ type: 'run', id, kind, options } satisfies AnalysisRequest),
    );
    return result;
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
