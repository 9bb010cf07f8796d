/**
 * The view's place in the browser history: the URL hash (see domain/view-state), one history entry
 * per view, so back and forward move between views.
 */

/** Quick changes (typing a filter, clicking through nodes) make one history entry, not one each. */
export const PUSH_DELAY_MS = 400;

/** What is used of `window`; tests stand in a fake. */
export type HashWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

export interface HashHistory {
  read: () => string;
  /** A new history entry for `hash` once changes pause; nothing when the address already shows it. */
  push: (hash: string) => void;
  /** Writes `hash` over the current entry now, dropping a push not yet made. */
  replace: (hash: string) => void;
  /** Calls back with the hash whenever the user moves back or forward (or edits the hash); returns the unsubscribe. */
  onNavigate: (listener: (hash: string) => void) => () => void;
  /** Drops a push not yet made. */
  cancel: () => void;
}

export function createHashHistory(target: HashWindow = window, delay = PUSH_DELAY_MS): HashHistory {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => clearTimeout(timer);
  return {
    read: () => target.location.hash,
    push: (hash) => {
      cancel();
      timer = setTimeout(() => {
        if (target.location.hash !== hash) target.history.pushState(target.history.state, '', hash);
      }, delay);
    },
    replace: (hash) => {
      cancel();
      if (target.location.hash !== hash) target.history.replaceState(target.history.state, '', hash);
    },
    onNavigate: (listener) => {
      const navigate = () => {
        // A push still waiting belongs to the entry just left; making it now would cut off the forward history.
        cancel();
        listener(target.location.hash);
      };
      target.addEventListener('popstate', navigate);
      return () => target.removeEventListener('popstate', navigate);
    },
    cancel,
  };
}
