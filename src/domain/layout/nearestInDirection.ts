import type { Point } from './geometry';

export type ArrowDirection = 'left' | 'right' | 'up' | 'down';

/** Screen directions as unit vectors (y grows downwards, as on screen and in cytoscape's model). */
const UNIT: Record<ArrowDirection, Point> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/**
 * The node an arrow key moves to from `from`: among those inside the 90° cone around the direction
 * (at most 45° off it), the nearest, a sideways step counting twice as far as a straight one, so
 * a node straight ahead wins over a nearer one far to the side. null when none lies that way.
 * Ties go to the first in `candidates`, so the answer is the same for the same map.
 */
export const nearestInDirection = (
  from: Point,
  candidates: readonly { id: string; position: Point }[],
  direction: ArrowDirection,
): string | null => {
  const unit = UNIT[direction];
  let best: string | null = null;
  let bestCost = Infinity;
  for (const { id, position } of candidates) {
    const dx = position.x - from.x;
    const dy = position.y - from.y;
    const along = dx * unit.x + dy * unit.y;
    const across = Math.abs(dx * unit.y - dy * unit.x);
    if (along <= 0 || across > along) continue;
    const cost = along + 2 * across;
    if (cost < bestCost) {
      best = id;
      bestCost = cost;
    }
  }
  return best;
};
