import { describe, expect, it } from 'vitest';
import { REFERENCE_VIEWPORT, reframeCamera } from '../../../src/features/presenter/camera';

const editor = { width: 1100, height: 800 };
const centreOf = (
  camera: { zoom: number; pan: { x: number; y: number } },
  size: { width: number; height: number },
) => ({
  x: (size.width / 2 - camera.pan.x) / camera.zoom,
  y: (size.height / 2 - camera.pan.y) / camera.zoom,
});

describe('reframeCamera', () => {
  it('changes nothing between screens of the same size', () => {
    const camera = { zoom: 1.7, pan: { x: -120, y: 45 } };
    expect(reframeCamera(camera, editor, editor)).toEqual(camera);
  });

  it('keeps the model point at the centre of the screen at the centre', () => {
    const camera = { zoom: 0.8, pan: { x: 300, y: -40 } };
    const shown = reframeCamera(camera, editor, REFERENCE_VIEWPORT);
    const before = centreOf(camera, editor);
    const after = centreOf(shown, REFERENCE_VIEWPORT);
    expect(after.x).toBeCloseTo(before.x, 9);
    expect(after.y).toBeCloseTo(before.y, 9);
  });

  it('zooms so the captured extent still fits: by the smaller of the two size ratios', () => {
    const shown = reframeCamera({ zoom: 1, pan: { x: 0, y: 0 } }, editor, REFERENCE_VIEWPORT);
    expect(shown.zoom).toBeCloseTo(Math.min(1920 / 1100, 1080 / 800), 9);
  });

  it('comes back to the same camera through the reference screen', () => {
    const camera = { zoom: 2.25, pan: { x: -800, y: -300 } };
    const wide = { width: 1600, height: 900 };
    const back = reframeCamera(reframeCamera(camera, wide, REFERENCE_VIEWPORT), REFERENCE_VIEWPORT, wide);
    expect(back.zoom).toBeCloseTo(camera.zoom, 9);
    expect(back.pan.x).toBeCloseTo(camera.pan.x, 9);
    expect(back.pan.y).toBeCloseTo(camera.pan.y, 9);
  });
});
