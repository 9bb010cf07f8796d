import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/lib/dataset';
import { importFiles } from '../../../src/domain/csv';
import type { Graph } from '../../../src/domain/graph/types';
import { groupGraph, groupIdByNode } from '../../../src/domain/group';
import {
  groupMatrix,
  MEMBER_GAP,
  membersAroundGroups,
  nodeDiameter,
  packDisk,
  type Point,
  type Positions,
} from '../../../src/domain/layout';
import { makeEdge, makeGraph, makeNode } from '../helpers';

const generated = (shape: 'chains' | 'flat'): Graph => {
  const { nodesCsv, edgesCsv } = generateDataset('S', undefined, shape);
  return importFiles([
    { name: 'nodes.csv', bytes: new TextEncoder().encode(nodesCsv) },
    { name: 'edges.csv', bytes: new TextEncoder().encode(edgesCsv) },
  ]).graph;
};

const distance = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);

/** Each group's members: their centre and the radius reaching their outermost disk's edge. */
const groupDisks = (graph: Graph, positions: Positions) => {
  const nodesById = new Map(graph.nodes.map((node) => [node.id, node]));
  return groupGraph(graph).groups.map((group) => {
    const points = group.memberIds.map((id) => positions.get(id) ?? { x: NaN, y: NaN });
    const centre = {
      x: points.reduce((sum, point) => sum + point.x, 0) / points.length,
      y: points.reduce((sum, point) => sum + point.y, 0) / points.length,
    };
    const radius = Math.max(
      ...group.memberIds.map((id, index) => {
        const node = nodesById.get(id);
        const point = points[index];
        return node && point ? distance(centre, point) + nodeDiameter(node) / 2 : Infinity;
      }),
    );
    return { group, centre, radius };
  });
};

describe('packDisk', () => {
  it('puts the first at the centre and keeps every pair of disks apart by the gap', () => {
    const diameters = Array.from({ length: 400 }, (_, index) =>
      index < 10 ? 58 : index % 3 === 0 ? 34 : 28,
    );
    const { offsets, radius } = packDisk(diameters);
    expect(offsets).toHaveLength(400);
    expect(offsets[0]).toEqual({ x: 0, y: 0 });
    // The smallest free space between two outlines, over every pair.
    let closest = Infinity;
    for (let a = 0; a < offsets.length; a++)
      for (let b = a + 1; b < offsets.length; b++) {
        const apart = distance(offsets[a] ?? { x: 0, y: 0 }, offsets[b] ?? { x: 0, y: 0 });
        closest = Math.min(closest, apart - ((diameters[a] ?? 0) + (diameters[b] ?? 0)) / 2);
      }
    expect(closest).toBeGreaterThanOrEqual(MEMBER_GAP - 1e-6);
    for (const [index, offset] of offsets.entries())
      expect(Math.hypot(offset.x, offset.y) + (diameters[index] ?? 0) / 2).toBeLessThanOrEqual(radius + 1e-6);
    // Packed, not strung out: the disk's area is within a few times the members' own.
    const own = diameters.reduce((sum, d) => sum + (d + MEMBER_GAP) ** 2, 0);
    expect(Math.PI * radius ** 2).toBeLessThan(2.5 * own);
  });

  it('is empty for no member, and one member sits alone at the centre', () => {
    expect(packDisk([])).toEqual({ offsets: [], radius: 0 });
    expect(packDisk([40]).offsets).toEqual([{ x: 0, y: 0 }]);
  });
});

describe('groupMatrix', () => {
  it('rows by chain name, stages upstream → downstream after the chain-level group, bins last', () => {
    const cell = (
      id: string,
      groupKind: 'chain' | 'stage' | 'support' | 'other',
      chainId: string,
      stage = '',
    ) => ({
      id,
      groupKind,
      chainId,
      stage: stage as '' | 'upstream' | 'midstream' | 'downstream',
      name: id,
    });
    const matrix = groupMatrix(
      [
        cell('agg:other', 'other', ''),
        cell('down-b', 'stage', 'b', 'downstream'),
        cell('up-b', 'stage', 'b', 'upstream'),
        cell('chain-b', 'chain', 'b'),
        cell('support-a', 'support', 'a'),
        cell('up-a', 'stage', 'a', 'upstream'),
      ],
      (chainId) => chainId,
    );
    expect(Object.fromEntries(matrix)).toEqual({
      'up-a': { row: 0, column: 0 },
      'support-a': { row: 0, column: 1 },
      'chain-b': { row: 1, column: 0 },
      'up-b': { row: 1, column: 1 },
      'down-b': { row: 1, column: 2 },
      'agg:other': { row: 2, column: 0 },
    });
  });
});

describe.each(['chains', 'flat'] as const)('membersAroundGroups, %s shape', (shape) => {
  const graph = generated(shape);
  const positions = membersAroundGroups(graph);
  const disks = groupDisks(graph, positions);

  it('places every node, at a finite spot', () => {
    expect(positions.size).toBe(graph.nodes.length);
    for (const node of graph.nodes) {
      const point = positions.get(node.id);
      expect(Number.isFinite(point?.x) && Number.isFinite(point?.y)).toBe(true);
    }
  });

  it('is the same picture every time', () => {
    expect([...membersAroundGroups(graph)]).toEqual([...positions]);
  });

  it('leaves no two groups overlapping, and no two nodes either', () => {
    expect(disks.length).toBeGreaterThan(10);
    for (let a = 0; a < disks.length; a++)
      for (let b = a + 1; b < disks.length; b++) {
        const one = disks[a];
        const other = disks[b];
        if (one && other)
          expect(distance(one.centre, other.centre)).toBeGreaterThan(one.radius + other.radius);
      }
    // Sorted by x, only nodes less than the widest diameter apart in x can touch.
    const placed = graph.nodes
      .map((node) => ({ point: positions.get(node.id) ?? { x: 0, y: 0 }, size: nodeDiameter(node) }))
      .sort((a, b) => a.point.x - b.point.x);
    let closest = Infinity;
    for (let a = 0; a < placed.length; a++)
      for (let b = a + 1; b < placed.length; b++) {
        const one = placed[a];
        const other = placed[b];
        if (!one || !other || other.point.x - one.point.x > 200) break;
        closest = Math.min(closest, distance(one.point, other.point) - (one.size + other.size) / 2);
      }
    expect(closest).toBeGreaterThanOrEqual(0);
  });

  it('keeps the matrix of the grouped view: a chain on one row, its stages left to right', () => {
    const byChain = new Map<string, typeof disks>();
    for (const disk of disks)
      if (disk.group.groupKind === 'stage' || disk.group.groupKind === 'segment')
        byChain.set(disk.group.chainId, [...(byChain.get(disk.group.chainId) ?? []), disk]);
    expect(byChain.size).toBeGreaterThan(3);
    for (const chainDisks of byChain.values()) {
      // Members' centres, not the ring's: a last ring part-filled moves them a little.
      const ys = chainDisks.map(({ centre }) => centre.y);
      expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(40);
      const stages = ['upstream', 'midstream', 'downstream'];
      const xs = [...chainDisks]
        .filter(({ group }) => group.groupKind === 'stage')
        .sort((a, b) => stages.indexOf(a.group.stage) - stages.indexOf(b.group.stage))
        .map(({ centre }) => centre.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
    }
  });
});

describe('membersAroundGroups, who sits at the centre', () => {
  // A segment with five members: e3 holds a national honour, e4 has the most ties.
  const graph = makeGraph(
    [
      makeNode({ id: 'c1', type: 'chain' }),
      makeNode({ id: 's1', type: 'segment', sectors: ['c1'], segment: 'upstream' }),
      makeNode({ id: 'e1', sectors: ['c1'], segment: 's1' }),
      makeNode({ id: 'e2', sectors: ['c1'], segment: 's1' }),
      makeNode({ id: 'e3', sectors: ['c1'], segment: 's1', awardLevel: 'national' }),
      makeNode({ id: 'e4', sectors: ['c1'], segment: 's1' }),
      makeNode({ id: 'e5', sectors: ['c1'], segment: 's1' }),
    ],
    [
      makeEdge({ source: 'e4', target: 'e1', relation: 'supply' }),
      makeEdge({ source: 'e4', target: 'e2', relation: 'supply' }),
      makeEdge({ source: 'e4', target: 'e5', relation: 'supply' }),
    ],
  );
  const positions = membersAroundGroups(graph);
  const at = (id: string): Point => positions.get(id) ?? { x: NaN, y: NaN };

  it('puts the anchor in the middle, then honours, then the best-tied', () => {
    expect(groupIdByNode(graph).get('e3')).toBe('agg:seg:s1');
    const centre = at('s1');
    const fromCentre = (id: string) => distance(centre, at(id));
    expect(fromCentre('e3')).toBeLessThanOrEqual(fromCentre('e1'));
    expect(fromCentre('e4')).toBeLessThanOrEqual(fromCentre('e2'));
    // The chain's own group stands left of its upstream segment, on the same row.
    expect(at('c1').y).toBeCloseTo(centre.y);
    expect(at('c1').x).toBeLessThan(centre.x);
  });

  it('places a lone node of no group data too', () => {
    const lone = makeGraph([makeNode({ id: 'x' })], []);
    expect(membersAroundGroups(lone).get('x')).toEqual({ x: expect.any(Number), y: expect.any(Number) });
  });
});
