import { describe, expect, it } from 'vitest';
import type { MapChanges } from '../../src/domain/diff';
import { buildLegend } from '../../src/domain/legend';
import { ghostsOf, GHOST_PREFIX } from '../../src/graph-view/changeElements';
import { MAX_PIE_SLICES, nodeElement } from '../../src/graph-view/elements';
import { layerNodeOf } from '../../src/graph-view/nodeLooks';
import { makeEdge, makeGraph, makeNode } from '../domain/helpers';

const graph = makeGraph([
  makeNode({ id: 'a', type: 'chain', name: 'Chain A' }),
  makeNode({ id: 'b', type: 'chain', name: 'Chain B' }),
  makeNode({ id: 'plain', name: 'Plain' }),
  makeNode({ id: 'pie', sectors: ['a', 'b', 'c', 'd', 'e'], awardLevel: 'national', name: 'Pie' }),
  makeNode({ id: 'far', sectors: ['a'], locality: 'outside', awardLevel: 'provincial', x: 5, y: -7 }),
  makeNode({ id: 'uni', type: 'university', sectors: ['b'], awardLevel: 'municipal' }),
]);
const legend = buildLegend(graph);

describe('layerNodeOf', () => {
  // The node layer must draw a node as cytoscape draws its element: the same values, read from the graph directly.
  it.each(graph.nodes.map((node, index) => [node.id, node, index] as const))(
    'gives %s the visual values of its cytoscape element',
    (_, node, index) => {
      const element = nodeElement(node, legend, index);
      const data = element.data as Record<string, unknown>;
      const layer = layerNodeOf(node, legend, index);
      const pie = Array.from({ length: MAX_PIE_SLICES }, (__, slot) => slot + 1)
        .filter((slot) => (data[`pie${slot}Size`] as number) > 0)
        .map((slot) => data[`pie${slot}`]);
      expect(layer).toEqual({
        id: data.id,
        x: element.position?.x,
        y: element.position?.y,
        width: data.width,
        height: data.height,
        shape: data.shape,
        color: data.color,
        slices: pie,
        ringColor: (data.ringWidth as number) > 0 ? data.ringColor : null,
        ringWidth: data.ringWidth,
        separatorWidth: data.separatorWidth,
        outside: data.outside,
        label: data.label,
        type: data.type,
        level: data.level,
        sectors: String(data.sectors).split('|').filter(Boolean),
        change: null,
      });
    },
  );

  it('draws a node in several chains as a pie of at most four slices, and carries its change', () => {
    const node = graph.nodes.find(({ id }) => id === 'pie');
    if (!node) throw new Error('no pie node');
    const layer = layerNodeOf(node, legend, 3, 'changed');
    expect(layer.slices).toHaveLength(MAX_PIE_SLICES);
    expect(layer.change).toBe('changed');
    expect(layerNodeOf(node, legend, 3, '').change).toBeNull();
  });
});

describe('ghostsOf', () => {
  const gone = makeNode({ id: 'gone' });
  const changes: MapChanges = {
    nodes: new Map(),
    edges: new Map(),
    nodeFields: new Map(),
    edgeFields: new Map(),
    removedNodes: [gone],
    removedEdges: [
      makeEdge({ source: 'gone', target: 'plain' }),
      makeEdge({ source: 'plain', target: 'far' }),
      makeEdge({ source: 'plain', target: 'hidden' }),
    ],
    counts: { added: 0, changed: 0, removed: 4 },
  };
  const drawn = new Set(['plain', 'far']);
  const ghosts = ghostsOf(changes, (id) => drawn.has(id));

  it('keeps the removed edges whose ends are drawn or ghosts, a removed end under its ghost id', () => {
    expect(ghosts.nodes).toEqual([gone]);
    expect(ghosts.edges.map(({ source, target }) => [source, target])).toEqual([
      [`${GHOST_PREFIX}gone`, 'plain'],
      ['plain', 'far'],
    ]);
  });

  it('starts a ghost node next to the drawn node it was tied to', () => {
    expect([...ghosts.near]).toEqual([[`${GHOST_PREFIX}gone`, 'plain']]);
  });
});
