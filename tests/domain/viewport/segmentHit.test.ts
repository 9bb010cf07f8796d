import { describe, expect, it } from 'vitest';
import { distanceToSegment, segmentAt, type Segments } from '../../../src/domain/viewport';
import type { Point } from '../../../src/domain/layout';

const segments = (lines: ([Point, Point] | null)[]): Segments => ({
  count: lines.length,
  ends: (index) => lines[index] ?? null,
});

describe('distanceToSegment', () => {
  it('measures to the nearest point of the segment, its ends included', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 10, y: 0 };
    expect(distanceToSegment({ x: 5, y: 3 }, a, b)).toBe(3);
    expect(distanceToSegment({ x: -4, y: 3 }, a, b)).toBe(5);
    expect(distanceToSegment({ x: 13, y: 4 }, a, b)).toBe(5);
    expect(distanceToSegment({ x: 2, y: 2 }, a, a)).toBeCloseTo(Math.SQRT2 * 2, 9);
  });
});

describe('segmentAt', () => {
  const across: [Point, Point] = [
    { x: 0, y: 0 },
    { x: 100, y: 0 },
  ];
  const down: [Point, Point] = [
    { x: 50, y: -50 },
    { x: 50, y: 50 },
  ];

  it('finds the line passing within the tolerance, the nearest of several', () => {
    expect(segmentAt(segments([across, down]), { x: 20, y: 2 }, 4)).toBe(0);
    expect(segmentAt(segments([across, down]), { x: 52, y: 30 }, 4)).toBe(1);
    expect(segmentAt(segments([across, down]), { x: 53, y: 1 }, 4)).toBe(0);
  });

  it('finds none off every line, past a line’s end, or where a line is not drawn', () => {
    expect(segmentAt(segments([across, down]), { x: 20, y: 9 }, 4)).toBe(-1);
    expect(segmentAt(segments([across]), { x: 106, y: 0 }, 4)).toBe(-1);
    expect(segmentAt(segments([null, down]), { x: 20, y: 0 }, 4)).toBe(-1);
  });

  it('gives the one drawn later (on top) where two are as near', () => {
    expect(segmentAt(segments([across, across]), { x: 30, y: 1 }, 4)).toBe(1);
  });
});
