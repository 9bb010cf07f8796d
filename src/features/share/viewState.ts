import {
  decodeViewState,
  defaultViewState,
  encodeViewState,
  knownIdsOf,
  type DecodedViewState,
  type ViewState,
} from '../../domain/view-state';
import { useAppStore, type AppState } from '../../store';
import { edgeWithId } from '../../store/derived';

/** The part of the store a shared link carries; the selection is the node or the tie picked. */
export const viewStateOf = (state: AppState): ViewState => ({
  filters: state.filters,
  selected: state.tie ?? state.selected,
  layout: state.layout,
  depth: state.depth,
  lang: state.lang,
  showChanges: state.showChanges,
});

export const sameView = (a: AppState, b: AppState): boolean =>
  a.filters === b.filters &&
  a.selected === b.selected &&
  a.tie === b.tie &&
  a.layout === b.layout &&
  a.depth === b.depth &&
  a.lang === b.lang &&
  a.showChanges === b.showChanges;

/** The address's `hash` read against the map the store holds: ids it does not know are problems. */
export const decodeHashFor = (state: AppState, hash: string): DecodedViewState =>
  decodeViewState(hash, knownIdsOf(state.graph, state.previous !== null));

/** A decoded view made whole: what it leaves out takes its default, except the language and the changes shown, which stay. */
const completed = (view: Partial<ViewState>, state: AppState): ViewState => ({
  ...defaultViewState,
  lang: state.lang,
  showChanges: state.showChanges,
  ...view,
});

/**
 * Whether the view the address's `hash` holds is the one the store shows already: useUrlSync shows
 * the hash's view once the dataset is in, so a picture of the map drawn before then stays true.
 */
export const hashKeepsView = (state: AppState, hash: string): boolean =>
  encodeViewState(completed(decodeHashFor(state, hash).state ?? {}, state)) ===
  encodeViewState(viewStateOf(state));

/**
 * Shows a decoded view, made whole (`completed`): a selected node is brought into view, a selected
 * edge is the tie picked.
 */
export function showView(view: Partial<ViewState>): void {
  const store = useAppStore.getState();
  const { filters, selected, layout, depth, lang, showChanges } = completed(view, store);
  store.setShowChanges(showChanges);
  // Without a map before the update nothing can be shown, and "Changed only" would hide all.
  store.setFilters({ ...filters, changedOnly: filters.changedOnly && useAppStore.getState().showChanges });
  store.setLayout(layout);
  store.setDepth(depth);
  store.setLang(lang);
  if (selected === null) store.select(null);
  else if (edgeWithId(store.graph, selected)) {
    if (selected !== store.tie) store.selectTie(selected);
  } else if (selected !== store.selected) store.focusNode(selected);
}
