import { describe, expect, it } from 'vitest';
import { traceShape, traceSlice } from '../../src/graph-view/nodeShapes';
import type { NodeShape } from '../../src/domain/legend/styles';

type Point = [number, number];

/** Records each subpath's points as a canvas would end them (arcTo ends at its second tangent point). */
const recorder = () => {
  const subpaths: Point[][] = [];
  const current = () => subpaths.at(-1) ?? [];
  const sink = {
    moveTo: (x: number, y: number) => void subpaths.push([[x, y]]),
    lineTo: (x: number, y: number) => void current().push([x, y]),
    quadraticCurveTo: (_cx: number, _cy: number, x: number, y: number) => void current().push([x, y]),
    arcTo: (x1: number, y1: number, x2: number, y2: number, radius: number) => {
      const length = Math.hypot(x2 - x1, y2 - y1);
      current().push([x1 + ((x2 - x1) / length) * radius, y1 + ((y2 - y1) / length) * radius]);
    },
    arc: (x: number, y: number, radius: number, _start: number, end: number) =>
      void current().push([x + radius * Math.cos(end), y + radius * Math.sin(end)]),
    ellipse: (
      x: number,
      y: number,
      rx: number,
      _ry: number,
      _rotation: number,
      _start: number,
      end: number,
    ) => void current().push([x + rx * Math.cos(end), y]),
  };
  return { sink, subpaths };
};

const SHAPES: readonly NodeShape[] = ['ellipse', 'diamond', 'hexagon', 'round-rectangle', 'barrel'];

describe('node shapes traced into one batched path', () => {
  it.each(SHAPES)(
    '%s: one subpath that ends where it starts, so a stroke closes it without closePath',
    (shape) => {
      const { sink, subpaths } = recorder();
      traceShape(sink, shape, 10, 20, 40, 30);
      expect(subpaths).toHaveLength(1);
      const [path = []] = subpaths;
      const [startX = NaN, startY = NaN] = path[0] ?? [];
      const [endX = NaN, endY = NaN] = path.at(-1) ?? [];
      expect(path.length).toBeGreaterThan(1);
      expect(endX).toBeCloseTo(startX, 6);
      expect(endY).toBeCloseTo(startY, 6);
    },
  );

  it('a pie slice starts at the centre and reaches the rim', () => {
    const { sink, subpaths } = recorder();
    traceSlice(sink, 0, 0, 10, 0, 0.25);
    expect(subpaths).toHaveLength(1);
    const [[centre, rim] = []] = subpaths;
    expect(centre).toEqual([0, 0]);
    expect(rim?.[0]).toBeCloseTo(10, 6);
    expect(rim?.[1]).toBeCloseTo(0, 6);
  });
});
