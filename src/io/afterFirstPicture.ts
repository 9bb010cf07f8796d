import { PERF_MARKS } from './perfMarks';

/** A map that cannot be drawn (its files failed) must not hold back what waits for its picture. */
const FIRST_PICTURE_WAIT_MS = 5_000;
/** Idle or not, the work starts this long after the picture. */
const IDLE_WAIT_MS = 2_000;

let drawn: Promise<void> | null = null;

const firstPicture = (): Promise<void> => {
  drawn ??= new Promise<void>((resolve) => {
    if (performance.getEntriesByName(PERF_MARKS.graphDrawn, 'mark').length > 0) {
      resolve();
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(PERF_MARKS.graphDrawn).length === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'mark' });
    setTimeout(() => {
      observer.disconnect();
      resolve();
    }, FIRST_PICTURE_WAIT_MS);
  });
  return drawn;
};

/** Two frames after the draw its pixels are on screen (the GPU raster comes between); then the first idle moment. */
const afterPixels = (work: () => void): void => {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: IDLE_WAIT_MS });
      else setTimeout(work, 0);
    }),
  );
};

/**
 * Runs `work` once the first map is on screen and the page is idle. What the first picture does not
 * need (the service worker and its precaching, a spare import worker) would otherwise take the
 * cores it is drawn with.
 */
export const afterFirstPicture = (work: () => void): void => {
  void firstPicture().then(() => afterPixels(work));
};

/**
 * Runs `work` once the first map's pixels are on screen (two frames after its draw), idle or not:
 * what the page shows beside the map, drawn in the frames after it.
 */
export const whenFirstPictureShown = (work: () => void): void => {
  void firstPicture().then(() => requestAnimationFrame(() => requestAnimationFrame(work)));
};
