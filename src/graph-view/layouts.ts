import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { Graph } from '../domain/graph/types';
import type { Positions } from '../domain/layout/geometry';
import { enterpriseCircle } from '../domain/layout/enterpriseCircle';
import { chainLanes, type ChainLanes } from '../domain/layout/chainLanes';
import type { Adjacency } from '../domain/graph/neighbourhood';
import type { Depth, LayoutName } from '../store';
import { withSeededRandom } from './seededRandom';

/** Above this many nodes fcose would block the main thread for seconds; a grid stands in. */
const FCOSE_NODE_LIMIT = 2500;
const OVERVIEW_SEED = 20241226;

export interface LayoutPlan {
  positions: Positions;
  /** Nodes the layout leaves out (outside the enterprise circle); null: every node takes part. */
  members: ReadonlySet<string> | null;
  /** The bands and columns to draw behind the chain lanes. */
  lanes?: ChainLanes;
}

const readPositions = (cy: Core): Positions => {
  const positions: Positions = new Map();
  cy.nodes().forEach((node: NodeSingular) => {
    positions.set(node.id(), { ...node.position() });
  });
  return positions;
};

/** Row-major grid sorted by id: instant, and stable for any size. */
const gridPositions = (graph: Graph): Positions => {
  const columns = Math.ceil(Math.sqrt(graph.nodes.length));
  const ids = graph.nodes.map((node) => node.id).sort();
  return new Map(ids.map((id, index) => [id, { x: (index % columns) * 120, y: Math.floor(index / columns) * 90 }]));
};

/**
 * fcose is run headless (no animation) with Math.random seeded, then its result is read back, so
 * the same data always gives the same picture and the switch itself can be animated.
 */
const overviewPositions = (cy: Core, graph: Graph, aggregated: boolean): Positions => {
  if (!aggregated && graph.nodes.length > FCOSE_NODE_LIMIT) return gridPositions(graph);
  // Aggregates are big and densely tied: they need far more room than single nodes.
  const spread = aggregated ? 4 : 1;
  const saved = readPositions(cy);
  withSeededRandom(OVERVIEW_SEED, () => {
    cy.layout({
      name: 'fcose',
      animate: false,
      randomize: true,
      quality: 'proof',
      nodeRepulsion: () => 35000 * spread,
      idealEdgeLength: () => 120 * spread,
      edgeElasticity: () => 0.25 / spread,
      nodeSeparation: 110 * spread,
      gravity: 0.1,
      gravityRange: 5,
      numIter: 2500,
      packComponents: true,
      fit: false,
    } as LayoutOptions).run();
  });
  const positions = readPositions(cy);
  // Put the nodes back: the caller animates from where they were.
  cy.nodes().forEach((node: NodeSingular) => {
    const before = saved.get(node.id());
    if (before) node.position(before);
  });
  return positions;
};

export const planLayout = (
  name: LayoutName,
  context: {
    cy: Core;
    graph: Graph;
    adjacency: Adjacency;
    selected: string | null;
    depth: Depth;
    overviewCache: Map<Graph, Positions>;
    aggregated: boolean;
  },
): LayoutPlan => {
  const { cy, graph, adjacency, selected, depth, overviewCache, aggregated } = context;
  if (name === 'circle' && selected !== null) {
    const circle = enterpriseCircle(graph, selected, depth, adjacency);
    return { positions: circle.positions, members: new Set(circle.ringOf.keys()) };
  }
  if (name === 'lanes') {
    const lanes = chainLanes(graph);
    return { positions: lanes.positions, members: null, lanes };
  }
  if (name === 'preset' && graph.nodes.every((node) => node.x !== undefined && node.y !== undefined)) {
    return { positions: new Map(graph.nodes.map((node) => [node.id, { x: node.x ?? 0, y: node.y ?? 0 }])), members: null };
  }
  let overview = overviewCache.get(graph);
  if (!overview) {
    overview = overviewPositions(cy, graph, aggregated);
    overviewCache.set(graph, overview);
  }
  return { positions: overview, members: null };
};
