import type { Point } from '../layout/geometry';

/** Line segments by index, read through accessors (the edge layer's edges and their ends' positions). */
export interface Segments {
  count: number;
  /** The segment's two ends, or null when it is not drawn (hidden, an end not placed). */
  ends: (index: number) => readonly [Point, Point] | null;
}

/** Distance from `point` to the segment from `a` to `b`. */
export const distanceToSegment = (point: Point, a: Point, b: Point): number => {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / lengthSquared));
  return Math.hypot(a.x + t * dx - point.x, a.y + t * dy - point.y);
};

/**
 * The segment passing nearest to `point`, if within `tolerance`; -1 when none does. On a tie the one
 * drawn later (on top) wins. A scan, with a box test first: it runs once per click, not per frame
 * (200,000 edges take a few milliseconds).
 */
export const segmentAt = (segments: Segments, point: Point, tolerance: number): number => {
  let best = -1;
  let bestDistance = Infinity;
  for (let index = 0; index < segments.count; index += 1) {
    const ends = segments.ends(index);
    if (!ends) continue;
    const [a, b] = ends;
    if (
      point.x < Math.min(a.x, b.x) - tolerance ||
      point.x > Math.max(a.x, b.x) + tolerance ||
      point.y < Math.min(a.y, b.y) - tolerance ||
      point.y > Math.max(a.y, b.y) + tolerance
    )
      continue;
    const distance = distanceToSegment(point, a, b);
    if (distance <= tolerance && distance <= bestDistance) {
      best = index;
      bestDistance = distance;
    }
  }
  return best;
};
