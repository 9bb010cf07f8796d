import type { Core } from 'cytoscape';
import { fcoseLoaded } from './fcose';
import { overviewPositions } from './overviewLayout';
import { shippedOverviewFor } from './shippedOverview';
import type { Graph } from '../domain/graph/types';
import {
  layoutOf,
  type LayoutInput,
  type LayoutName,
  type PlannedLayout,
  type Positions,
  withPinned,
} from '../domain/layout';
import { groupMatrixPositions } from './groupLayout';
import { fullDetailPositionsOf } from '../store/derived';

/**
 * Above this many drawn nodes fcose would hold the main thread for seconds (1,000 nodes with
 * 3,000 edges took over ten here): members are placed around their groups instead, at once, and
 * ForceAtlas2 refines that in a worker when the user asks (LayoutRunner.refine).
 */
export const FCOSE_NODE_LIMIT = 500;

export interface LayoutPlan extends PlannedLayout {
  /**
   * The overview needs fcose, which is still loading: these positions (members around their groups)
   * stand in until it is in, and the plan is made again then (LayoutRunner).
   */
  awaitsFcose?: true;
}

/** A big view's nodes on the node layer, which cytoscape does not hold. */
type LayerNodes = readonly { id: string; x: number; y: number }[];

/**
 * The layout's own plan from the registry; when it has none (the overview, or a layout the data
 * does not allow), the overview: a grid of groups, the refined layout kept for this graph, members
 * around their groups for a big map, or fcose.
 */
const planOf = (
  name: LayoutName,
  context: LayoutInput & {
    cy: Core;
    overviewCache: Map<Graph, Positions>;
    grouped: boolean;
    layerNodes: LayerNodes;
    /** Pixels of the map's top edge under its controls: the lanes are shaped to the room below. */
    coveredTop: number;
  },
): LayoutPlan => {
  const { cy, graph, overviewCache, grouped, layerNodes } = context;
  const height = cy.height() - context.coveredTop;
  // A map not yet measured (hidden, zero-sized) gets the layout's own default shape.
  const aspect = cy.width() > 0 && height > 0 ? cy.width() / height : undefined;
  const planned = layoutOf(name).plan({ ...context, aspect });
  if (planned) return planned;
  if (grouped) return { positions: groupMatrixPositions(cy, graph), members: null };
  let overview = overviewCache.get(graph);
  // fcose lays out cytoscape's nodes: the node layer's, however few, start around their groups too.
  if (!overview && (cy.nodes().length > FCOSE_NODE_LIMIT || layerNodes.length > 0))
    return { positions: fullDetailPositionsOf(graph), members: null };
  if (!overview) {
    // The bundled map's came with the build.
    overview = shippedOverviewFor(cy) ?? (fcoseLoaded() ? overviewPositions(cy) : undefined);
    if (!overview) return { positions: fullDetailPositionsOf(graph), members: null, awaitsFcose: true };
    overviewCache.set(graph, overview);
  }
  return { positions: overview, members: null };
};

/**
 * The plan with every pinned node (a saved x/y) where it was put, so a dragged node stays put on a
 * reload too; the enterprise circle alone places by hops from the centre, and the grouped view
 * places groups, not nodes.
 */
export const planLayout = (name: LayoutName, context: Parameters<typeof planOf>[1]): LayoutPlan => {
  const plan = planOf(name, context);
  if (context.grouped || plan.members !== null) return plan;
  return { ...plan, positions: withPinned(plan.positions, context.graph) };
};
