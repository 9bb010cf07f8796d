/**
 * The map said in words, for the text summary a screen-reader user reads instead of the picture:
 * the legend's counts of what is shown, the chains by size, and the nodes holding a national honour.
 */
import type { Graph, GraphNode } from '../graph/types';
import type { Legend, NodeTypeEntry, SectorEntry, VisibleElements } from './legend';

export interface MapInWords {
  nodeCount: number;
  edgeCount: number;
  /** The types shown, in contract order. */
  nodeTypes: NodeTypeEntry[];
  /** Chains (and sector values naming none) with a shown node, largest first, ties by name. */
  chains: SectorEntry[];
  /** Shown nodes with a national honour, in the file's order. */
  national: GraphNode[];
}

export const mapInWords = (graph: Graph, legend: Legend, shown: VisibleElements): MapInWords => ({
  nodeCount: shown.nodeIds.size,
  edgeCount: shown.edgeIds.size,
  nodeTypes: legend.nodeTypes.filter((entry) => entry.count > 0),
  chains: legend.sectors
    .filter((entry) => entry.sector !== null && entry.count > 0)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh')),
  national: graph.nodes.filter((node) => node.awardLevel === 'national' && shown.nodeIds.has(node.id)),
});
