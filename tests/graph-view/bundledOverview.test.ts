import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import shipped from 'virtual:bundled-overview';
import { importFiles } from '../../src/domain/csv/import';
import { headlessMap, overviewOfFiles } from '../../src/graph-view/bundledOverview';
import { shippedOverviewFor } from '../../src/graph-view/shippedOverview';

const bundledFiles = () =>
  ['nodes.csv', 'edges.csv'].map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(path.join(import.meta.dirname, '../../data', name))),
  }));

describe('the bundled overview shipped with the build', () => {
  const { graph } = importFiles(bundledFiles());

  it('places every node of data/nodes.csv, in the file’s order, and no other', () => {
    expect(shipped.positions.map(([id]) => id)).toEqual(graph.nodes.map((node) => node.id));
    for (const [, x, y] of shipped.positions) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });

  it('is what laying the data out again gives, to the last bit', () => {
    expect(overviewOfFiles(bundledFiles())).toEqual(shipped);
  });

  it('is centred on the origin, so the fonts that size labels do not move it', () => {
    const xs = shipped.positions.map(([, x]) => x);
    const ys = shipped.positions.map(([, , y]) => y);
    expect(Math.abs(Math.min(...xs) + Math.max(...xs))).toBeLessThan(1e-9);
    expect(Math.abs(Math.min(...ys) + Math.max(...ys))).toBeLessThan(1e-9);
  });

  it('is used for the bundled map as the map draws it', () => {
    const positions = shippedOverviewFor(headlessMap(graph));
    expect([...(positions ?? [])].map(([id, { x, y }]) => [id, x, y])).toEqual(shipped.positions);
  });

  it('is not used when the drawn elements differ: the map lays them out itself', () => {
    const fewer = { ...graph, nodes: graph.nodes.slice(1) };
    fewer.edges = graph.edges.filter(
      (edge) => edge.source !== graph.nodes[0]?.id && edge.target !== graph.nodes[0]?.id,
    );
    expect(shippedOverviewFor(headlessMap(fewer))).toBeNull();

    const resized = headlessMap(graph);
    const first = resized.nodes().first();
    first.data('width', Number(first.data('width')) + 10);
    expect(shippedOverviewFor(resized)).toBeNull();

    const rewired = { ...graph, edges: graph.edges.slice(1) };
    expect(shippedOverviewFor(headlessMap(rewired))).toBeNull();
  });
});
