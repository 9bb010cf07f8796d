import { expect } from 'vitest';
import type { Positions } from '../../../src/domain/layout';

/** Fails naming the closest pair when two positions are nearer than `min`. */
export const expectMinDistance = (positions: Positions, min: number): void => {
  const entries = [...positions];
  let closest = { distance: Infinity, pair: '' };
  entries.forEach(([a, p], i) => {
    for (const [b, q] of entries.slice(i + 1)) {
      const distance = Math.hypot(p.x - q.x, p.y - q.y);
      if (distance < closest.distance) closest = { distance, pair: `${a} / ${b}` };
    }
  });
  expect(closest.distance, closest.pair).toBeGreaterThanOrEqual(min - 1e-6);
};
