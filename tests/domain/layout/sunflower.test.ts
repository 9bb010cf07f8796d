import { describe, expect, it } from 'vitest';
import { placeNewNodes, sunflowerPoint } from '../../../src/domain/layout';

describe('sunflowerPoint', () => {
  it('spirals out from the centre, each point further than the one before, none on the centre', () => {
    const centre = { x: 10, y: -20 };
    const distances = Array.from({ length: 30 }, (_, index) => {
      const point = sunflowerPoint(centre, index);
      return Math.hypot(point.x - centre.x, point.y - centre.y);
    });
    expect(distances[0]).toBeCloseTo(40);
    for (let index = 1; index < distances.length; index++)
      expect(distances[index]).toBeGreaterThan(distances[index - 1] ?? Infinity);
  });

  it('spreads consecutive points apart by the golden angle', () => {
    const points = [0, 1, 2].map((index) => sunflowerPoint({ x: 0, y: 0 }, index));
    const angles = points.map((point) => Math.atan2(point.y, point.x));
    const turn = (a: number, b: number) => (((b - a) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    expect(turn(angles[0] ?? 0, angles[1] ?? 0)).toBeCloseTo(2.399963, 5);
    expect(turn(angles[1] ?? 0, angles[2] ?? 0)).toBeCloseTo(2.399963, 5);
  });
});

describe('placeNewNodes', () => {
  const groupOf = new Map([
    ['a', 'g1'],
    ['b', 'g1'],
    ['c', 'g2'],
  ]);

  it('puts the members of a group just opened around where the group was', () => {
    const before = new Map([['g1', { x: 100, y: 100 }]]);
    const { positions, complete } = placeNewNodes(
      [
        { id: 'a', group: false },
        { id: 'b', group: false },
      ],
      before,
      groupOf,
    );
    expect(complete).toBe(true);
    expect(positions.get('a')).toEqual(sunflowerPoint({ x: 100, y: 100 }, 0));
    expect(positions.get('b')).toEqual(sunflowerPoint({ x: 100, y: 100 }, 1));
  });

  it('puts a group just closed at the centre of where its members were', () => {
    const before = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 10, y: 20 }],
      ['c', { x: 500, y: 500 }],
    ]);
    const { positions, complete } = placeNewNodes([{ id: 'g1', group: true }], before, groupOf);
    expect(complete).toBe(true);
    expect(positions.get('g1')).toEqual({ x: 5, y: 10 });
  });

  it('says so when a node has nothing to start near', () => {
    const { positions, complete } = placeNewNodes(
      [
        { id: 'c', group: false },
        { id: 'g1', group: true },
      ],
      new Map(),
      groupOf,
    );
    expect(complete).toBe(false);
    expect(positions.size).toBe(0);
    expect(placeNewNodes([], new Map(), groupOf).complete).toBe(true);
  });
});
