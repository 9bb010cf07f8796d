import type { Graph } from '../domain/graph/types';
import { mark, PERF_MARKS } from './perfMarks';
import { loadLayout, saveLayout, topologyKey } from './layoutStore';
import { WorkerClient, type WorkerReply } from './workerClient';

/**
 * Lays out a big map with ForceAtlas2 in layoutWorker.ts, so the page stays responsive while it
 * runs. The main thread only packs typed arrays; results are kept per graph in memory and per map
 * in IndexedDB, so coming back to the same picture, or reloading the page, does not lay it out again.
 *
 * The worker is sent no PackedGraph: it lays out what is drawn (groups and members, not the graph),
 * and needs only positions and index pairs, typed arrays already, which the IndexedDB key is made
 * of on this side anyway.
 */

export interface LayoutNode {
  id: string;
  x: number;
  y: number;
}
export interface LayoutEdge {
  source: string;
  target: string;
}

/** What runLayout posts to the worker, and what the worker posts back. */
export interface LayoutRequest {
  /** x, y per node, in node order. */
  positions: Float32Array;
  /** Node index pairs. */
  edges: Int32Array;
}
export interface LayoutProgress {
  done: number;
  total: number;
}
export interface LayoutDone {
  positions: Float32Array;
}
export type LayoutResponse = WorkerReply<LayoutProgress, LayoutDone>;

/** ForceAtlas2 reports between batches of iterations, seconds apart on 50k nodes; minutes of silence is a hung worker. */
const LAYOUT_SILENCE_LIMIT_MS = 300_000;

export interface PackedLayout extends LayoutRequest {
  nodeIds: string[];
}

/** Nodes placed exactly on one another feel the same forces forever: the later ones are moved onto a small spiral. */
const NUDGE_STEP = 8;
const GOLDEN_ANGLE = 2.399963;

/**
 * Packs nodes and edges for the worker: positions as x, y pairs, edges as index pairs. Edges with an
 * endpoint outside `nodes` and self-loops are left out (they add no force).
 */
export function packLayout(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): PackedLayout {
  const indexOf = new Map<string, number>();
  const positions = new Float32Array(nodes.length * 2);
  const taken = new Map<string, number>();
  nodes.forEach((node, index) => {
    indexOf.set(node.id, index);
    const spot = `${node.x},${node.y}`;
    const before = taken.get(spot) ?? 0;
    taken.set(spot, before + 1);
    const radius = NUDGE_STEP * Math.sqrt(before);
    positions[index * 2] = node.x + radius * Math.cos(before * GOLDEN_ANGLE);
    positions[index * 2 + 1] = node.y + radius * Math.sin(before * GOLDEN_ANGLE);
  });
  const pairs: number[] = [];
  for (const edge of edges) {
    const source = indexOf.get(edge.source);
    const target = indexOf.get(edge.target);
    if (source === undefined || target === undefined || source === target) continue;
    pairs.push(source, target);
  }
  return { nodeIds: nodes.map((node) => node.id), positions, edges: Int32Array.from(pairs) };
}

/** Turns the worker's x, y pairs back into positions by node id. */
export function unpackPositions(
  nodeIds: readonly string[],
  positions: Float32Array,
): Map<string, { x: number; y: number }> {
  return new Map(
    nodeIds.map((id, index) => [id, { x: positions[index * 2] ?? 0, y: positions[index * 2 + 1] ?? 0 }]),
  );
}

export interface RunLayoutOptions {
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Tests stand in a fake; the app uses the real module worker. */
  createWorker?: () => Worker;
}

export interface LayoutRun {
  /** The positions by node id; null when cancelled or the worker failed. */
  positions: Promise<Map<string, { x: number; y: number }> | null>;
  cancel: () => void;
}

interface CachedLayout {
  nodeIds: readonly string[];
  positions: Map<string, { x: number; y: number }>;
}
/** Laid-out positions per graph; a different set of drawn nodes (another filter) is laid out anew. */
const layoutCache = new WeakMap<Graph, CachedLayout>();

const sameIds = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id, index) => id === b[index]);

const startLayoutWorker = (): Worker =>
  new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });

export function runLayout(
  graph: Graph,
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  options: RunLayoutOptions = {},
): LayoutRun {
  const packed = packLayout(nodes, edges);
  const cached = layoutCache.get(graph);
  if (cached && sameIds(cached.nodeIds, packed.nodeIds))
    return { positions: Promise.resolve(cached.positions), cancel: () => undefined };
  let cancelled = false;
  let stopWorker: () => void = () => undefined;
  const remember = (positions: Float32Array) => {
    const result = unpackPositions(packed.nodeIds, positions);
    layoutCache.set(graph, { nodeIds: packed.nodeIds, positions: result });
    return result;
  };
  const key = topologyKey(packed.nodeIds, packed.edges);
  const positions = loadLayout(key).then((stored) => {
    if (cancelled) return null;
    if (stored && stored.length === packed.positions.length) return remember(stored);
    const run = layOutInWorker(packed, options);
    stopWorker = run.cancel;
    return run.positions.then((laidOut) => {
      if (!laidOut) return null;
      void saveLayout(key, laidOut);
      return remember(laidOut);
    });
  });
  return {
    positions,
    cancel: () => {
      cancelled = true;
      stopWorker();
    },
  };
}

/** One ForceAtlas2 run in a fresh worker; resolves the x, y pairs, or null when cancelled or failed. */
function layOutInWorker(
  packed: PackedLayout,
  options: RunLayoutOptions,
): { positions: Promise<Float32Array | null>; cancel: () => void } {
  mark(PERF_MARKS.layoutStart);
  // The bar shows from the start: the worker's first report can be seconds away on a big map.
  options.onProgress?.({ done: 0, total: 1 });
  const client = new WorkerClient<LayoutRequest, LayoutProgress, LayoutDone>({
    name: 'layout',
    create: options.createWorker ?? startLayoutWorker,
    silenceLimitMs: LAYOUT_SILENCE_LIMIT_MS,
  });
  const request: LayoutRequest = { positions: packed.positions, edges: packed.edges };
  const job = client.run(request, {
    transfer: [packed.positions.buffer, packed.edges.buffer],
    onProgress: ({ done, total }) => options.onProgress?.({ done, total }),
  });
  const positions = job.result.then(
    (done) => {
      if (!done) return null;
      mark(PERF_MARKS.layoutEnd);
      return done.positions;
    },
    // A failed layout leaves the map as drawn; the failure itself reaches the user as a notice.
    () => null,
  );
  return { positions, cancel: job.cancel };
}
