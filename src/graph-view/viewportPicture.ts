import type { Core } from 'cytoscape';
import type { Camera } from '../domain/layout';
import { pictureMove } from '../domain/viewport';

/** A viewport change ends when no other has come for this long; then the layer draws sharply again. */
const SETTLE_MS = 140;

/** The camera cytoscape shows now. */
export const cameraOf = (cy: Core): Camera => ({ zoom: cy.zoom(), pan: { ...cy.pan() } });

/** Canvases given a context by modelContext: only these can hold a picture to clear. */
const painted = new WeakSet<HTMLCanvasElement>();

/** Whether two cameras show the same. */
export const sameCamera = (a: Camera, b: Camera): boolean =>
  a.zoom === b.zoom && a.pan.x === b.pan.x && a.pan.y === b.pan.y;

/**
 * A cleared context on a layer's canvas, sized to the map and transformed to model coordinates at
 * `camera`; `resized` says the canvas was resized (which clears it, so it is only set on a change).
 * Null without a context, and for a `blank` layer (nothing to draw) on a canvas never drawn on: it
 * stays without a context, so it costs the GPU nothing (a small map, the bundled one first of all,
 * draws no layer).
 */
export const modelContext = (
  canvas: HTMLCanvasElement,
  cy: Core,
  camera: Camera = cameraOf(cy),
  blank = false,
): { context: CanvasRenderingContext2D; resized: boolean } | null => {
  if (blank && !painted.has(canvas)) return null;
  const ratio = window.devicePixelRatio || 1;
  const width = Math.round(cy.width() * ratio);
  const height = Math.round(cy.height() * ratio);
  const resized = canvas.width !== width || canvas.height !== height;
  if (resized) {
    canvas.width = width;
    canvas.height = height;
  }
  const context = canvas.getContext('2d');
  if (!context) return null;
  painted.add(canvas);
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.globalAlpha = 1;
  context.clearRect(0, 0, width, height);
  const { zoom, pan } = camera;
  context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
  return { context, resized };
};

/**
 * A layer's last sharp picture, kept while the user pans or zooms: each frame of the move draws it
 * scaled and shifted (one image draw) instead of drawing every node and edge again, and the layer
 * draws sharply once the map has held still for SETTLE_MS.
 */
export class ViewportPicture {
  private readonly copy = document.createElement('canvas');
  /** The camera the canvas was last drawn sharply at; null when it holds no picture worth moving. */
  private camera: Camera | null = null;
  private copied = false;
  /** The canvas holds the sharp picture drawn at `camera`, not a moved copy of it. */
  private sharp = false;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** A viewport change is under way: frames move the picture. */
  moving = false;

  constructor(private readonly canvas: HTMLCanvasElement) {}

  /**
   * The viewport changed: frames move the picture until the changes stop, then `settled` draws
   * sharply, unless the layer drew sharply at the camera it stopped at (`now`). A jump of the camera
   * with new elements (Show all fits the whole map) is drawn sharply on its first frame, and a
   * second whole-map draw of the same picture held the page as long again.
   */
  viewportMoved(settled: () => void, now: () => Camera | null): void {
    this.moving = true;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.moving = false;
      if (!this.sharpAt(now())) settled();
    }, SETTLE_MS);
  }

  private sharpAt(camera: Camera | null): boolean {
    const drawn = this.camera;
    return this.sharp && camera !== null && drawn !== null && sameCamera(drawn, camera);
  }

  /** The canvas now holds a sharp picture drawn at this camera. */
  drawnAt(camera: Camera): void {
    this.camera = { zoom: camera.zoom, pan: { ...camera.pan } };
    this.copied = false;
    this.sharp = true;
  }

  /** What is drawn changed (not only the camera): the kept picture is out of date. */
  forget(): void {
    this.camera = null;
    this.sharp = false;
  }

  /** Whether showAt would move the kept picture now (else the layer draws sharply). */
  canShow(): boolean {
    return this.moving && this.camera !== null && this.canvas.width > 0;
  }

  /** While moving, draws the kept picture as `camera` would show it; false when it cannot (draw sharply instead). */
  showAt(camera: Camera): boolean {
    const { canvas } = this;
    const drawn = this.camera;
    // Asked before the context: a canvas with none (a blank layer) is not given one here.
    const context = this.canShow() && drawn ? canvas.getContext('2d') : null;
    if (!drawn || !context) return false;
    if (!this.copied) {
      // The first frame of a move copies the picture once (a GPU-side copy, no read back).
      this.copy.width = canvas.width;
      this.copy.height = canvas.height;
      this.copy.getContext('2d')?.drawImage(canvas, 0, 0);
      this.copied = true;
    }
    const ratio = window.devicePixelRatio || 1;
    const { scale, dx, dy } = pictureMove(drawn, camera);
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.globalAlpha = 1;
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.setTransform(scale, 0, 0, scale, dx * ratio, dy * ratio);
    context.drawImage(this.copy, 0, 0);
    context.setTransform(1, 0, 0, 1, 0, 0);
    this.sharp = false;
    return true;
  }

  dispose(): void {
    clearTimeout(this.settleTimer);
  }
}
