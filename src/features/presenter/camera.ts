/**
 * A step's camera is kept as it would be on a 1920×1080 map, so a view captured in the editor's
 * smaller map shows the same place, centred and whole, on the presenter's screen.
 */
import type { Camera, ViewportSize } from '../../domain/layout';

export const REFERENCE_VIEWPORT: ViewportSize = { width: 1920, height: 1080 };

/** The camera that shows, in `to`, what `camera` shows in `from`: the same centre, the same extent fitted. */
export const reframeCamera = (camera: Camera, from: ViewportSize, to: ViewportSize): Camera => {
  const centre = {
    x: (from.width / 2 - camera.pan.x) / camera.zoom,
    y: (from.height / 2 - camera.pan.y) / camera.zoom,
  };
  const zoom = camera.zoom * Math.min(to.width / from.width, to.height / from.height);
  return { zoom, pan: { x: to.width / 2 - centre.x * zoom, y: to.height / 2 - centre.y * zoom } };
};
