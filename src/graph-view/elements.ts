import type { ElementDefinition } from 'cytoscape';
import { buildLegend, edgeVisual, nodeVisual, type Legend } from '../domain/legend';
import type { Graph, GraphEdge, GraphNode } from '../domain/graph/types';

/** Pie slices drawn for a node in several chains; more would be unreadable at node size. */
export const MAX_PIE_SLICES = 4;

/** What cytoscape needs of a node: identity, label and every visual value, copied from the legend model. */
/**
 * Where a node without saved coordinates waits for its layout: a sunflower spiral, so no two nodes
 * start on the same spot (cytoscape cannot draw an edge between overlapping nodes).
 */
const provisionalPosition = (index: number): { x: number; y: number } => {
  const angle = index * 2.399963;
  const radius = 30 * Math.sqrt(index + 1);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
};

export const nodeElement = (node: GraphNode, legend: Legend, index: number): ElementDefinition => {
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
  // Every slot is always set: cytoscape warns about a style mapping to missing data.
  for (let index = 0; index < MAX_PIE_SLICES; index += 1) {
    data[`pie${index + 1}`] = slices[index] ?? visual.color;
    data[`pie${index + 1}Size`] = slices.length > 1 && index < slices.length ? 100 / slices.length : 0;
  }
  return {
    group: 'nodes',
    data: data as ElementDefinition['data'],
    position: node.x !== undefined && node.y !== undefined ? { x: node.x, y: node.y } : provisionalPosition(index),
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
  graph.nodes.forEach((node, index) => elements.set(node.id, nodeElement(node, legend, index)));
  for (const edge of graph.edges) elements.set(edge.id, edgeElement(edge, legend));
  return elements;
};
