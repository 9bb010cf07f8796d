import type { ElementDefinition } from 'cytoscape';
import {
  buildLegend,
  edgeVisual,
  nodeVisual,
  type EdgeVisual,
  type Legend,
  type NodeVisual,
} from '../domain/legend';
import type { AwardLevel, Graph, GraphEdge, GraphNode } from '../domain/graph/types';
import {
  groupEdgeVisual,
  groupNodeVisual,
  heaviestMergedEdge,
  mergedEdgeOpacity,
  type GroupEdge,
  type GroupNode,
  type GroupedView,
} from '../domain/group';

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

/** Where the `index`th node of a view is drawn before any layout: its saved coordinates, else the spiral's spot. */
export const elementPosition = (node: GraphNode, index: number): { x: number; y: number } =>
  node.x !== undefined && node.y !== undefined ? { x: node.x, y: node.y } : provisionalPosition(index);

/** The data fields the stylesheet maps, for a real node or a group. */
const nodeData = (
  identity: { id: string; label: string; type: string; level: AwardLevel; sectors: string; segment?: string },
  visual: NodeVisual,
): Record<string, unknown> => {
  const slices = visual.colors.slice(0, MAX_PIE_SLICES);
  const data: Record<string, unknown> = {
    ...identity,
    shape: visual.shape,
    color: visual.color,
    ringColor: visual.ringColor ?? visual.color,
    ringWidth: visual.ringWidth,
    separatorWidth: visual.separatorWidth,
    outside: visual.outside,
    height: visual.size,
    width: visual.width,
    pie: slices.length > 1,
  };
  // Every slot is always set: cytoscape warns about a style mapping to missing data.
  for (let index = 0; index < MAX_PIE_SLICES; index += 1) {
    data[`pie${index + 1}`] = slices[index] ?? visual.color;
    data[`pie${index + 1}Size`] = slices.length > 1 && index < slices.length ? 100 / slices.length : 0;
  }
  return data;
};

export const nodeElement = (node: GraphNode, legend: Legend, index: number): ElementDefinition => {
  const data = nodeData(
    {
      id: node.id,
      label: node.name,
      type: node.type,
      level: node.awardLevel,
      sectors: node.sectors.join('|'),
      // The overview's springs read it (overviewLayout.ts).
      segment: node.segment,
    },
    nodeVisual(node, legend),
  );
  return {
    group: 'nodes',
    data: data as ElementDefinition['data'],
    position: elementPosition(node, index),
  };
};

/** The data fields the stylesheet maps, for a real edge or a merged one. */
const edgeData = (
  ends: { id: string; source: string; target: string; relation: string },
  visual: EdgeVisual,
): ElementDefinition => ({
  group: 'edges',
  data: {
    ...ends,
    lineStyle: visual.lineStyle,
    color: visual.color,
    width: visual.width,
    arrow: visual.arrow,
  },
});

export const edgeElement = (edge: GraphEdge, legend: Legend): ElementDefinition =>
  edgeData(
    { id: edge.id, source: edge.source, target: edge.target, relation: edge.relation },
    edgeVisual(edge, legend),
  );

/**
 * A spring of the overview's layout between two nodes the file ties by a column (overviewTies): an
 * edge only while fcose runs, never drawn; its look fields are set because the stylesheet maps them.
 */
export const overviewTieElement = (source: string, target: string, index: number): ElementDefinition =>
  edgeData(
    { id: `overview-tie:${index}`, source, target, relation: 'membership' },
    { lineStyle: 'solid', color: 'transparent', width: 0, arrow: 'none' },
  );

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

/**
 * Every node and edge of a graph as element definitions; with `withEdges` false the nodes only (the
 * caller draws the edges some other way and need not pay for 200k definitions it would drop).
 */
export const graphElements = (
  graph: Graph,
  legend: Legend = buildLegend(graph),
  withEdges = true,
): Map<string, ElementDefinition> => {
  const elements = new Map<string, ElementDefinition>();
  graph.nodes.forEach((node, index) => elements.set(node.id, nodeElement(node, legend, index)));
  if (withEdges) for (const edge of graph.edges) elements.set(edge.id, edgeElement(edge, legend));
  return elements;
};

const groupElement = (group: GroupNode, legend: Legend, label: string): ElementDefinition => ({
  group: 'nodes',
  data: {
    ...nodeData(
      {
        id: group.id,
        label,
        type: 'group',
        level: group.topAwardLevel,
        sectors: group.chainId,
      },
      groupNodeVisual(group, legend),
    ),
    isGroup: true,
    anchor: group.anchorId,
    // Where the group matrix puts it (graph-view/groupLayout.ts).
    groupKind: group.groupKind,
    stage: group.stage,
  } as ElementDefinition['data'],
});

const groupEdgeElement = (edge: GroupEdge, legend: Legend, maxCount: number): ElementDefinition => {
  const element = edgeData(
    { id: edge.id, source: edge.source, target: edge.target, relation: edge.dominantRelation },
    groupEdgeVisual(edge, legend),
  );
  element.data.opacity = mergedEdgeOpacity(edge.count, maxCount);
  // The view drawer puts merged edges on the edge layer (viewElements.ts): it tells them by this.
  element.data.merged = true;
  return element;
};

/**
 * The grouped view as element definitions: groups, members of expanded ones, merged and real
 * edges. `positions` are the graph's node and edge positions by id (the filter index keeps them), so
 * a filter change does not index 250k elements again.
 */
export const groupedElements = (
  graph: Graph,
  view: GroupedView,
  legend: Legend,
  labelOf: (group: GroupNode) => string,
  positions: { nodePosition: ReadonlyMap<string, number>; edgePosition: ReadonlyMap<string, number> },
): Map<string, ElementDefinition> => {
  const elements = new Map<string, ElementDefinition>();
  const maxCount = heaviestMergedEdge(view.edges);
  for (const item of view.nodes) {
    if (item.kind === 'group') {
      elements.set(item.id, groupElement(item, legend, labelOf(item)));
      continue;
    }
    const index = positions.nodePosition.get(item.id);
    const node = index === undefined ? undefined : graph.nodes[index];
    if (node && index !== undefined) elements.set(item.id, nodeElement(node, legend, index));
  }
  for (const item of view.edges) {
    if (item.kind === 'group') {
      elements.set(item.id, groupEdgeElement(item, legend, maxCount));
      continue;
    }
    const index = positions.edgePosition.get(item.id);
    const edge = index === undefined ? undefined : graph.edges[index];
    if (edge) elements.set(item.id, edgeElement(edge, legend));
  }
  return elements;
};
