export { LAYOUTS, defaultViewState, knownIdsOf } from './view-state';
export type { LayoutName, ViewState, KnownIds } from './view-state';
export { LANGS, isLang, type Lang } from './lang';
export { encodeViewState, decodeViewState } from './hash';
export type { ViewStateProblem, DecodedViewState } from './hash';
