export {
  NO_SECTOR,
  FILTER_MODES,
  defaultFilters,
  isDefaultFilters,
  sameFilters,
  clearFilters,
  nodeSectorKeys,
} from './filters';
export type { Filters, FilterMode, FacetKey } from './filters';
export { buildFilterIndex, filterIndexSteps } from './filter-index';
export type { FilterIndex } from './filter-index';
export { applyFilters, facetCounts } from './apply-filters';
export type { FilterResult, FacetCounts, ChangedIds } from './apply-filters';
export { withinNodes } from './within';
