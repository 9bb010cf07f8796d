export { graphGroups, groupGraph, groupIdentity, LOD_THRESHOLD, NODE_LAYER_LIMIT } from './groupedView';
export type {
  GraphGroups,
  GroupedView,
  GroupEdge,
  GroupMembers,
  GroupIdentity,
  GroupLabelKey,
  GroupNode,
  EdgeRef,
  MemberNode,
  RelationCount,
  VisibleElements,
} from './groupedView';
export { assignmentSteps, groupIdByNode, chainGroupId, segmentGroupId } from './assignment';
export type { GroupKind, GraphPositions } from './assignment';
export { groupsOverview } from './overview';
export type { ChainGroups, GroupsOverview } from './overview';
export { groupEdgeVisual, groupNodeVisual, heaviestMergedEdge, mergedEdgeOpacity } from './visual';
