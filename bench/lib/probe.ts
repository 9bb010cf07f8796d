/**
 * What the bench installs in the page before any of its scripts (page.addInitScript): it must be
 * self-contained. It times pixels as DESIGN.md §4 defines "drawn": in the first animation frame
 * after a draw, 1×1 of every map canvas is copied into a canvas of the probe's own and read back
 * (which waits for the GPU to finish them), and the next frame ends the measurement. The app's own
 * canvases are never read back.
 */

/** A drawn mark, and when its pixels were on screen (page time, ms). */
export interface PixelsEntry {
  mark: string;
  markAt: number;
  at: number;
}

/** A redraw of a map canvas (a whole-canvas clear), and when its pixels were on screen. */
export interface RedrawPixels {
  redrawAt: number;
  at: number;
}

/** An input event as the page received it: its time stamp (the latest coalesced one) and when a handler saw it. */
export interface ReceivedInput {
  type: string;
  stamp: number;
  at: number;
}

export interface ProbeState {
  /** One entry per drawn mark, in the order their pixels arrived. */
  pixels: PixelsEntry[];
  /** When a map canvas was last cleared whole (a redraw); -1 before any. */
  lastRedraw: number;
  redrawCount: number;
  /** Pixel times of redraws: at most one probe runs at a time, the next one covers every redraw since. */
  redrawPixels: RedrawPixels[];
  /** Drag moves (a button held) and wheel turns. */
  inputs: ReceivedInput[];
  /** When each animation frame began while counting (page time). */
  frames: number[];
}

export interface ProbeNames {
  click: string;
  upload: string;
  binding: string;
  longTaskMs: number;
  streamedMarks: string[];
  /** Marks after which the pixels are timed. */
  drawnMarks: string[];
  /** Selects the element whose canvases are the map. */
  mapSelector: string;
  /** The window property the probe's state is kept in. */
  stateKey: string;
  /** The window property that starts (true) or stops (false) counting frames. */
  countFramesKey: string;
}

/**
 * A long task, a streamed mark or a drawn mark's pixels (startTime the mark, duration until its
 * pixels), sent to the bench as it happens so a page that later hangs still tells.
 */
export interface StreamedEntry {
  type: 'longtask' | 'mark' | 'pixels';
  name: string;
  startTime: number;
  duration: number;
}

export function installProbe(names: ProbeNames): void {
  const state: ProbeState = {
    pixels: [],
    lastRedraw: -1,
    redrawCount: 0,
    redrawPixels: [],
    inputs: [],
    frames: [],
  };
  (window as unknown as Record<string, unknown>)[names.stateKey] = state;

  const report = (window as unknown as Record<string, (entry: StreamedEntry) => void>)[names.binding];
  new PerformanceObserver((list) => {
    for (const { startTime, duration } of list.getEntries()) {
      if (duration > names.longTaskMs) void report?.({ type: 'longtask', name: '', startTime, duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const { name, startTime } of list.getEntries()) {
      if (names.streamedMarks.includes(name)) void report?.({ type: 'mark', name, startTime, duration: 0 });
    }
  }).observe({ type: 'mark', buffered: true });
  addEventListener('click', (event) => performance.mark(names.click, { startTime: event.timeStamp }), true);
  addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file')
        performance.mark(names.upload, { startTime: event.timeStamp });
    },
    true,
  );

  // Created on first use: the document has no body yet when this runs.
  let readbackContext: CanvasRenderingContext2D | null = null;
  const readBack = (): void => {
    if (!readbackContext) {
      const own = document.createElement('canvas');
      own.width = 1;
      own.height = 1;
      readbackContext = own.getContext('2d');
    }
    if (!readbackContext) return;
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>(`${names.mapSelector} canvas`)) {
      if (canvas.width > 0 && canvas.height > 0) readbackContext.drawImage(canvas, 0, 0, 1, 1, 0, 0, 1, 1);
    }
    readbackContext.getImageData(0, 0, 1, 1);
  };
  /** Calls `done` at the first frame after the GPU has finished what was drawn before now. */
  const afterPixels = (done: (at: number) => void): void => {
    requestAnimationFrame(() => {
      readBack();
      requestAnimationFrame(() => done(performance.now()));
    });
  };

  // The app marks through performance.mark: the probe starts in that very call, so the frame after it is the first.
  const mark = performance.mark.bind(performance);
  performance.mark = (name: string, options?: PerformanceMarkOptions) => {
    const entry = mark(name, options);
    if (names.drawnMarks.includes(name))
      afterPixels((at) => {
        state.pixels.push({ mark: name, markAt: entry.startTime, at });
        void report?.({ type: 'pixels', name, startTime: entry.startTime, duration: at - entry.startTime });
      });
    return entry;
  };

  let probing = false;
  const probeRedraws = (): void => {
    probing = true;
    const redrawAt = state.lastRedraw;
    afterPixels((at) => {
      state.redrawPixels.push({ redrawAt, at });
      probing = false;
      if (state.lastRedraw > redrawAt) probeRedraws();
    });
  };
  // A redraw clears a map canvas whole (cytoscape's layers, the edge layer); smaller clears are parts of one.
  const clearRect = CanvasRenderingContext2D.prototype.clearRect;
  CanvasRenderingContext2D.prototype.clearRect = function (x, y, width, height) {
    clearRect.call(this, x, y, width, height);
    const { canvas } = this;
    if (
      width * height >= canvas.width * canvas.height * 0.9 &&
      canvas.isConnected &&
      canvas.closest(names.mapSelector)
    ) {
      state.lastRedraw = performance.now();
      state.redrawCount++;
      if (!probing) probeRedraws();
    }
  };

  const noteInput = (event: Event): void => {
    if (event.type === 'pointermove' && (event as PointerEvent).buttons === 0) return;
    state.inputs.push({ type: event.type, stamp: event.timeStamp, at: performance.now() });
  };
  addEventListener('pointermove', noteInput, { capture: true, passive: true });
  addEventListener('wheel', noteInput, { capture: true, passive: true });

  let counting = false;
  const countFrame = (): void => {
    if (!counting) return;
    state.frames.push(performance.now());
    requestAnimationFrame(countFrame);
  };
  (window as unknown as Record<string, (on: boolean) => void>)[names.countFramesKey] = (on) => {
    if (on && !counting) requestAnimationFrame(countFrame);
    counting = on;
  };
}
