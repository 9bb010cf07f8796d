/** Planner analysis on the shared graph model: pure functions, safe to run in a Web Worker. */
export type { VisibleSubset } from './graph-index';
export { shortestPaths, type PathOptions, type GraphPath } from './paths';
export { rankBySupplyDirection, type RankedPath } from './path-direction';
export { supplyLevels, type SupplyLevels, type SupplyLevel, type SupplyLevelNode } from './supply';
export {
  chainGapBoard,
  type ChainGapReport,
  type GapSegment,
  type GapEnterprise,
  type SegmentStatus,
  type Completeness,
  type EnterpriseSupply,
  type SingleSupplierDependency,
} from './gaps';
export { gapBoardCsv, GAP_BOARD_COLUMNS, type GapBoardColumn, type GapBoardCsvLabels } from './gap-board-csv';
export {
  attractionShortlist,
  ATTRACTION_MATCHES,
  type AttractionCandidate,
  type AttractionMatch,
  type AttractionReason,
} from './attraction';
export {
  degreeCentrality,
  betweennessCentrality,
  pageRank,
  rankKeyEnterprises,
  type CentralityOptions,
  type BetweennessOptions,
  type PageRankOptions,
  type KeyEnterprise,
  type KeyEnterpriseOptions,
} from './centrality';
export { detectCommunities, type Communities, type CommunityOptions } from './communities';
export { networkSummary, type NetworkSummary } from './summary';
