import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nearestInDirection, type ArrowDirection } from '../../../src/domain/layout';

const at = (id: string, x: number, y: number) => ({ id, position: { x, y } });
const origin = { x: 0, y: 0 };

describe('nearestInDirection', () => {
  // A plus sign around the origin, one node each way, plus one off to the upper right.
  const plus = [
    at('left', -10, 0),
    at('right', 10, 0),
    at('up', 0, -10),
    at('down', 0, 10),
    at('diag', 30, -25),
  ];

  it('moves to the node lying that way (screen y grows downwards)', () => {
    for (const direction of ['left', 'right', 'up', 'down'] as ArrowDirection[])
      expect(nearestInDirection(origin, plus, direction)).toBe(direction);
  });

  it('prefers a node straight ahead to a nearer one well to the side', () => {
    const nodes = [at('side', 8, 7), at('ahead', 12, 0)];
    expect(nearestInDirection(origin, nodes, 'right')).toBe('ahead');
  });

  it('ignores nodes behind or more than 45° off, and the node itself', () => {
    const nodes = [at('self', 0, 0), at('behind', -5, 0), at('steep', 5, 6)];
    expect(nearestInDirection(origin, nodes, 'right')).toBeNull();
    expect(nearestInDirection(origin, nodes, 'down')).toBe('steep');
  });

  it('gives null with no candidate', () => {
    expect(nearestInDirection(origin, [], 'up')).toBeNull();
  });

  it('always answers with a node on the side asked for, and never with none when one lies straight that way', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -100, max: 100 }), fc.integer({ min: -100, max: 100 })), {
          maxLength: 30,
        }),
        fc.integer({ min: 1, max: 100 }),
        (points, ahead) => {
          const nodes = [...points.map(([x, y], index) => at(`n${index}`, x, y)), at('ahead', ahead, 0)];
          const found = nodes.find((node) => node.id === nearestInDirection(origin, nodes, 'right'));
          expect(found).toBeDefined();
          expect(found?.position.x).toBeGreaterThan(0);
          expect(Math.abs(found?.position.y ?? Infinity)).toBeLessThanOrEqual(found?.position.x ?? 0);
        },
      ),
    );
  });
});
