/**
 * Where nodes new to the map start, so the picture does not jump: a group just closed sits where
 * its members were, and the members of a group just opened spread around where it was, in a
 * sunflower spiral (each at the golden angle from the last, further out as they come).
 */
import type { Point, Positions } from './geometry';

const GOLDEN_ANGLE = 2.399963;
/** The first member's distance from its group's centre, and how fast the spiral widens. */
const FIRST_RING = 40;
const RING_GROWTH = 30;

/** The `index`-th point of a sunflower spiral around `centre`. */
export const sunflowerPoint = (centre: Point, index: number): Point => {
  const angle = index * GOLDEN_ANGLE;
  const radius = FIRST_RING + RING_GROWTH * Math.sqrt(index);
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
};

export interface NewNode {
  id: string;
  /** A group (group) rather than a node of the data. */
  group: boolean;
}

/**
 * Starting spots for new nodes from where the drawn ones were (`before`) and each node's group
 * (`groupOf`): a group at its members' centre, a member around its group. `complete` is false when
 * some node has nothing to start near (and the map needs a layout).
 */
export const placeNewNodes = (
  nodes: readonly NewNode[],
  before: ReadonlyMap<string, Point>,
  groupOf: ReadonlyMap<string, string>,
): { positions: Positions; complete: boolean } => {
  const positions: Positions = new Map();
  if (nodes.length === 0) return { positions, complete: true };
  let centroids: Map<string, Point> | null = null;
  const centroidOf = (group: string): Point | undefined => {
    // One pass over the drawn nodes for every group, the first time a group is asked for.
    centroids ??= membersCentroids(before, groupOf);
    return centroids.get(group);
  };
  const placedAround = new Map<string, number>();
  let complete = true;
  for (const node of nodes) {
    const centre = node.group ? centroidOf(node.id) : before.get(groupOf.get(node.id) ?? '');
    if (!centre) {
      complete = false;
      continue;
    }
    if (node.group) {
      positions.set(node.id, { ...centre });
      continue;
    }
    const group = groupOf.get(node.id) ?? '';
    const index = placedAround.get(group) ?? 0;
    placedAround.set(group, index + 1);
    positions.set(node.id, sunflowerPoint(centre, index));
  }
  return { positions, complete };
};

const membersCentroids = (
  before: ReadonlyMap<string, Point>,
  groupOf: ReadonlyMap<string, string>,
): Map<string, Point> => {
  const sums = new Map<string, { x: number; y: number; count: number }>();
  for (const [id, position] of before) {
    const group = groupOf.get(id);
    if (group === undefined) continue;
    const sum = sums.get(group) ?? { x: 0, y: 0, count: 0 };
    sum.x += position.x;
    sum.y += position.y;
    sum.count += 1;
    sums.set(group, sum);
  }
  return new Map([...sums].map(([group, { x, y, count }]) => [group, { x: x / count, y: y / count }]));
};
