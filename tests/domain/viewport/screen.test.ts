import { describe, expect, it } from 'vitest';
import { fitLabel, onScreen, pictureMove, visibleBox } from '../../../src/domain/viewport';

describe('visibleBox and onScreen', () => {
  const camera = { zoom: 2, pan: { x: 100, y: -50 } };

  it('is the model box whose corners land on the viewport corners', () => {
    const box = visibleBox(camera, { width: 800, height: 600 });
    expect(onScreen(camera, { x: box.x1, y: box.y1 })).toEqual({ x: 0, y: 0 });
    expect(onScreen(camera, { x: box.x2, y: box.y2 })).toEqual({ x: 800, y: 600 });
  });

  it('grows by the margin in screen pixels', () => {
    const box = visibleBox(camera, { width: 800, height: 600 }, 20);
    expect(onScreen(camera, { x: box.x1, y: box.y1 })).toEqual({ x: -20, y: -20 });
  });
});

describe('pictureMove', () => {
  it('moves a point drawn at one camera to where the other camera draws it', () => {
    const from = { zoom: 0.5, pan: { x: 30, y: 40 } };
    const to = { zoom: 1.5, pan: { x: -200, y: 90 } };
    const { scale, dx, dy } = pictureMove(from, to);
    for (const point of [
      { x: 0, y: 0 },
      { x: 123, y: -45 },
    ]) {
      const before = onScreen(from, point);
      const after = onScreen(to, point);
      expect(before.x * scale + dx).toBeCloseTo(after.x, 9);
      expect(before.y * scale + dy).toBeCloseTo(after.y, 9);
    }
  });

  it('is no move between equal cameras', () => {
    const camera = { zoom: 1.2, pan: { x: 5, y: 6 } };
    expect(pictureMove(camera, camera)).toEqual({ scale: 1, dx: 0, dy: 0 });
  });
});

describe('fitLabel', () => {
  it('keeps a label that fits and cuts a long one with an ellipsis', () => {
    expect(fitLabel('赛乐医疗', 14, 160)).toBe('赛乐医疗');
    const long = '常州生命健康产业园区薛家镇合成生物产业创新中心';
    const cut = fitLabel(long, 14, 160);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThan(long.length);
    // Eleven CJK characters of 14 px make 154 px.
    expect(cut).toBe(`${long.slice(0, 11)}…`);
  });

  it('lets more Latin letters than CJK characters into the same width', () => {
    const latin = fitLabel('Changzhou Life Health Industrial Park', 14, 160);
    expect(latin.length - 1).toBeGreaterThan(11);
  });
});
