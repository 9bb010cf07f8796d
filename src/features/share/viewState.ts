import { defaultViewState, type ViewState } from '../../domain/view-state';
import { useAppStore, type AppState } from '../../store';

/** The part of the store a shared link carries. */
export const viewStateOf = (state: AppState): ViewState => ({
  filters: state.filters,
  selected: state.selected,
  layout: state.layout,
  depth: state.depth,
  lang: state.lang,
});

export const sameView = (a: AppState, b: AppState): boolean =>
  a.filters === b.filters &&
  a.selected === b.selected &&
  a.layout === b.layout &&
  a.depth === b.depth &&
  a.lang === b.lang;

/** Shows a decoded view: what it leaves out takes its default, except the language, which stays; a selection is brought into view. */
export function showView(view: Partial<ViewState>): void {
  const store = useAppStore.getState();
  const { filters, selected, layout, depth, lang } = { ...defaultViewState, lang: store.lang, ...view };
  store.setFilters(filters);
  store.setLayout(layout);
  store.setDepth(depth);
  store.setLang(lang);
  if (selected === null) store.select(null);
  else if (selected !== store.selected) store.focusNode(selected);
}
