/**
 * The view's place in the browser history: the URL hash (see domain/view-state), one history entry
 * per view, so back and forward move between views.
 */

/** Changes of one kind closer together than this (typing a filter, clicking through nodes) share one history entry. */
export const BURST_GAP_MS = 400;

/** What is used of `window`; tests stand in a fake. */
export type HashWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

export interface HashHistory {
  read: () => string;
  /**
   * Shows `hash` in the address at once, so a reload always brings back the view on screen. A change
   * makes a new history entry, unless it has the same `burst` kind as the change just before and
   * follows it quickly: then it writes over that entry. Nothing when the address already shows `hash`.
   */
  push: (hash: string, burst?: string) => void;
  /** Writes `hash` over the current entry; the next change makes a new entry. */
  replace: (hash: string) => void;
  /** Calls back with the hash whenever the user moves back or forward (or edits the hash); returns the unsubscribe. */
  onNavigate: (listener: (hash: string) => void) => () => void;
  /** Ends the current burst: the next change makes a new entry. */
  cancel: () => void;
}

export function createHashHistory(target: HashWindow = window, gap = BURST_GAP_MS): HashHistory {
  let burstEnd: ReturnType<typeof setTimeout> | undefined;
  let openBurst: string | undefined;
  const cancel = () => {
    clearTimeout(burstEnd);
    openBurst = undefined;
  };
  return {
    read: () => target.location.hash,
    push: (hash, burst) => {
      if (target.location.hash === hash) return;
      if (burst !== undefined && burst === openBurst)
        target.history.replaceState(target.history.state, '', hash);
      else target.history.pushState(target.history.state, '', hash);
      cancel();
      openBurst = burst;
      burstEnd = setTimeout(() => (openBurst = undefined), gap);
    },
    replace: (hash) => {
      cancel();
      if (target.location.hash !== hash) target.history.replaceState(target.history.state, '', hash);
    },
    onNavigate: (listener) => {
      const navigate = () => {
        // The entry moved to is not the burst's: a change made there must not write over it.
        cancel();
        listener(target.location.hash);
      };
      target.addEventListener('popstate', navigate);
      return () => target.removeEventListener('popstate', navigate);
    },
    cancel,
  };
}
