import type { ElementDefinition } from 'cytoscape';
import { buildLegend, edgeVisual, nodeVisual, type Legend } from '../domain/legend';
import type { Graph, GraphEdge, GraphNode } from '../domain/graph/types';

/** Pie slices drawn for a node in several chains; more would be unreadable at node size. */
export const MAX_PIE_SLICES = 4;

/** What cytoscape needs of a node: identity, label and every visual value, copied from the legend model. */
export const nodeElement = (node: GraphNode, legend: Legend): ElementDefinition => {
  const visual = nodeVisual(node, legend);
  const slices = visual.colors.slice(0, MAX_PIE_SLICES);
  const data: Record<string, unknown> = {
    id: node.id,
    label: node.name,
    type: node.type,
    level: node.awardLevel,
    shape: visual.shape,
    color: visual.color,
    ringColor: visual.ringColor ?? visual.color,
    ringWidth: visual.ringWidth,
    height: visual.size,
    width: visual.width,
    sectors: node.sectors.join('|'),
    pie: slices.length > 1,
  };
  slices.forEach((color, index) => {
    data[`pie${index + 1}`] = color;
    data[`pie${index + 1}Size`] = slices.length > 1 ? 100 / slices.length : 0;
  });
  return {
    group: 'nodes',
    data: data as ElementDefinition['data'],
    ...(node.x !== undefined && node.y !== undefined ? { position: { x: node.x, y: node.y } } : {}),
  };
};

export const edgeElement = (edge: GraphEdge, legend: Legend): ElementDefinition => {
  const visual = edgeVisual(edge, legend);
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      relation: edge.relation,
      lineStyle: visual.lineStyle,
      color: visual.color,
      width: visual.width,
      arrow: visual.arrow,
    },
  };
};

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
  const legend = buildLegend(graph);
  const elements = new Map<string, ElementDefinition>();
  for (const node of graph.nodes) elements.set(node.id, nodeElement(node, legend));
  for (const edge of graph.edges) elements.set(edge.id, edgeElement(edge, legend));
  return elements;
};
