import { describe, expect, it, vi } from 'vitest';
import { forceAtlasLayout } from '../../src/io/forceAtlasLayout';
import {
  packLayout,
  runLayout,
  unpackPositions,
  type LayoutRequest,
  type LayoutResponse,
} from '../../src/io/runLayout';
import type { WorkerEnvelope } from '../../src/io/workerClient';
import type { Graph } from '../../src/domain/graph/types';
import { topologyKey } from '../../src/io/layoutStore';

describe('packLayout', () => {
  it('packs positions as x, y pairs and edges as index pairs, leaving out self-loops and unknown endpoints', () => {
    const packed = packLayout(
      [
        { id: 'a', x: 1, y: 2 },
        { id: 'b', x: 3, y: 4 },
      ],
      [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'a' },
        { source: 'a', target: 'a' },
        { source: 'a', target: 'gone' },
      ],
    );
    expect(packed.nodeIds).toEqual(['a', 'b']);
    expect([...packed.positions]).toEqual([1, 2, 3, 4]);
    expect([...packed.edges]).toEqual([0, 1, 1, 0]);
  });

  it('moves nodes that sit on one another apart, keeping the first where it was', () => {
    const packed = packLayout(
      ['a', 'b', 'c'].map((id) => ({ id, x: 10, y: 10 })),
      [],
    );
    const points = unpackPositions(packed.nodeIds, packed.positions);
    expect(points.get('a')).toEqual({ x: 10, y: 10 });
    const spots = new Set([...points.values()].map((point) => `${point.x.toFixed(3)},${point.y.toFixed(3)}`));
    expect(spots.size).toBe(3);
  });
});

/** A ring of 40 nodes with a few chords, all starting on a line: a picture FA2 has to unfold. */
const ringRequest = (): LayoutRequest => {
  const count = 40;
  const nodes = Array.from({ length: count }, (_, index) => ({
    id: `n${index}`,
    x: index * 10,
    y: (index % 3) * 5,
  }));
  const edges = nodes.map((node, index) => ({ source: node.id, target: `n${(index + 1) % count}` }));
  edges.push({ source: 'n0', target: 'n20' }, { source: 'n10', target: 'n30' });
  const { positions, edges: pairs } = packLayout(nodes, edges);
  return { positions, edges: pairs };
};

describe('forceAtlasLayout', () => {
  it('reports progress in batches and gives the same positions for the same input', () => {
    const progress: number[] = [];
    const first = forceAtlasLayout(ringRequest(), (done, total) => progress.push(done / total));
    const second = forceAtlasLayout(ringRequest(), () => undefined);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
    expect([...second]).toEqual([...first]);
    expect(first.every(Number.isFinite)).toBe(true);
  });

  it('unfolds a line into a roughly round picture', () => {
    const positions = forceAtlasLayout(ringRequest(), () => undefined);
    const xs = positions.filter((_, index) => index % 2 === 0);
    const ys = positions.filter((_, index) => index % 2 === 1);
    const width = Math.max(...xs) - Math.min(...xs);
    const height = Math.max(...ys) - Math.min(...ys);
    expect(width / height).toBeGreaterThan(0.4);
    expect(width / height).toBeLessThan(2.5);
  });
});

/** Answers every request at once with the positions it was given, shifted by one. */
class EchoWorker {
  onmessage: ((event: MessageEvent<LayoutResponse>) => void) | null = null;
  onerror = null;
  onmessageerror = null;
  terminated = false;
  postMessage({ request }: WorkerEnvelope<LayoutRequest>) {
    const positions = request.positions.map((value) => value + 1);
    queueMicrotask(() => {
      this.onmessage?.({ data: { type: 'progress', done: 1, total: 1 } } as MessageEvent<LayoutResponse>);
      this.onmessage?.({ data: { type: 'done', positions } } as MessageEvent<LayoutResponse>);
    });
  }
  terminate() {
    this.terminated = true;
  }
}

const graph = { nodes: [], edges: [], nodeExtraColumns: [], edgeExtraColumns: [] } as unknown as Graph;
const nodes = [
  { id: 'a', x: 0, y: 0 },
  { id: 'b', x: 5, y: 5 },
];

describe('runLayout', () => {
  it('maps the worker positions back to ids, reports progress, and lays the same graph out only once', async () => {
    const workers: EchoWorker[] = [];
    const createWorker = vi.fn(() => {
      const worker = new EchoWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    });
    const onProgress = vi.fn();
    const first = await runLayout(graph, nodes, [{ source: 'a', target: 'b' }], { createWorker, onProgress })
      .positions;
    expect(first).toEqual(
      new Map([
        ['a', { x: 1, y: 1 }],
        ['b', { x: 6, y: 6 }],
      ]),
    );
    expect(onProgress).toHaveBeenCalledWith({ done: 1, total: 1 });
    expect(workers[0]?.terminated).toBe(true);
    const again = await runLayout(graph, nodes, [], { createWorker }).positions;
    expect(again).toBe(first);
    expect(createWorker).toHaveBeenCalledTimes(1);
  });

  it('resolves null when cancelled, and a worker already running is stopped', async () => {
    const createWorker = vi.fn(() => new EchoWorker() as unknown as Worker);
    const beforeStart = runLayout({ ...graph }, nodes, [], { createWorker });
    beforeStart.cancel();
    expect(await beforeStart.positions).toBeNull();
    expect(createWorker).not.toHaveBeenCalled();

    // A worker that never answers, cancelled once it runs: its late answer must not be cached either.
    const silent = { postMessage: vi.fn(), terminate: vi.fn() };
    const cancelledGraph = { ...graph };
    const running = runLayout(cancelledGraph, nodes, [], { createWorker: () => silent as unknown as Worker });
    await vi.waitFor(() => expect(silent.postMessage).toHaveBeenCalled());
    running.cancel();
    expect(await running.positions).toBeNull();
    expect(silent.terminate).toHaveBeenCalled();
    await runLayout(cancelledGraph, nodes, [], { createWorker }).positions;
    expect(createWorker).toHaveBeenCalledTimes(1);
  });
});

describe('topologyKey', () => {
  it('is equal for equal maps and differs when an id or an edge differs', () => {
    const edges = Int32Array.from([0, 1]);
    expect(topologyKey(['a', 'b'], edges)).toBe(topologyKey(['a', 'b'], Int32Array.from([0, 1])));
    expect(topologyKey(['a', 'b'], edges)).not.toBe(topologyKey(['a', 'c'], edges));
    expect(topologyKey(['ab', 'c'], edges)).not.toBe(topologyKey(['a', 'bc'], edges));
    expect(topologyKey(['a', 'b'], edges)).not.toBe(topologyKey(['a', 'b'], Int32Array.from([1, 0])));
  });
});
