import { describe, expect, it } from 'vitest';
import { arrowSize } from '../../src/domain/legend';
import { addArrowHead } from '../../src/graph-view/edgeArrows';

/** A context that records the points of the path it is given; it has no closePath (see edgeArrows.ts). */
const recorder = () => {
  const points: { x: number; y: number }[] = [];
  const context = {
    moveTo: (x: number, y: number) => points.push({ x, y }),
    lineTo: (x: number, y: number) => points.push({ x, y }),
    arc: (x: number, y: number) => points.push({ x, y }),
  } as unknown as CanvasRenderingContext2D;
  return { context, points };
};

const rounded = (points: { x: number; y: number }[]) =>
  points.map(({ x, y }) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]);

describe('addArrowHead', () => {
  it('puts the tip on the target’s outline, the head behind it towards the source', () => {
    const { context, points } = recorder();
    addArrowHead(context, 'triangle', { x: 0, y: 0 }, { x: 100, y: 0 }, 20, 30);
    // Length 0.3 and half width 0.15 of the size, as cytoscape draws it.
    expect(rounded(points)).toEqual([
      [71, -4.5],
      [80, 0],
      [71, 4.5],
    ]);
  });

  it('turns with the line', () => {
    const { context, points } = recorder();
    addArrowHead(context, 'triangle', { x: 0, y: 100 }, { x: 0, y: 0 }, 10, 30);
    expect(rounded(points)).toEqual([
      [-4.5, 19],
      [0, 10],
      [4.5, 19],
    ]);
  });

  it('draws a circle head as a circle behind the tip', () => {
    const { context, points } = recorder();
    addArrowHead(context, 'circle', { x: 0, y: 0 }, { x: 100, y: 0 }, 20, 30);
    expect(rounded(points)).toEqual([
      [80, 0],
      [75.5, 0],
    ]);
  });

  it('draws nothing for no arrow, or for ends closer than the target’s reach', () => {
    const none = recorder();
    addArrowHead(none.context, 'none', { x: 0, y: 0 }, { x: 100, y: 0 }, 20, 30);
    const inside = recorder();
    addArrowHead(inside.context, 'triangle', { x: 0, y: 0 }, { x: 10, y: 0 }, 20, 30);
    expect([none.points, inside.points]).toEqual([[], []]);
  });

  it('grows with the line’s width past cytoscape’s smallest head', () => {
    expect(arrowSize(1)).toBeCloseTo(29 * 0.9);
    expect(arrowSize(8)).toBeGreaterThan(arrowSize(2));
  });
});
