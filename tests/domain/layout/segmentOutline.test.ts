import { describe, expect, it } from 'vitest';
import {
  convexHull,
  OUTLINE_LOOK,
  outlinePath,
  roundedOutline,
  segmentGroups,
  segmentOutline,
  type Point,
} from '../../../src/domain/layout';

/** Whether `point` lies inside the convex polygon (either turning direction), edges included. */
const insideConvex = (polygon: readonly Point[], point: Point): boolean => {
  const signs = polygon.map((a, index) => {
    const b = polygon[(index + 1) % polygon.length] as Point;
    return Math.sign((b.x - a.x) * (point.y - a.y) - (b.y - a.y) * (point.x - a.x));
  });
  return signs.every((sign) => sign >= 0) || signs.every((sign) => sign <= 0);
};

/** Distance from `point` to the polygon's boundary. */
const toBoundary = (polygon: readonly Point[], point: Point): number =>
  Math.min(
    ...polygon.map((a, index) => {
      const b = polygon[(index + 1) % polygon.length] as Point;
      const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      const t = Math.max(
        0,
        Math.min(1, ((point.x - a.x) * (b.x - a.x) + (point.y - a.y) * (b.y - a.y)) / length ** 2),
      );
      return Math.hypot(a.x + t * (b.x - a.x) - point.x, a.y + t * (b.y - a.y) - point.y);
    }),
  );

describe('segmentGroups', () => {
  const membersOf = new Map([
    ['seg-a', [{ id: 'e1' }, { id: 'e2' }]],
    ['seg-b', [{ id: 'e3' }]],
    ['seg-c', [{ id: 'e4' }]],
  ]);

  it('keeps a shown segment with its shown members, and drops a hidden segment or one left empty', () => {
    const hidden = new Set(['e2', 'seg-b', 'e4']);
    expect(segmentGroups(membersOf, (id) => !hidden.has(id))).toEqual(new Map([['seg-a', ['e1']]]));
    expect(segmentGroups(membersOf, () => true).get('seg-a')).toEqual(['e1', 'e2']);
  });
});

describe('convexHull', () => {
  it('keeps the corners and drops inner, repeated and collinear points', () => {
    const hull = convexHull([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 5, y: 0 },
      { x: 10, y: 10 },
      { x: 0, y: 10 },
      { x: 5, y: 5 },
      { x: 0, y: 0 },
    ]);
    expect(hull).toHaveLength(4);
    expect(hull).toEqual(
      expect.arrayContaining([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 10, y: 10 },
        { x: 0, y: 10 },
      ]),
    );
  });
});

describe('roundedOutline', () => {
  const cases: [string, Point[]][] = [
    ['one point', [{ x: 3, y: 4 }]],
    [
      'two points',
      [
        { x: 0, y: 0 },
        { x: 100, y: 40 },
      ],
    ],
    [
      'a segment over a column of members',
      [
        { x: 0, y: 0 },
        { x: 0, y: 70 },
        { x: 0, y: 140 },
        { x: 160, y: 70 },
        { x: 80, y: 30 },
      ],
    ],
  ];

  it.each(cases)('holds every point at least pad inside, convex: %s', (_, points) => {
    const pad = 20;
    const outline = roundedOutline(points, pad);
    expect(outline.length).toBeGreaterThanOrEqual(8);
    expect(convexHull(outline)).toHaveLength(outline.length);
    for (const point of points) {
      expect(insideConvex(outline, point)).toBe(true);
      // Chords of the arcs cut the circle a little: within 2% of pad.
      expect(toBoundary(outline, point)).toBeGreaterThan(pad * 0.98);
    }
  });

  it('is empty without points, and its path closes', () => {
    expect(roundedOutline([], 10)).toEqual([]);
    expect(outlinePath([])).toBe('');
    expect(outlinePath(roundedOutline([{ x: 0, y: 0 }], 5))).toMatch(/^M[-\d. ]+( L[-\d. ]+)+ Z$/);
  });
});

describe('segmentOutline', () => {
  it('goes round every corner of every box, not only the centres, with the outline’s room', () => {
    const bar = { x: 0, y: 0, width: 120, height: 24 };
    const member = { x: 40, y: 90, width: 30, height: 30 };
    const outline = segmentOutline([bar, member]);
    const corners = [bar, member].flatMap(({ x, y, width, height }) => [
      { x: x - width / 2, y: y - height / 2 },
      { x: x + width / 2, y: y + height / 2 },
      { x: x - width / 2, y: y + height / 2 },
      { x: x + width / 2, y: y - height / 2 },
    ]);
    for (const corner of corners) {
      expect(insideConvex(outline, corner)).toBe(true);
      expect(toBoundary(outline, corner)).toBeGreaterThan(OUTLINE_LOOK.pad * 0.98);
    }
  });
});
