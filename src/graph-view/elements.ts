import type { ElementDefinition } from 'cytoscape';
import type { Graph, GraphEdge, GraphNode } from '../domain/graph/types';

/** What cytoscape needs of a node: identity, label and the fields the stylesheet selects on. */
export const nodeElement = (node: GraphNode): ElementDefinition => ({
  group: 'nodes',
  data: { id: node.id, label: node.name, type: node.type, level: node.awardLevel },
  ...(node.x !== undefined && node.y !== undefined ? { position: { x: node.x, y: node.y } } : {}),
});

export const edgeElement = (edge: GraphEdge): ElementDefinition => ({
  group: 'edges',
  data: { id: edge.id, source: edge.source, target: edge.target, relation: edge.relation, directed: edge.directed },
});

/** Data fields that changed between two element definitions, or null when equal. */
export const changedData = (
  before: ElementDefinition['data'],
  after: ElementDefinition['data'],
): Record<string, unknown> | null => {
  const changed: Record<string, unknown> = {};
  let any = false;
  for (const [key, value] of Object.entries(after)) {
    if (before[key] !== value) {
      changed[key] = value;
      any = true;
    }
  }
  return any ? changed : null;
};

export const graphElements = (graph: Graph): Map<string, ElementDefinition> => {
  const elements = new Map<string, ElementDefinition>();
  for (const node of graph.nodes) elements.set(node.id, nodeElement(node));
  for (const edge of graph.edges) elements.set(edge.id, edgeElement(edge));
  return elements;
};
