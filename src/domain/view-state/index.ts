export { LAYOUTS, DEPTHS, LANGS, defaultViewState, knownIdsOf } from './view-state';
export type { LayoutName, Depth, Lang, ViewState, KnownIds } from './view-state';
export { encodeViewState, decodeViewState } from './hash';
export type { ViewStateProblem, DecodedViewState } from './hash';
