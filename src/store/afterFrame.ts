import { create } from 'zustand';
import { useAppStore, type AppState } from './index';

/**
 * Hands `source`'s state to `copy` late: after a change (or a run of changes) once `later` runs
 * its work, with the state as it is then. Returns what stops it.
 */
export const followLate = <S>(
  source: { getState: () => S; subscribe: (listener: () => void) => () => void },
  copy: (state: S) => void,
  later: (work: () => void) => void,
): (() => void) => {
  let waiting = false;
  return source.subscribe(() => {
    if (waiting) return;
    waiting = true;
    later(() => {
      waiting = false;
      copy(source.getState());
    });
  });
};

/** The task after the next animation frame: the frame that draws the map goes first. */
const afterNextFrame = (work: () => void): void => {
  requestAnimationFrame(() => setTimeout(work, 0));
};

/** The app's state as of the task after the last change's frame. */
const afterFrameStore = create<{ state: AppState }>(() => ({ state: useAppStore.getState() }));
// Started on first use: the store is also used where there are no frames (unit tests).
let following = false;

/**
 * A selection of the store that follows it a frame late, for a panel whose content is costly to
 * derive or lay out (facet counts, the legend): a filter change's task and the frame that draws
 * the map do not also compute it; it follows in the task after that frame. Controls (a box as
 * ticked, text as typed) read the store itself. A selector returning a new object each time is
 * wrapped in `useShallow`, as for `useAppStore`.
 */
export function useStoreAfterFrame<T>(selector: (state: AppState) => T): T {
  if (!following) {
    following = true;
    // Nothing reads it yet: it starts from the state as it is now.
    afterFrameStore.setState({ state: useAppStore.getState() });
    followLate(useAppStore, (state) => afterFrameStore.setState({ state }), afterNextFrame);
  }
  return afterFrameStore((held) => selector(held.state));
}
