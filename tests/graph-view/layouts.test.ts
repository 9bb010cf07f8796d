import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/domain/csv/import';
import { headlessMap } from '../../src/graph-view/bundledOverview';
import { fcoseLoaded, loadFcose } from '../../src/graph-view/fcose';
import { planLayout } from '../../src/graph-view/layouts';
import { overviewPositions } from '../../src/graph-view/overviewLayout';
import { adjacencyOf, fullDetailPositionsOf } from '../../src/store/derived';
import type { Graph } from '../../src/domain/graph/types';
import type { Positions } from '../../src/domain/layout';

/** A small map the build shipped no overview for: the bundled one less its first node. */
const smallUpload = (): Graph => {
  const { graph } = importFiles(
    ['nodes.csv', 'edges.csv'].map((name) => ({
      name,
      bytes: new Uint8Array(readFileSync(path.join(import.meta.dirname, '../../data', name))),
    })),
  );
  const dropped = graph.nodes[0]?.id;
  return {
    ...graph,
    nodes: graph.nodes.slice(1),
    edges: graph.edges.filter((edge) => edge.source !== dropped && edge.target !== dropped),
  };
};

const overviewPlan = (graph: Graph, overviewCache: Map<Graph, Positions>) =>
  planLayout('overview', {
    cy: headlessMap(graph),
    graph,
    adjacency: adjacencyOf(graph),
    selected: null,
    depth: 1,
    overviewCache,
    grouped: false,
    layerNodes: [],
    coveredTop: 0,
  });

describe('a small map’s overview with fcose loaded on first use', () => {
  it('stands in with members around their groups until fcose is in, then is fcose’s, and kept', async () => {
    const graph = smallUpload();
    const cache = new Map<Graph, Positions>();
    expect(fcoseLoaded()).toBe(false);
    const waiting = overviewPlan(graph, cache);
    expect(waiting.awaitsFcose).toBe(true);
    expect(waiting.positions).toEqual(fullDetailPositionsOf(graph));
    expect(cache.has(graph)).toBe(false);

    await loadFcose();
    expect(fcoseLoaded()).toBe(true);
    const laidOut = overviewPlan(graph, cache);
    expect(laidOut.awaitsFcose).toBeUndefined();
    expect(laidOut.positions).toEqual(overviewPositions(headlessMap(graph)));
    expect(laidOut.positions).not.toEqual(waiting.positions);
    expect(cache.get(graph)).toEqual(laidOut.positions);
  });
});
