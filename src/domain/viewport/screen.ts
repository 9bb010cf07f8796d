/**
 * What a camera shows, pure: the model box on screen, where a model point lands, how a picture
 * drawn at one camera moves to another (a layer keeps its last picture while the map pans and
 * zooms), and labels cut to their width without measuring text.
 */
import type { Camera, Extent, ViewportSize } from '../layout/camera';
import type { Point } from '../layout/geometry';

/** The model box the viewport shows, grown by `margin` screen pixels on every side. */
export const visibleBox = (camera: Camera, size: ViewportSize, margin = 0): Extent => {
  const { zoom, pan } = camera;
  return {
    x1: (-margin - pan.x) / zoom,
    y1: (-margin - pan.y) / zoom,
    x2: (size.width + margin - pan.x) / zoom,
    y2: (size.height + margin - pan.y) / zoom,
  };
};

/** Where a model point is drawn on screen (cytoscape's rendered position). */
export const onScreen = (camera: Camera, point: Point): Point => ({
  x: point.x * camera.zoom + camera.pan.x,
  y: point.y * camera.zoom + camera.pan.y,
});

/**
 * The transform that moves a picture drawn at camera `from` to where camera `to` shows the same
 * model: screen points scale by `scale` and shift by (dx, dy), in screen pixels.
 */
export const pictureMove = (from: Camera, to: Camera): { scale: number; dx: number; dy: number } => {
  const scale = to.zoom / from.zoom;
  return { scale, dx: to.pan.x - from.pan.x * scale, dy: to.pan.y - from.pan.y * scale };
};

/** Widths of a character in ems, near enough for cutting a label: CJK and full-width forms take one, others about half. */
const charWidth = (code: number): number => (code >= 0x2e80 ? 1 : code === 0x20 ? 0.3 : 0.58);

/** The label cut with an ellipsis to about `maxWidth` at `fontSize`, estimated per character (no text measuring). */
export const fitLabel = (label: string, fontSize: number, maxWidth: number): string => {
  const room = maxWidth / fontSize;
  let used = 0;
  let index = 0;
  for (const char of label) {
    used += charWidth(char.codePointAt(0) ?? 0);
    if (used > room) return `${label.slice(0, index)}…`;
    index += char.length;
  }
  return label;
};
