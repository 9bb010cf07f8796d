import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildNodeGrid, nodeAt, nodesInBox, type GridNodes } from '../../../src/domain/viewport';

const gridNodes = (points: { x: number; y: number; r: number }[]): GridNodes => ({
  count: points.length,
  x: (index) => points[index]?.x ?? 0,
  y: (index) => points[index]?.y ?? 0,
  halfWidth: (index) => points[index]?.r ?? 0,
  halfHeight: (index) => points[index]?.r ?? 0,
});

const inBox = (
  points: { x: number; y: number; r: number }[],
  box: { x1: number; y1: number; x2: number; y2: number },
) => {
  const nodes = gridNodes(points);
  const found: number[] = [];
  nodesInBox(buildNodeGrid(nodes), box, (index) => found.push(index));
  return found.sort((a, b) => a - b);
};

describe('nodesInBox', () => {
  it('finds the nodes inside a box and leaves out most of those outside it', () => {
    // A 40 × 40 lattice, 100 apart: a box over its corner holds 4 of the 1,600.
    const points = Array.from({ length: 1600 }, (_, index) => ({
      x: (index % 40) * 100,
      y: Math.floor(index / 40) * 100,
      r: 5,
    }));
    const found = inBox(points, { x1: -10, y1: -10, x2: 110, y2: 110 });
    for (const index of [0, 1, 40, 41]) expect(found).toContain(index);
    expect(found.length).toBeLessThan(40);
    expect(found).not.toContain(1599);
  });

  it('finds a big node whose centre is outside the box but whose body reaches into it', () => {
    const points = [
      { x: 0, y: 0, r: 5 },
      { x: 500, y: 0, r: 5 },
      { x: 200, y: 0, r: 120 },
    ];
    expect(inBox(points, { x1: 300, y1: -10, x2: 400, y2: 10 })).toContain(2);
  });

  it('finds nothing in a box beside every node, and copes with no nodes', () => {
    expect(inBox([{ x: 0, y: 0, r: 1 }], { x1: 50, y1: 50, x2: 60, y2: 60 })).toEqual([]);
    expect(inBox([], { x1: 0, y1: 0, x2: 10, y2: 10 })).toEqual([]);
  });

  it('never misses a node that overlaps the box (any nodes, any box)', () => {
    const point = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      r: fc.integer({ min: 1, max: 60 }),
    });
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 300 }),
        fc.integer({ min: -6000, max: 6000 }),
        fc.integer({ min: -6000, max: 6000 }),
        fc.integer({ min: 0, max: 4000 }),
        (points, x1, y1, side) => {
          const box = { x1, y1, x2: x1 + side, y2: y1 + side };
          const found = new Set(inBox(points, box));
          points.forEach((p, index) => {
            const overlaps =
              p.x + p.r >= box.x1 && p.x - p.r <= box.x2 && p.y + p.r >= box.y1 && p.y - p.r <= box.y2;
            if (overlaps) expect(found.has(index)).toBe(true);
          });
        },
      ),
    );
  });
});

describe('nodeAt', () => {
  const points = [
    { x: 0, y: 0, r: 10 },
    { x: 15, y: 0, r: 10 },
    { x: 300, y: 300, r: 2 },
  ];
  const nodes = gridNodes(points);
  const grid = buildNodeGrid(nodes);

  it('is the node under the point, the nearest centre where two overlap', () => {
    expect(nodeAt(grid, nodes, { x: 2, y: 1 }, 0)).toBe(0);
    expect(nodeAt(grid, nodes, { x: 12, y: 0 }, 0)).toBe(1);
  });

  it('is none on empty ground, and a tiny node is hit within the tolerance', () => {
    expect(nodeAt(grid, nodes, { x: 150, y: 150 }, 0)).toBe(-1);
    expect(nodeAt(grid, nodes, { x: 305, y: 300 }, 0)).toBe(-1);
    expect(nodeAt(grid, nodes, { x: 305, y: 300 }, 4)).toBe(2);
  });

  it('skips nodes that are not accepted (hidden, ghosts)', () => {
    expect(nodeAt(grid, nodes, { x: 7, y: 1 }, 0)).toBe(0);
    expect(nodeAt(grid, nodes, { x: 7, y: 1 }, 0, (index) => index !== 0)).toBe(1);
    expect(nodeAt(grid, nodes, { x: -8, y: 0 }, 0, (index) => index !== 0)).toBe(-1);
  });
});
