import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { Graph } from '../domain/graph/types';
import type { Positions } from '../domain/layout/geometry';
import { enterpriseCircle } from '../domain/layout/enterpriseCircle';
import { chainLanes, type ChainLanes } from '../domain/layout/chainLanes';
import type { Adjacency } from '../domain/graph/neighbourhood';
import type { Depth, LayoutName } from '../store';
import { withSeededRandom } from './seededRandom';
import { aggregateMatrixPositions } from './aggregateLayout';

/**
 * Above this many drawn nodes fcose would hold the main thread for seconds (1,000 nodes with
 * 3,000 edges took over ten here): ForceAtlas2 in a worker lays them out instead.
 */
const FCOSE_NODE_LIMIT = 500;
const OVERVIEW_SEED = 20241226;

export interface LayoutPlan {
  positions: Positions;
  /** Nodes the layout leaves out (outside the enterprise circle); null: every node takes part. */
  members: ReadonlySet<string> | null;
  /** The bands and columns to draw behind the chain lanes. */
  lanes?: ChainLanes;
  /** Too big for fcose: `positions` are the drawn ones, and the caller lays the map out in a worker. */
  wantsWorkerLayout?: boolean;
}

const readPositions = (cy: Core): Positions => {
  const positions: Positions = new Map();
  cy.nodes().forEach((node: NodeSingular) => {
    positions.set(node.id(), { ...node.position() });
  });
  return positions;
};

/**
 * fcose is run headless (no animation) with Math.random seeded, then its result is read back, so
 * the same data always gives the same picture and the switch itself can be animated.
 */
const overviewPositions = (cy: Core): Positions => {
  const saved = readPositions(cy);
  withSeededRandom(OVERVIEW_SEED, () => {
    cy.layout({
      name: 'fcose',
      animate: false,
      randomize: true,
      quality: 'proof',
      nodeRepulsion: () => 35000,
      idealEdgeLength: () => 120,
      edgeElasticity: () => 0.25,
      nodeSeparation: 110,
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
    return {
      positions: new Map(graph.nodes.map((node) => [node.id, { x: node.x ?? 0, y: node.y ?? 0 }])),
      members: null,
    };
  }
  if (aggregated) return { positions: aggregateMatrixPositions(cy, graph), members: null };
  if (cy.nodes().length > FCOSE_NODE_LIMIT)
    return { positions: readPositions(cy), members: null, wantsWorkerLayout: true };
  let overview = overviewCache.get(graph);
  if (!overview) {
    overview = overviewPositions(cy);
    overviewCache.set(graph, overview);
  }
  return { positions: overview, members: null };
};
