import type { Core } from 'cytoscape';
import type { Steps } from '../domain/graph/steps';
import type { Camera } from '../domain/layout';
import { nextTask } from '../io/taskSlices';
import { cameraOf, modelContext, sameCamera, type ViewportPicture } from './viewportPicture';

/**
 * How long a slice may record draws before its strokes are flushed and the page gets the thread:
 * the flush (rasterising, or sending the paths to the GPU process) costs about as much again.
 */
const SLICE_MS = 20;

/** A drawing in steps: each `next()` draws a little more and leaves nothing half-built (every path filled or stroked). */
export type DrawSteps = Steps<unknown>;

/** What a layer does once a sliced drawing is on it. */
export interface SlicedDrawLayer {
  /** The layer's kept picture, which follows moves of the map: the drawing is marked as drawn at its camera. */
  picture: ViewportPicture;
  /** Asks for a draw on the next frame: the map moved while the drawing was made. */
  redraw: () => void;
  /** The drawing is on the layer (after `redraw`, so a draw still wanted shows as such). */
  drawn: () => void;
}

/**
 * Draws a whole-map picture over several tasks, so no task holds the page long (DESIGN.md §4: at
 * 50,000 nodes and 200,000 edges a layer's draw was one task of half a second). The steps draw into
 * a scratch canvas; after each slice it is copied onto a back canvas, which makes the browser
 * rasterise (or hand to the GPU) what the slice drew in that slice's task, and the finished picture
 * goes onto the layer's canvas in one copy: the map never shows half of it.
 */
export class SlicedDraw {
  private readonly scratch = document.createElement('canvas');
  private readonly back = document.createElement('canvas');
  /** Bumped whenever what the layer draws changes: a drawing under way of an older picture is abandoned. */
  private version = 0;
  /** What is being drawn and at which camera, while a drawing is under way. */
  private job: { version: number; camera: Camera } | null = null;

  constructor(private readonly layer: SlicedDrawLayer) {}

  /** What the layer draws changed. */
  changed(): void {
    this.version += 1;
  }

  /**
   * True when the layer's current picture is being drawn at `camera` now: it calls back when done.
   * Otherwise a drawing under way (for another camera or content) is dropped: while the map moves,
   * the kept picture follows it, and the map is drawn sharply once it holds still.
   */
  underWay(camera: Camera): boolean {
    const { job } = this;
    if (job !== null && job.version === this.version && sameCamera(job.camera, camera)) return true;
    this.cancel();
    return false;
  }

  /** A drawing is under way. */
  get busy(): boolean {
    return this.job !== null;
  }

  /**
   * Draws `steps` at `camera` onto `target` over as many tasks as it takes, from the next one, and
   * tells the layer once the picture is on `target`. Another draw or `cancel` abandons it.
   */
  draw(
    target: HTMLCanvasElement,
    cy: Core,
    camera: Camera,
    steps: (context: CanvasRenderingContext2D) => DrawSteps,
  ): void {
    this.cancel();
    const scratch = modelContext(this.scratch, cy, camera)?.context;
    const back = this.back.getContext('2d');
    if (!scratch || !back) return;
    this.back.width = this.scratch.width;
    this.back.height = this.scratch.height;
    const job = { version: this.version, camera: { zoom: camera.zoom, pan: { ...camera.pan } } };
    this.job = job;
    const drawing = steps(scratch);
    const slice = () => {
      if (this.job !== job) return;
      const until = performance.now() + SLICE_MS;
      let finished = false;
      while (!finished && performance.now() < until) finished = drawing.next().done === true;
      // The copy makes the browser rasterise the slice now; the scratch is cleared with its state (styles, transform) kept.
      back.drawImage(this.scratch, 0, 0);
      scratch.save();
      scratch.setTransform(1, 0, 0, 1, 0, 0);
      scratch.clearRect(0, 0, this.scratch.width, this.scratch.height);
      scratch.restore();
      if (!finished) {
        void nextTask().then(slice);
        return;
      }
      this.job = null;
      // Through modelContext, so the layer's canvas counts as drawn on (a blank layer clears it later).
      const shown = modelContext(target, cy, camera)?.context;
      if (shown) {
        shown.setTransform(1, 0, 0, 1, 0, 0);
        shown.drawImage(this.back, 0, 0);
      }
      this.layer.picture.drawnAt(camera);
      if (!sameCamera(camera, cameraOf(cy))) this.layer.redraw();
      this.layer.drawn();
    };
    // Not in the frame that asked: its task may hold other work (Show all's click, the other layer's draw).
    // Each slice in a task of its own, as io/taskSlices spreads work: a chain of timeouts would wait
    // 4 ms or more between slices once five are nested. A cancelled drawing's next slice finds its job gone.
    void nextTask().then(slice);
  }

  cancel(): void {
    this.job = null;
  }
}
