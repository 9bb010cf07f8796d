/** ForceAtlas2 over packed arrays: the pure part of layoutWorker.ts, so it can be tested outside a worker. */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { LayoutRequest } from './runLayout';

/** Iterations between progress reports: one batch over 50k nodes and 200k edges takes seconds here. */
const BATCH_ITERATIONS = 10;
/**
 * Fewer iterations on bigger graphs keep the wait bounded: with Barnes-Hut one iteration over 3,000
 * nodes takes about 25 ms on a 2-core laptop, over 10,000 nodes and 40,000 edges about 60 ms.
 * A big map starts from its members placed around their groups, so it needs fewer to settle.
 */
const iterationsFor = (order: number): number => (order > 20_000 ? 60 : order > 5_000 ? 120 : 300);
/** Room per node on the map, in pixels, so node shapes and labels do not pile up. */
const SPACING = 90;

/** FA2 picks its own scale: spread the result so each node has about SPACING × SPACING. */
function spread(positions: Float32Array): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  positions.forEach((value, index) => {
    if (index % 2 === 0) {
      minX = Math.min(minX, value);
      maxX = Math.max(maxX, value);
    } else {
      minY = Math.min(minY, value);
      maxY = Math.max(maxY, value);
    }
  });
  const area = Math.max(1, (maxX - minX) * (maxY - minY));
  const scale = Math.sqrt(((positions.length / 2) * SPACING * SPACING) / area);
  positions.forEach((value, index) => {
    positions[index] = value * scale;
  });
}

/**
 * Runs a fixed number of iterations from the given positions, in batches with progress after each:
 * no randomness, so the same input always gives the same picture. Returns x, y per node.
 */
export function forceAtlasLayout(
  { positions, edges }: LayoutRequest,
  onProgress: (done: number, total: number) => void,
): Float32Array {
  const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  const order = positions.length / 2;
  // Indices are the keys: the ids stay on the main thread, which maps the result back.
  for (let index = 0; index < order; index += 1)
    graph.addNode(index, { x: positions[index * 2] ?? 0, y: positions[index * 2 + 1] ?? 0 });
  for (let index = 0; index + 1 < edges.length; index += 2) graph.addEdge(edges[index], edges[index + 1]);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: order > 2000 };
  const total = iterationsFor(order);
  for (let done = 0; done < total;) {
    const iterations = Math.min(BATCH_ITERATIONS, total - done);
    forceAtlas2.assign(graph, { iterations, settings });
    done += iterations;
    onProgress(done, total);
  }
  const result = new Float32Array(order * 2);
  graph.forEachNode((key, attributes) => {
    const index = Number(key);
    result[index * 2] = attributes.x as number;
    result[index * 2 + 1] = attributes.y as number;
  });
  spread(result);
  return result;
}
