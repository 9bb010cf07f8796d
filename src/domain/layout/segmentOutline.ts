/**
 * A segment and its members as one group on the map: which segments are drawn with members, and
 * the soft outline round them (graph-view/SegmentOutlines.ts draws it, the exports draw it too).
 * The outline is no edge: it is in no count and no analysis.
 */
import type { Point } from './geometry';

/**
 * The outline's look, in the segment's chain colour: stroke widths and dashes in screen pixels;
 * the segment selected or under the pointer gets the stronger one.
 */
export const OUTLINE_LOOK = {
  /** Room between a node's box and the outline round it, in model units. */
  pad: 12,
  rest: { fillOpacity: 0.08, strokeOpacity: 0.6, width: 1.5, dash: [5, 4] },
  active: { fillOpacity: 0.18, strokeOpacity: 1, width: 2.5, dash: [] },
} as const;

/** Segment id → its members' ids, for the segments shown with at least one member shown. */
export type SegmentGroups = Map<string, string[]>;

/** The groups among the shown nodes: a hidden segment or member is left out, an empty group too. */
export const segmentGroups = (
  membersOf: ReadonlyMap<string, readonly { id: string }[]>,
  shown: (id: string) => boolean,
): SegmentGroups => {
  const groups: SegmentGroups = new Map();
  for (const [segmentId, members] of membersOf) {
    if (!shown(segmentId)) continue;
    const ids = members.map((member) => member.id).filter(shown);
    if (ids.length > 0) groups.set(segmentId, ids);
  }
  return groups;
};

const cross = (o: Point, a: Point, b: Point): number => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** The convex hull, counter-clockwise in model coordinates (y down: clockwise on screen), no repeated point. */
export const convexHull = (points: readonly Point[]): Point[] => {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  const unique = sorted.filter((point, index) => {
    const before = sorted[index - 1];
    return !before || before.x !== point.x || before.y !== point.y;
  });
  if (unique.length < 3) return unique;
  const half = (ordered: Point[]) => {
    const chain: Point[] = [];
    for (const point of ordered) {
      while (
        chain.length >= 2 &&
        cross(chain[chain.length - 2] as Point, chain[chain.length - 1] as Point, point) <= 0
      )
        chain.pop();
      chain.push(point);
    }
    chain.pop();
    return chain;
  };
  return [...half(unique), ...half([...unique].reverse())];
};

/** Corners of the rounded outline are arcs of at most this angle per step. */
const ARC_STEP = Math.PI / 8;

/**
 * The hull of the points grown by `pad` on every side, its corners rounded (the points swept by a
 * disc): every point lies at least `pad` inside. One point gives a circle, two a capsule.
 */
export const roundedOutline = (points: readonly Point[], pad: number): Point[] => {
  const hull = convexHull(points);
  const [only] = hull;
  if (!only) return [];
  const outline: Point[] = [];
  const arc = (centre: Point, from: number, to: number) => {
    const steps = Math.max(1, Math.ceil((to - from) / ARC_STEP));
    for (let step = 0; step <= steps; step += 1) {
      const angle = from + ((to - from) * step) / steps;
      outline.push({ x: centre.x + pad * Math.cos(angle), y: centre.y + pad * Math.sin(angle) });
    }
  };
  if (hull.length === 1) {
    arc(only, 0, 2 * Math.PI - ARC_STEP);
    return outline;
  }
  // Each edge's outward normal: the hull turns one way, so outward is the same side for every edge.
  const normalAngle = (a: Point, b: Point) => Math.atan2(b.y - a.y, b.x - a.x) - Math.PI / 2;
  hull.forEach((point, index) => {
    const previous = hull[(index - 1 + hull.length) % hull.length] as Point;
    const next = hull[(index + 1) % hull.length] as Point;
    const from = normalAngle(previous, point);
    let to = normalAngle(point, next);
    while (to < from) to += 2 * Math.PI;
    arc(point, from, to);
  });
  return outline;
};

/** A node's box: its centre and size, in model units. */
export interface NodeBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The outline round a segment and its members' boxes: round each box's corners, so it holds the whole bar of a segment, not only its centre. */
export const segmentOutline = (boxes: readonly NodeBox[]): Point[] =>
  roundedOutline(
    boxes.flatMap(({ x, y, width, height }) => [
      { x: x - width / 2, y: y - height / 2 },
      { x: x + width / 2, y: y - height / 2 },
      { x: x - width / 2, y: y + height / 2 },
      { x: x + width / 2, y: y + height / 2 },
    ]),
    OUTLINE_LOOK.pad,
  );

/** An SVG path through the outline's points, closed. */
export const outlinePath = (outline: readonly Point[]): string =>
  outline.length === 0
    ? ''
    : `${outline.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x.toFixed(1)} ${point.y.toFixed(1)}`).join(' ')} Z`;
