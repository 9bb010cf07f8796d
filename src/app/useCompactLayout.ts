import { useEffect, useLayoutEffect, useSyncExternalStore } from 'react';
import { layoutOf } from '../domain/layout';
import { useAppStore } from '../store';

/** Below this width panels become sheets and the top bar a menu; compact.css uses the same width. */
export const COMPACT_QUERY = '(max-width: 1099px)';

const compactQuery = () => window.matchMedia(COMPACT_QUERY);
const subscribe = (onChange: () => void) => {
  const query = compactQuery();
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

/**
 * The narrow screen's behaviour: a node picked on the map or in the search (or a tie on the map) opens its Details
 * sheet (when no other sheet is open), and when a sheet opens or closes, so the map changes size,
 * the selection (a node, or a tie between its two ends) is brought back into the middle of what is left of the map.
 */
export const useCompactLayout = (): void => {
  const compact = useSyncExternalStore(subscribe, () => compactQuery().matches);
  const sheet = useAppStore((state) => state.sheet);

  // A layout effect: subscribed before any passive effect runs, so the selection a shared link
  // brings on the first render (features/share/useUrlSync.ts) opens Details too.
  useLayoutEffect(() => {
    if (!compact) return;
    return useAppStore.subscribe((state, previous) => {
      const picked =
        (state.selected !== null && state.selected !== previous.selected) ||
        (state.tie !== null && state.tie !== previous.tie);
      if (picked && state.sheet === null && !state.presenting) state.openSheet('details');
    });
  }, [compact]);

  // After the sheet has changed the map's size (effects run once the page is laid out).
  useEffect(() => {
    if (!compact) return;
    const { map, selected, tie, layout } = useAppStore.getState();
    if (!map) return;
    if (tie !== null) {
      map.focusTie(tie);
      return;
    }
    if (selected === null) return;
    // The enterprise circle is framed as a whole around the selection; elsewhere the node is centred.
    if (layoutOf(layout).needsSelection) map.fit();
    else map.focus(selected);
  }, [compact, sheet]);
};
