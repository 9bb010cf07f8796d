export { aggregateGraph, aggregateIdentity, LOD_THRESHOLD } from './aggregate';
export type {
  AggregatedView,
  AggregateEdge,
  AggregateIdentity,
  AggregateLabelKey,
  AggregateNode,
  EdgeRef,
  MemberNode,
  RelationCount,
  VisibleElements,
} from './aggregate';
export { aggregateOf, chainAggregateId, segmentAggregateId } from './assignment';
export type { AggregateGroup, GraphPositions } from './assignment';
export { groupsOverview } from './overview';
export type { ChainGroups, GroupsOverview } from './overview';
export { aggregateEdgeVisual, aggregateNodeVisual, heaviestMergedEdge, mergedEdgeOpacity } from './visual';
