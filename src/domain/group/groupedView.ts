/**
 * Level of detail: a big map opens with one node per chain segment (DESIGN.md §4), and the user
 * drills into groups one by one. The result has stable ids so the view can diff it.
 */
import { compareRelations } from '../graph/indexes';
import {
  AWARD_LEVELS,
  NODE_TYPES,
  type AwardLevel,
  type Graph,
  type NodeType,
  type Relation,
  type Stage,
} from '../graph/types';
import { assignmentFor, type GroupKind, type Assignment, type GraphPositions } from './assignment';

/**
 * Visible nodes plus edges above which the map opens grouped. A first guess: to be set by
 * measurement (`npm run bench`) at the size where drawing everything misses the first-frame budget.
 */
export const LOD_THRESHOLD = 3000;
/**
 * Above this many nodes a view (the whole graph or its filtered part; grouped views keep a few
 * hundred groups and members in cytoscape) is drawn on the map's NodeLayer (graph-view), with every
 * edge on its EdgeLayer, and cytoscape holds none of it. Measured in headless Chromium (GPU raster on
 * SwiftShader): cytoscape pans 250 labelled nodes at 25 ms a frame and 500 at 42 ms, under the 30
 * frames a second of DESIGN §4 at S; adding and styling 10,000 takes it 5–7 s.
 */
export const NODE_LAYER_LIMIT = 300;

export type GroupLabelKey = `groupKind.${GroupKind}`;

export interface GroupNode {
  kind: 'group';
  /**
   * `agg:seg:<segment id>`, `agg:chain:<chain>`, `agg:stage:<stage>:<chain>`, `agg:support:<chain>`,
   * `agg:type:university`, `agg:type:platform` or `agg:other`; a chain is a chain node's id or a sector value.
   */
  id: string;
  groupKind: GroupKind;
  /** The i18n key of its label; segment and chain groups show their anchor node's name with it. */
  labelKey: GroupLabelKey;
  /** The segment or chain node it stands for (itself a member); '' for the bins. */
  anchorId: string;
  /** The chain it is coloured by and listed under: a chain node's id or a sector value; '' for none. */
  chainId: string;
  /** The stage it stands for (a segment's, or a stage group's); '' for none. */
  stage: Stage | '';
  /** Its visible members, in graph order. */
  memberIds: string[];
  memberCount: number;
  countByType: Record<NodeType, number>;
  countByAwardLevel: Record<AwardLevel, number>;
  /** The highest level any member holds ('none' when none holds one): the group's ring. */
  topAwardLevel: AwardLevel;
  /** Visible edges between its own members, which no group edge shows. */
  internalEdgeCount: number;
}

/** What a group stands for, whatever the filters: enough to name it. */
export type GroupIdentity = Pick<
  GroupNode,
  'id' | 'groupKind' | 'labelKey' | 'anchorId' | 'chainId' | 'stage'
>;

const identityAt = (assignment: Assignment, group: number): GroupIdentity => {
  const groupKind = assignment.kinds[group] ?? 'other';
  return {
    id: assignment.groupIds[group] ?? '',
    groupKind,
    labelKey: `groupKind.${groupKind}`,
    anchorId: assignment.nodeIds[assignment.anchors[group] ?? -1] ?? '',
    chainId: assignment.chainIds[group] ?? '',
    stage: assignment.stages[group] ?? '',
  };
};

/** The group `id` of `graph`, even while the filters hide all its members; undefined for an id it has none of. */
export function groupIdentity(graph: Graph, id: string): GroupIdentity | undefined {
  const assignment = assignmentFor(graph);
  const group = assignment.groupIndex.get(id);
  return group === undefined ? undefined : identityAt(assignment, group);
}

/** A group with all its members (no filters), by their position in graph.nodes. */
export interface GroupMembers extends GroupIdentity {
  members: number[];
}

/** Every group of a graph with its members, and what a planner weighs them by, all by node position. */
export interface GraphGroups {
  /** In the map's order; groups without a member are left out. */
  groups: GroupMembers[];
  /** Index into AWARD_LEVELS. */
  levelCode: Uint8Array;
  /** Edge ends at each node. */
  degree: Int32Array;
}

/** The groups of the whole graph, in one pass over nodes and one over edge ends: no merged edges, no counts. */
export function graphGroups(graph: Graph, positions?: GraphPositions): GraphGroups {
  const assignment = assignmentFor(graph, positions);
  const members: number[][] = assignment.groupIds.map(() => []);
  assignment.groupOfNode.forEach((group, position) => members[group]?.push(position));
  const degree = new Int32Array(graph.nodes.length);
  for (const ends of [assignment.edgeSource, assignment.edgeTarget])
    for (const position of ends) if (position >= 0) degree[position] = (degree[position] ?? 0) + 1;
  const groups = members.flatMap((list, group) =>
    list.length > 0 ? [{ ...identityAt(assignment, group), members: list }] : [],
  );
  return { groups, levelCode: assignment.nodeLevelCode, degree };
}

/** A real node, shown because its group is expanded. */
export interface MemberNode {
  kind: 'node';
  id: string;
  groupId: string;
}

export interface RelationCount {
  relation: Relation;
  count: number;
}

/** The visible edges between two ends, at least one of them a group; the pair is unordered. */
export interface GroupEdge {
  kind: 'group';
  /** `agg:edge:<source>|<target>`. */
  id: string;
  /** A group id, or a real node id for a member of an expanded group. */
  source: string;
  target: string;
  count: number;
  /** Most frequent first, ties in contract order. */
  relations: RelationCount[];
  dominantRelation: Relation;
  /** Directed edges running source → target and target → source, so the view can arrow the main flow. */
  forwardCount: number;
  backwardCount: number;
}

/** A real edge, both of whose ends are real nodes. */
export interface EdgeRef {
  kind: 'edge';
  id: string;
  source: string;
  target: string;
}

export interface GroupedView {
  /** Groups in a fixed order, each expanded one replaced in place by its members. */
  nodes: (GroupNode | MemberNode)[];
  /** Group edges in order of first appearance, then real edges in graph order. */
  edges: (GroupEdge | EdgeRef)[];
  /**
   * Every group with a visible member, expanded or not, in the same order: an expanded one is
   * still a group the user can list and close, though the map draws its members instead (and its
   * internalEdgeCount is 0: those edges are drawn as real edges).
   */
  groups: GroupNode[];
}

export interface VisibleElements {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
}

interface PairTally {
  lower: number;
  higher: number;
  count: number;
  /** By relation code. */
  relationCounts: Int32Array;
  forward: number;
  backward: number;
}

const increment = (counts: Int32Array, index: number): void => {
  counts[index] = (counts[index] ?? 0) + 1;
};

/** Row `row` of a table of counts with one column per key. */
const countsRow = <K extends string>(
  keys: readonly K[],
  counts: Int32Array,
  row: number,
): Record<K, number> =>
  Object.fromEntries(keys.map((key, column) => [key, counts[row * keys.length + column] ?? 0])) as Record<
    K,
    number
  >;

/** 1 for each of `ids` in `visibleIds`, all 1 when there is no such set. */
function visibilityFlags(ids: readonly string[], visibleIds: ReadonlySet<string> | undefined): Uint8Array {
  const flags = new Uint8Array(ids.length);
  if (!visibleIds) return flags.fill(1);
  // A filter's sets list their ids in graph order (the same strings): walking both together avoids
  // hashing 200k ids, the costliest step on a large map. A set in any other order is asked id by id.
  let position = 0;
  for (const id of visibleIds) {
    while (position < ids.length && ids[position] !== id) position++;
    if (position === ids.length) return Uint8Array.from(ids, (each) => (visibleIds.has(each) ? 1 : 0));
    flags[position++] = 1;
  }
  return flags;
}

/**
 * The graph (all of it, or its `visible` part) with every group not in `expanded` drawn as one
 * node and edges merged per pair of ends. Groups without a visible member are left out.
 * One pass over nodes and one over edges, on integers: fit to rerun on every filter change.
 * `positions` (the graph's FilterIndex will do) only speeds up the first call for a graph.
 */
export function groupGraph(
  graph: Graph,
  visible?: VisibleElements,
  expanded: ReadonlySet<string> = new Set(),
  positions?: GraphPositions,
): GroupedView {
  const assignment = assignmentFor(graph, positions);
  const {
    groupIds,
    groupOfNode,
    nodeIds,
    edgeIds,
    edgeSource,
    edgeTarget,
    edgeRelation,
    edgeDirected,
    relations,
  } = assignment;
  const groupTotal = groupIds.length;
  const nodeVisible = visibilityFlags(nodeIds, visible?.nodeIds);
  const edgeVisible = visibilityFlags(edgeIds, visible?.edgeIds);

  const members: string[][] = groupIds.map(() => []);
  const typeCounts = new Int32Array(groupTotal * NODE_TYPES.length);
  const levelCounts = new Int32Array(groupTotal * AWARD_LEVELS.length);
  nodeIds.forEach((id, position) => {
    const group = groupOfNode[position] ?? -1;
    if (nodeVisible[position] === 0) return;
    members[group]?.push(id);
    increment(typeCounts, group * NODE_TYPES.length + (assignment.nodeTypeCode[position] ?? 0));
    increment(levelCounts, group * AWARD_LEVELS.length + (assignment.nodeLevelCode[position] ?? 0));
  });

  const isExpanded = new Uint8Array(groupTotal);
  for (const id of expanded) {
    const group = assignment.groupIndex.get(id);
    if (group !== undefined) isExpanded[group] = 1;
  }
  // An end is a group, or groupTotal + node position for a member of an expanded group.
  const endOf = (position: number): number => {
    const group = groupOfNode[position] ?? -1;
    return isExpanded[group] === 1 ? groupTotal + position : group;
  };
  const endId = (end: number): string => (end < groupTotal ? groupIds[end] : nodeIds[end - groupTotal]) ?? '';

  const internalEdges = new Int32Array(groupTotal);
  const tallies = new Map<number, PairTally>();
  const realEdges: EdgeRef[] = [];
  edgeIds.forEach((id, e) => {
    const source = edgeSource[e] ?? -1;
    const target = edgeTarget[e] ?? -1;
    if (edgeVisible[e] === 0 || nodeVisible[source] !== 1 || nodeVisible[target] !== 1) return;
    const from = endOf(source);
    const to = endOf(target);
    if (from === to && from < groupTotal) increment(internalEdges, from);
    else if (from >= groupTotal && to >= groupTotal)
      realEdges.push({ kind: 'edge', id, source: endId(from), target: endId(to) });
    else {
      const lower = Math.min(from, to);
      const higher = Math.max(from, to);
      // Base groupTotal keeps the key a small integer: group pairs below groupTotal², member pairs above.
      const key = higher < groupTotal ? lower * groupTotal + higher : higher * groupTotal + lower;
      let tally = tallies.get(key);
      if (!tally) {
        tally = {
          lower,
          higher,
          count: 0,
          relationCounts: new Int32Array(relations.length),
          forward: 0,
          backward: 0,
        };
        tallies.set(key, tally);
      }
      tally.count++;
      increment(tally.relationCounts, edgeRelation[e] ?? 0);
      if (edgeDirected[e] === 1) {
        if (from === lower) tally.forward++;
        else tally.backward++;
      }
    }
  });

  const nodes: GroupedView['nodes'] = [];
  const groups: GroupNode[] = [];
  groupIds.forEach((id, group) => {
    const memberIds = members[group] ?? [];
    if (memberIds.length === 0) return;
    const countByAwardLevel = countsRow(AWARD_LEVELS, levelCounts, group);
    const summary: GroupNode = {
      kind: 'group',
      ...identityAt(assignment, group),
      memberIds,
      memberCount: memberIds.length,
      countByType: countsRow(NODE_TYPES, typeCounts, group),
      countByAwardLevel,
      topAwardLevel: AWARD_LEVELS.find((level) => level !== 'none' && countByAwardLevel[level] > 0) ?? 'none',
      internalEdgeCount: internalEdges[group] ?? 0,
    };
    groups.push(summary);
    if (isExpanded[group] === 1)
      for (const member of memberIds) nodes.push({ kind: 'node', id: member, groupId: id });
    else nodes.push(summary);
  });
  const groupEdges = [...tallies.values()].map((tally): GroupEdge => {
    const counts = relations
      .map((relation, code) => ({ relation, count: tally.relationCounts[code] ?? 0 }))
      .filter(({ count }) => count > 0)
      .sort((a, b) => b.count - a.count || compareRelations(a.relation, b.relation));
    const source = endId(tally.lower);
    const target = endId(tally.higher);
    return {
      kind: 'group',
      id: `agg:edge:${source}|${target}`,
      source,
      target,
      count: tally.count,
      relations: counts,
      dominantRelation: counts[0]?.relation ?? 'related',
      forwardCount: tally.forward,
      backwardCount: tally.backward,
    };
  });
  return { nodes, edges: [...groupEdges, ...realEdges], groups };
}
