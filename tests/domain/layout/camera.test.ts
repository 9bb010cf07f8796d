import { describe, expect, it } from 'vitest';
import {
  DRILL_SCREEN_SHARE,
  FIT_MAX_ZOOM,
  FIT_PADDING_SHARE,
  TOOLBAR_HEIGHT,
  drillsInto,
  emptyExtent,
  fitCamera,
  growExtent,
  isEmptyExtent,
  type Camera,
} from '../../../src/domain/layout';

/** Where a model point lands on screen under a camera. */
const onScreen = (camera: Camera, x: number, y: number) => ({
  x: x * camera.zoom + camera.pan.x,
  y: y * camera.zoom + camera.pan.y,
});

describe('the extent of the drawn nodes', () => {
  it('starts empty and holds every circle grown into it', () => {
    const extent = emptyExtent();
    expect(isEmptyExtent(extent)).toBe(true);
    growExtent(extent, { x: 0, y: 0 }, 10);
    growExtent(extent, { x: 100, y: -50 }, 5);
    expect(isEmptyExtent(extent)).toBe(false);
    expect(extent).toEqual({ x1: -10, y1: -55, x2: 105, y2: 10 });
  });
});

describe('fitCamera', () => {
  const viewport = { width: 1000, height: 800 };

  it('shows the whole extent clear of the padding and the toolbar, centred in what is left', () => {
    const extent = { x1: -500, y1: -200, x2: 1500, y2: 600 };
    const camera = fitCamera(extent, viewport, 50, 0.01);
    const topLeft = onScreen(camera, extent.x1, extent.y1);
    const bottomRight = onScreen(camera, extent.x2, extent.y2);
    expect(topLeft.x).toBeCloseTo(50);
    expect(bottomRight.x).toBeCloseTo(950);
    expect(topLeft.y).toBeGreaterThanOrEqual(50 + TOOLBAR_HEIGHT - 1e-9);
    expect(bottomRight.y).toBeLessThanOrEqual(750 + 1e-9);
    // Centred vertically in the room below the toolbar.
    expect((topLeft.y + bottomRight.y) / 2).toBeCloseTo((50 + TOOLBAR_HEIGHT + 750) / 2);
  });

  it('zooms in on a handful of nodes no closer than FIT_MAX_ZOOM, and out no further than the map allows', () => {
    expect(fitCamera({ x1: 0, y1: 0, x2: 10, y2: 10 }, viewport, 50, 0.01).zoom).toBe(FIT_MAX_ZOOM);
    expect(fitCamera({ x1: 0, y1: 0, x2: 1e9, y2: 1e9 }, viewport, 50, 0.01).zoom).toBe(0.01);
  });

  it('centres a single point', () => {
    const camera = fitCamera({ x1: 5, y1: 5, x2: 5, y2: 5 }, viewport, 50, 0.01);
    const point = onScreen(camera, 5, 5);
    expect(point.x).toBeCloseTo(500);
    expect(point.y).toBeCloseTo((50 + TOOLBAR_HEIGHT + 750) / 2);
  });
});

describe('fitCamera on a small map (a 720p projector under its caption)', () => {
  const small = { width: 1060, height: 400 };
  const extent = { x1: 0, y1: 0, x2: 1000, y2: 1000 };

  it('keeps its margin to a share of the shorter side, so the nodes fill the map', () => {
    const camera = fitCamera(extent, small, 72, 0.01, 0);
    const top = onScreen(camera, 0, 0).y;
    const bottom = onScreen(camera, 1000, 1000).y;
    expect(top).toBeCloseTo(FIT_PADDING_SHARE * 400);
    expect(bottom - top).toBeCloseTo(400 * (1 - 2 * FIT_PADDING_SHARE));
  });

  it('leaves room for no toolbar when there is none', () => {
    const withToolbar = fitCamera(extent, small, 72, 0.01);
    const without = fitCamera(extent, small, 72, 0.01, 0);
    expect(without.zoom).toBeGreaterThan(withToolbar.zoom);
    expect(onScreen(withToolbar, 0, 0).y).toBeCloseTo(FIT_PADDING_SHARE * 400 + TOOLBAR_HEIGHT);
  });
});

describe('drillsInto', () => {
  const viewport = { width: 1000, height: 600 };
  const group = { centre: { x: 100, y: 100 }, radius: 50 };
  // The group's width on screen at which it opens: a share of the shorter side.
  const openingZoom = (DRILL_SCREEN_SHARE * 600) / (2 * 50);

  it('opens a group zoomed in on until it is wide enough on screen, with the pointer over it', () => {
    expect(drillsInto(group, { x: 120, y: 90 }, openingZoom, viewport)).toBe(true);
    expect(drillsInto(group, { x: 120, y: 90 }, openingZoom * 0.9, viewport)).toBe(false);
  });

  it('leaves a group the pointer is not over', () => {
    expect(drillsInto(group, { x: 100, y: 151 }, openingZoom * 2, viewport)).toBe(false);
    expect(drillsInto(group, { x: 100, y: 150 }, openingZoom * 2, viewport)).toBe(true);
  });
});
