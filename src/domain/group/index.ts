export { groupGraph, groupIdentity, LOD_THRESHOLD } from './groupedView';
export type {
  GroupedView,
  GroupEdge,
  GroupIdentity,
  GroupLabelKey,
  GroupNode,
  EdgeRef,
  MemberNode,
  RelationCount,
  VisibleElements,
} from './groupedView';
export { groupIdByNode, chainGroupId, segmentGroupId } from './assignment';
export type { GroupKind, GraphPositions } from './assignment';
export { groupsOverview } from './overview';
export type { ChainGroups, GroupsOverview } from './overview';
export { groupEdgeVisual, groupNodeVisual, heaviestMergedEdge, mergedEdgeOpacity } from './visual';
