import type { GraphEdge, GraphNode } from '../graph/types';

/**
 * The fields the planner analyses read, and nothing else: the analysis worker is sent these only
 * (io/packedGraph.ts projects the graph on them), and every analysis takes an AnalysedGraph, so one
 * that reads another field (a description, an extra column) does not compile until it is named here.
 */
export const ANALYSED_NODE_FIELDS = [
  'id',
  'name',
  'type',
  'sectors',
  'segment',
  'awardLevel',
  'awards',
  'locality',
  'key',
] as const satisfies readonly (keyof GraphNode)[];
export const ANALYSED_EDGE_FIELDS = [
  'id',
  'source',
  'target',
  'relation',
  'directed',
] as const satisfies readonly (keyof GraphEdge)[];

export type AnalysedNode = Pick<GraphNode, (typeof ANALYSED_NODE_FIELDS)[number]>;
export type AnalysedEdge = Pick<GraphEdge, (typeof ANALYSED_EDGE_FIELDS)[number]>;
export interface AnalysedGraph {
  nodes: AnalysedNode[];
  edges: AnalysedEdge[];
}
