export { defaultViewState, knownIdsOf } from './view-state';
export type { ViewState, KnownIds } from './view-state';
export { LANGS, isLang, type Lang } from './lang';
export { encodeViewState, decodeViewState } from './hash';
export type { ViewStateProblem, DecodedViewState } from './hash';
