import { useEffect, useState } from 'react';
import { encodeViewState, type ViewStateProblem } from '../../domain/view-state';
import { createHashHistory } from '../../io/urlHash';
import { useAppStore, type AppState } from '../../store';
import { decodeHashFor, sameView, showView, viewStateOf } from './viewState';

/**
 * Ticking filters and clicking through nodes (or ties) come in quick runs that make one history entry each;
 * any other change (a layout, the depth, the language) is an entry of its own.
 */
const burstOf = (state: AppState, before: AppState): string | undefined =>
  (['filters', 'selected', 'tie'] as const).find((key) => sameView({ ...state, [key]: before[key] }, before));

/**
 * Keeps the view and the URL hash in step: once the dataset is loaded, the hash's view is shown
 * (ids checked against the real map), each later view change becomes a history entry, and back /
 * forward show the entry's view. Returns what was wrong with the last hash shown, for a notice.
 */
export function useUrlSync(): { problems: ViewStateProblem[]; dismissProblems: () => void } {
  const ready = useAppStore((state) => state.datasetReady);
  const [problems, setProblems] = useState<ViewStateProblem[]>([]);
  useEffect(() => {
    if (!ready) return;
    const history = createHashHistory();
    const showHash = (hash: string) => {
      const decoded = decodeHashFor(useAppStore.getState(), hash);
      // A malformed hash shows the default view; the address then shows the view as it is.
      showView(decoded.state ?? {});
      // A clean hash leaves an open notice alone: the hash just rewritten is clean, and React's
      // development mode runs this effect twice.
      if (decoded.problems.length > 0) setProblems(decoded.problems);
      history.replace(encodeViewState(viewStateOf(useAppStore.getState())));
    };
    showHash(history.read());
    const stopNavigation = history.onNavigate(showHash);
    const stopFollowing = useAppStore.subscribe((state, before) => {
      // A presentation's steps are not the user's own views: they stay out of the history.
      if (state.presenting) return;
      if (!sameView(state, before)) history.push(encodeViewState(viewStateOf(state)), burstOf(state, before));
    });
    return () => {
      stopFollowing();
      stopNavigation();
      history.cancel();
    };
  }, [ready]);
  return { problems, dismissProblems: () => setProblems([]) };
}
