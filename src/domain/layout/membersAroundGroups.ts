/**
 * Full detail placed from the grouped view: every group keeps its cell of the chain × stage matrix
 * (groupMatrix.ts), and its members fill a disk there, packed in rings round the group's anchor
 * (its segment or chain node), honours and well-tied nodes nearest the centre. Rows and columns
 * widen to their biggest disk, so no two groups overlap. No force layout is needed before the first
 * full picture, and the picture reads like the grouped one it came from (DESIGN.md §4: settled ≤ 5 s at M).
 */
import type { Graph, GraphNode } from '../graph/types';
import { graphGroups, type GraphGroups, type GraphPositions, type GroupMembers } from '../group';
import { AWARD_STYLES, TYPE_STYLES } from '../legend/styles';
import type { Point, Positions } from './geometry';
import { groupMatrix } from './groupMatrix';

/** Free space between two members' outlines, and between two groups' disks. */
export const MEMBER_GAP = 12;
export const GROUP_GAP = 120;
const GOLDEN_ANGLE = 2.399963;

/** The widest a node is drawn (shape, honour size and ring): the room it takes in a disk. */
export const nodeDiameter = (node: GraphNode): number => {
  const style = TYPE_STYLES[node.type];
  const award = AWARD_STYLES[node.awardLevel];
  return style.size * award.sizeFactor * Math.max(1, style.aspect) + 2 * award.ringWidth;
};

export interface PackedDisk {
  /** Offsets from the disk's centre, in the order of the diameters given. */
  offsets: Point[];
  /** Reaches the outer edge of the outermost member. */
  radius: number;
}

/**
 * Disks of the given diameters packed in rings: the first at the centre, each ring as far out as
 * the widest disk still to place needs and holding as many as fit round it without touching. Put
 * the widest first: rings then grow no wider than they must.
 */
export const packDisk = (diameters: readonly number[]): PackedDisk => {
  const count = diameters.length;
  if (count === 0) return { offsets: [], radius: 0 };
  // The widest still to place from each index on: a ring is spaced for all it may hold.
  const widestFrom = new Float64Array(count + 1);
  for (let index = count - 1; index >= 0; index--)
    widestFrom[index] = Math.max(widestFrom[index + 1] ?? 0, diameters[index] ?? 0);
  const offsets: Point[] = [{ x: 0, y: 0 }];
  let radius = 0;
  let step = (diameters[0] ?? 0) + MEMBER_GAP;
  for (let placed = 1, ring = 1; placed < count; ring++) {
    const spacing = (widestFrom[placed] ?? 0) + MEMBER_GAP;
    radius += (step + spacing) / 2;
    // Neighbours on a ring are a chord apart: 2 r sin(π / n) ≥ spacing.
    const fits = Math.max(1, Math.floor(Math.PI / Math.asin(Math.min(1, spacing / (2 * radius)))));
    const onRing = Math.min(fits, count - placed);
    const turn = ring * GOLDEN_ANGLE;
    for (let k = 0; k < onRing; k++) {
      const angle = turn + (2 * Math.PI * k) / onRing;
      offsets.push({ x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    }
    placed += onRing;
    step = spacing;
  }
  return { offsets, radius: radius + step / 2 };
};

/** The anchor at the centre, then honours highest first, then the most edges; graph order breaks ties. */
const centreFirst = (graph: Graph, group: GroupMembers, { levelCode, degree }: GraphGroups): number[] =>
  // Array sort is stable: graph order survives among equals.
  [...group.members].sort(
    (a, b) =>
      Number(graph.nodes[b]?.id === group.anchorId) - Number(graph.nodes[a]?.id === group.anchorId) ||
      (levelCode[a] ?? 0) - (levelCode[b] ?? 0) ||
      (degree[b] ?? 0) - (degree[a] ?? 0),
  );

/** Start of each band (row or column) whose half-widths are `radii`, `gap` between bands: band centres. */
const bandCentres = (radii: readonly number[]): number[] => {
  const centres: number[] = [];
  let edge = 0;
  for (const radius of radii) {
    centres.push(edge + radius);
    edge += 2 * radius + GROUP_GAP;
  }
  return centres;
};

/**
 * A position for every node of `graph`: its group's disk in the group matrix, members packed
 * round the centre. Deterministic: the same graph always gives the same picture. `positions` (the
 * graph's FilterIndex will do) only spares the grouping recomputing them.
 */
export function membersAroundGroups(graph: Graph, positions?: GraphPositions): Positions {
  const grouped = graphGroups(graph, positions);
  const { nodes } = graph;
  const positionOf =
    positions?.graph === graph
      ? positions.nodePosition
      : new Map(nodes.map((node, position) => [node.id, position]));
  const nameOf = (id: string): string | undefined => nodes[positionOf.get(id) ?? -1]?.name;
  const disks = grouped.groups.map((group) => {
    const members = centreFirst(graph, group, grouped);
    return {
      group,
      members,
      disk: packDisk(members.map((position) => (nodes[position] ? nodeDiameter(nodes[position]) : 0))),
    };
  });
  const matrix = groupMatrix(
    grouped.groups.map((group) => ({ ...group, name: nameOf(group.anchorId) ?? group.id })),
    (chainId) => nameOf(chainId) ?? chainId,
  );
  const rowRadii: number[] = [];
  const columnRadii: number[] = [];
  for (const { group, disk } of disks) {
    const { row, column } = matrix.get(group.id) ?? { row: 0, column: 0 };
    rowRadii[row] = Math.max(rowRadii[row] ?? 0, disk.radius);
    columnRadii[column] = Math.max(columnRadii[column] ?? 0, disk.radius);
  }
  const ys = bandCentres(Array.from(rowRadii, (radius) => radius ?? 0));
  const xs = bandCentres(Array.from(columnRadii, (radius) => radius ?? 0));
  const placed: Positions = new Map();
  for (const { group, members, disk } of disks) {
    const { row, column } = matrix.get(group.id) ?? { row: 0, column: 0 };
    const centre = { x: xs[column] ?? 0, y: ys[row] ?? 0 };
    members.forEach((position, index) => {
      const offset = disk.offsets[index] ?? { x: 0, y: 0 };
      const id = nodes[position]?.id;
      if (id !== undefined) placed.set(id, { x: centre.x + offset.x, y: centre.y + offset.y });
    });
  }
  return placed;
}
