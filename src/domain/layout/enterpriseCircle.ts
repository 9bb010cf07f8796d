/**
 * The enterprise circle: one enterprise at the centre, its neighbours on rings by hop count, each ring
 * grouped by how it was reached (suppliers together, customers together, universities together …).
 */
import { awardRank, compareByName, compareCodeUnits, compareRelations, typeRank } from '../graph/indexes';
import {
  DIRECTIONS,
  buildAdjacency,
  directionFrom,
  khop,
  otherEnd,
  type Adjacency,
  type Direction,
} from '../graph/neighbourhood';
import type { Graph, GraphEdge, GraphNode, Relation } from '../graph/types';
import type { LayoutDefinition } from './definition';
import { COLUMN_SPACING, type Positions } from './geometry';

/** Minimum gap between neighbouring nodes on a ring, centre to centre. */
export const MIN_RING_SPACING = 110;
/** Minimum gap between consecutive rings. */
export const RING_STEP = COLUMN_SPACING * 1.25;

export interface CircleGroup {
  /** The relation of the edge that reached these nodes from the ring inside. */
  relation: Relation;
  /** As seen from the inner node: 'incoming' are its suppliers (upstream), 'outgoing' its customers. */
  direction: Direction;
  ids: string[];
}

export interface EnterpriseCircle {
  positions: Positions;
  /** Hop count of every node in the circle, the centre 0; a node missing here is outside the circle. */
  ringOf: Map<string, number>;
  /** rings[0] is the centre; each ring's groups in their order around it, clockwise from the top. */
  rings: CircleGroup[][];
  /** Radius of each ring, rings[0] being 0. */
  radii: number[];
}

interface Placed {
  node: GraphNode;
  edge: GraphEdge;
  parentOrder: number;
  direction: Direction;
}

/** `adjacency` may be passed in when the caller already has it for the same graph. */
export const enterpriseCircle = (
  graph: Graph,
  centreId: string,
  depth: number,
  adjacency: Adjacency = buildAdjacency(graph),
): EnterpriseCircle => {
  const ringOf = khop(adjacency, centreId, depth);
  const centre = adjacency.nodesById.get(centreId);
  if (!centre) return { positions: new Map(), ringOf, rings: [], radii: [] };

  const rings: CircleGroup[][] = [[{ relation: '', direction: 'undirected', ids: [centreId] }]];
  const byRing = groupIdsByRing(ringOf);
  /** Position of each node of the previous ring in its ring's order. */
  let order = new Map([[centreId, 0]]);
  for (let ring = 1; ring < byRing.length; ring += 1) {
    const placed = (byRing[ring] ?? []).map((id) => reachedFrom(adjacency, id, ring, ringOf, order));
    placed.sort(compareAroundRing);
    rings.push(groupsOf(placed));
    order = new Map(placed.map((entry, index) => [entry.node.id, index]));
  }

  const radii: number[] = [0];
  const positions: Positions = new Map([[centreId, { x: 0, y: 0 }]]);
  rings.forEach((groups, ring) => {
    if (ring === 0) return;
    const count = groups.reduce((sum, group) => sum + group.ids.length, 0);
    // One empty slot after each group makes the groups readable as arcs.
    const slots = groups.length > 1 ? count + groups.length : count;
    const previous = radii[ring - 1] ?? 0;
    const radius = Math.max(ring * RING_STEP, previous + RING_STEP, radiusForSpacing(slots));
    radii.push(radius);
    let slot = 0;
    for (const group of groups) {
      for (const id of group.ids) {
        const angle = -Math.PI / 2 + (2 * Math.PI * slot) / slots;
        positions.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
        slot += 1;
      }
      if (groups.length > 1) slot += 1;
    }
  });
  return { positions, ringOf, rings, radii };
};

const groupIdsByRing = (ringOf: ReadonlyMap<string, number>): string[][] => {
  const byRing: string[][] = [];
  for (const [id, ring] of ringOf) (byRing[ring] ??= []).push(id);
  return byRing;
};

/** The chord between `slots` evenly spaced points is 2r·sin(π/slots); solve for the minimum spacing. */
const radiusForSpacing = (slots: number): number =>
  slots < 2 ? 0 : MIN_RING_SPACING / (2 * Math.sin(Math.PI / slots));

/**
 * Of the edges to the ring inside, the one that explains the node best: the most specific relation
 * (contract order), then the parent nearest the start of its ring, then the edge id, so the choice is fixed.
 */
const reachedFrom = (
  adjacency: Adjacency,
  id: string,
  ring: number,
  ringOf: ReadonlyMap<string, number>,
  parentOrder: ReadonlyMap<string, number>,
): Placed => {
  let best: { edge: GraphEdge; parent: string; parentOrder: number } | undefined;
  for (const edge of adjacency.incident.get(id) ?? []) {
    const parent = otherEnd(edge, id);
    if (ringOf.get(parent) !== ring - 1) continue;
    const candidate = { edge, parent, parentOrder: parentOrder.get(parent) ?? 0 };
    if (!best || compareParents(candidate, best) < 0) best = candidate;
  }
  const node = adjacency.nodesById.get(id);
  // khop reached `id` from the ring inside, so both exist.
  if (!best || !node) throw new Error(`enterpriseCircle: ${id} has no edge to ring ${ring - 1}`);
  return {
    node,
    edge: best.edge,
    parentOrder: best.parentOrder,
    direction: directionFrom(best.edge, best.parent),
  };
};

const compareParents = (
  a: { edge: GraphEdge; parentOrder: number },
  b: { edge: GraphEdge; parentOrder: number },
): number =>
  compareRelations(a.edge.relation, b.edge.relation) ||
  a.parentOrder - b.parentOrder ||
  compareCodeUnits(a.edge.id, b.edge.id);

const compareAroundRing = (a: Placed, b: Placed): number =>
  compareRelations(a.edge.relation, b.edge.relation) ||
  DIRECTIONS.indexOf(a.direction) - DIRECTIONS.indexOf(b.direction) ||
  typeRank(a.node.type) - typeRank(b.node.type) ||
  a.parentOrder - b.parentOrder ||
  awardRank(a.node.awardLevel) - awardRank(b.node.awardLevel) ||
  compareByName(a.node, b.node);

const groupsOf = (placed: readonly Placed[]): CircleGroup[] => {
  const groups: CircleGroup[] = [];
  for (const { node, edge, direction } of placed) {
    const last = groups.at(-1);
    if (last && last.relation === edge.relation && last.direction === direction) last.ids.push(node.id);
    else groups.push({ relation: edge.relation, direction, ids: [node.id] });
  }
  return groups;
};

/** The enterprise circle around the selection; with nothing selected, the overview's layout. */
export const circleLayout: LayoutDefinition<'circle'> = {
  id: 'circle',
  labelKey: 'layout.circle',
  needsSelection: true,
  plan: ({ graph, adjacency, selected, depth }) => {
    if (selected === null) return null;
    const circle = enterpriseCircle(graph, selected, depth, adjacency);
    return { positions: circle.positions, members: new Set(circle.ringOf.keys()) };
  },
};
