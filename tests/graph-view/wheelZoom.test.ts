import { describe, expect, it } from 'vitest';
import { NOTCH_ZOOM, wheelZoomFactor } from '../../src/graph-view/wheelZoom';

const PIXELS = 0;
const LINES = 1;
const PAGES = 2;

describe('wheelZoomFactor', () => {
  it('zooms in by a notch when the wheel turns away from the user, out when towards', () => {
    expect(wheelZoomFactor(-100, PIXELS, false)).toBeCloseTo(NOTCH_ZOOM, 10);
    expect(wheelZoomFactor(100, PIXELS, false)).toBeCloseTo(1 / NOTCH_ZOOM, 10);
    expect(NOTCH_ZOOM).toBeGreaterThanOrEqual(1.2);
  });

  it('twelve notches zoom in more than ten times, and a trackpad’s small steps add up to the same', () => {
    let zoom = 1;
    for (let turn = 0; turn < 12; turn++) zoom *= wheelZoomFactor(-100, PIXELS, false);
    expect(zoom).toBeGreaterThan(10);
    let smooth = 1;
    for (let step = 0; step < 100; step++) smooth *= wheelZoomFactor(-4, PIXELS, false);
    expect(smooth).toBeCloseTo(NOTCH_ZOOM ** 4, 8);
  });

  it('reads Firefox’s lines and pages, and never zooms more than three notches for one event', () => {
    expect(wheelZoomFactor(-3, LINES, false)).toBeCloseTo(NOTCH_ZOOM ** 0.99, 10);
    expect(wheelZoomFactor(-1, PAGES, false)).toBeCloseTo(NOTCH_ZOOM ** 3, 10);
    expect(wheelZoomFactor(-5000, PIXELS, false)).toBeCloseTo(NOTCH_ZOOM ** 3, 10);
  });

  it('a trackpad pinch zooms as the browser zooms a page', () => {
    expect(wheelZoomFactor(-10, PIXELS, true)).toBeCloseTo(Math.exp(0.1), 10);
    expect(wheelZoomFactor(10, PIXELS, true)).toBeCloseTo(Math.exp(-0.1), 10);
  });
});
