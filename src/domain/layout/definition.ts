/** What every layout of the registry (registry.ts) is: its id, its label, and how it is planned. */
import type { Adjacency } from '../graph/neighbourhood';
import type { Graph } from '../graph/types';
import type { ChainLanes } from './laneGeometry';
import type { Depth } from './depth';
import type { Positions } from './geometry';

/** What a layout is planned from: the graph, and the selection a layout may centre on. */
export interface LayoutInput {
  graph: Graph;
  adjacency: Adjacency;
  selected: string | null;
  /** How many hops a layout around the selection reaches. */
  depth: Depth;
  /** Width over height of the map it is drawn in, for a layout shaped to fill it; absent: a laptop's. */
  aspect?: number;
}

/** Where a layout puts the nodes. */
export interface PlannedLayout {
  positions: Positions;
  /** The nodes the layout places (the rest are left out of the picture); null: every node. */
  members: ReadonlySet<string> | null;
  /** The bands and columns drawn behind the chain lanes. */
  lanes?: ChainLanes;
}

export interface LayoutDefinition<Id extends string = string> {
  id: Id;
  /** Its name in the layout switcher: a message key of src/i18n, in zh and en. */
  labelKey: `layout.${Id}`;
  /**
   * Laid out around the selected node, to the chosen depth: only that neighbourhood is drawn (never
   * grouped), and it is laid out again whenever the selection or the depth changes.
   */
  needsSelection: boolean;
  /** Whether the data allows it (the switcher greys it out otherwise); absent: always. */
  available?: (graph: Graph) => boolean;
  /**
   * The positions; null: the map's own force-directed layout (the overview's), also the fallback
   * when the data lacks what this layout needs.
   */
  plan: (input: LayoutInput) => PlannedLayout | null;
}
