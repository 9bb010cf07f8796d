import type { Camera } from '../domain/layout';
import { pictureMove } from '../domain/viewport';

/**
 * A layer's last sharp picture, kept while the user pans or zooms: each frame of the move draws it
 * scaled and shifted (one image draw) instead of drawing every node and edge again, and the layer
 * draws sharply once the map holds still.
 */
export class ViewportPicture {
  private readonly copy = document.createElement('canvas');
  /** The camera the canvas was last drawn sharply at; null when it holds no picture worth moving. */
  private camera: Camera | null = null;
  private copied = false;

  constructor(private readonly canvas: HTMLCanvasElement) {}

  /** The canvas now holds a sharp picture drawn at this camera. */
  drawnAt(camera: Camera): void {
    this.camera = { zoom: camera.zoom, pan: { ...camera.pan } };
    this.copied = false;
  }

  forget(): void {
    this.camera = null;
  }

  /** Draws the kept picture as `camera` would show it; false when there is none (draw sharply instead). */
  showAt(camera: Camera): boolean {
    const { canvas } = this;
    const context = canvas.getContext('2d');
    if (!this.camera || !context || canvas.width === 0) return false;
    if (!this.copied) {
      // The first frame of a move copies the picture once (a GPU-side copy, no read back).
      this.copy.width = canvas.width;
      this.copy.height = canvas.height;
      this.copy.getContext('2d')?.drawImage(canvas, 0, 0);
      this.copied = true;
    }
    const ratio = window.devicePixelRatio || 1;
    const { scale, dx, dy } = pictureMove(this.camera, camera);
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.globalAlpha = 1;
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.setTransform(scale, 0, 0, scale, dx * ratio, dy * ratio);
    context.drawImage(this.copy, 0, 0);
    context.setTransform(1, 0, 0, 1, 0, 0);
    return true;
  }
}
