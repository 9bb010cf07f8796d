import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import shipped from 'virtual:bundled-overview';
import { importFiles } from '../../src/domain/csv/import';
import { defaultFilters } from '../../src/domain/filters';
import { firstPictureSvg } from '../../src/graph-view/firstPicture';
import { useAppStore } from '../../src/store';

const { graph } = importFiles(
  ['nodes.csv', 'edges.csv'].map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(path.join(import.meta.dirname, '../../data', name))),
  })),
);
const viewport = { width: 800, height: 600 };
const covered = 48;
const picture = () => firstPictureSvg(useAppStore.getState(), viewport, covered);

describe('the bundled map’s first picture', () => {
  beforeEach(() => {
    useAppStore.setState({
      filters: { ...defaultFilters },
      selected: null,
      tie: null,
      layout: 'overview',
      lod: 'auto',
      legendHighlight: null,
      decorations: null,
      presenting: false,
      showChanges: false,
    });
    useAppStore.getState().setBundled(graph);
  });

  it('draws every node of the plain overview at its shipped place, inside the view the map fits', () => {
    const svg = picture();
    if (svg === null) throw new Error('no first picture');
    const drawn = [...svg.matchAll(/<g class="node" data-id="([^"]+)"/g)].map((match) => match[1]);
    expect(drawn).toEqual(graph.nodes.map((node) => node.id));
    const [x, y, width, height] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(' ').map(Number);
    if (x === undefined || y === undefined || width === undefined || height === undefined)
      throw new Error('no viewBox');
    // The view is the map's own shape, one zoom for both sides.
    expect(width / height).toBeCloseTo(viewport.width / viewport.height, 3);
    const zoom = viewport.width / width;
    for (const [, nodeX, nodeY] of shipped.positions) {
      expect(nodeX).toBeGreaterThan(x);
      expect(nodeX).toBeLessThan(x + width);
      // Clear of the controls over the map's top edge.
      expect(nodeY).toBeGreaterThan(y + covered / zoom);
      expect(nodeY).toBeLessThan(y + height);
    }
    // The segments' outlines go round their members, as the map draws them.
    expect(svg).toContain('stroke-dasharray');
  });

  it('is not drawn when the map would open on another picture', () => {
    const store = useAppStore.getState();
    const others: [string, () => void][] = [
      ['a node selected', () => store.select(graph.nodes[0]?.id ?? null)],
      ['a filter hiding some', () => store.setFilters({ types: ['university'] })],
      ['another layout', () => store.setLayout('circle')],
      ['presenting', () => useAppStore.setState({ presenting: true })],
      ['other data', () => store.setBundled({ ...graph, nodes: graph.nodes.slice(1), edges: [] })],
    ];
    for (const [name, change] of others) {
      useAppStore.setState({
        filters: { ...defaultFilters },
        selected: null,
        layout: 'overview',
        presenting: false,
      });
      store.setBundled(graph);
      expect(picture(), 'plain').not.toBeNull();
      change();
      expect(picture(), name).toBeNull();
    }
  });
});
