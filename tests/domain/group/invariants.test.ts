/** Whole-view invariants of groupGraph on a generated dataset, filtered and partly expanded. */
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/lib/dataset';
import { groupGraph, groupIdByNode, type GroupedView, type GroupNode } from '../../../src/domain/group';
import { importFiles } from '../../../src/domain/csv';
import { buildFilterIndex } from '../../../src/domain/filters';
import type { Graph } from '../../../src/domain/graph/types';

const importDataset = (): Graph => {
  const { nodesCsv, edgesCsv } = generateDataset('S');
  const encoder = new TextEncoder();
  return importFiles([
    { name: 'nodes.csv', bytes: encoder.encode(nodesCsv) },
    { name: 'edges.csv', bytes: encoder.encode(edgesCsv) },
  ]).graph;
};

const graph = importDataset();
const placement = groupIdByNode(graph);
// A filter's worth of hidden elements: every third node, every fourth edge.
const visible = {
  nodeIds: new Set(graph.nodes.filter((_, i) => i % 3 !== 0).map((node) => node.id)),
  edgeIds: new Set(graph.edges.filter((_, i) => i % 4 !== 0).map((edge) => edge.id)),
};
const visibleEdges = graph.edges.filter(
  (edge) =>
    visible.edgeIds.has(edge.id) && visible.nodeIds.has(edge.source) && visible.nodeIds.has(edge.target),
);

const groupsOfView = (view: GroupedView): GroupNode[] =>
  view.nodes.filter((node): node is GroupNode => node.kind === 'group');
const drawnNodeCount = (view: GroupedView): number =>
  view.nodes.reduce((sum, node) => sum + (node.kind === 'group' ? node.memberCount : 1), 0);
const drawnEdgeCount = (view: GroupedView): number =>
  view.edges.reduce((sum, edge) => sum + (edge.kind === 'group' ? edge.count : 1), 0) +
  groupsOfView(view).reduce((sum, group) => sum + group.internalEdgeCount, 0);

describe('groupGraph on a generated dataset', () => {
  const view = groupGraph(graph, visible);

  it('has one group per segment with a visible member, in node order, even when the segment node is hidden', () => {
    const occupied = new Set([...visible.nodeIds].map((id) => placement.get(id)));
    const expected = graph.nodes
      .filter((node) => node.type === 'segment' && occupied.has(`agg:seg:${node.id}`))
      .map((node) => node.id);
    const anchors = groupsOfView(view)
      .filter((group) => group.groupKind === 'segment')
      .map((group) => group.anchorId);
    expect(anchors).toEqual(expected);
    expect(anchors.some((id) => !visible.nodeIds.has(id))).toBe(true);
  });

  it('accounts for every visible node once, in the group groupIdByNode names', () => {
    expect(drawnNodeCount(view)).toBe(visible.nodeIds.size);
    for (const group of groupsOfView(view)) {
      for (const id of group.memberIds) expect(placement.get(id)).toBe(group.id);
    }
  });

  it('counts, in group edges, exactly the visible edges between different groups', () => {
    const between = visibleEdges.filter((edge) => placement.get(edge.source) !== placement.get(edge.target));
    const counted = view.edges.reduce((sum, edge) => sum + (edge.kind === 'group' ? edge.count : 0), 0);
    expect(view.edges.every((edge) => edge.kind === 'group')).toBe(true);
    expect(counted).toBe(between.length);
    expect(drawnEdgeCount(view)).toBe(visibleEdges.length);
  });

  it('expands groups into exactly their visible members and keeps every edge accounted for', () => {
    const [first, second] = groupsOfView(view).sort((a, b) => b.memberCount - a.memberCount);
    const expandedIds = new Set([first?.id ?? '', second?.id ?? '']);
    const expanded = groupGraph(graph, visible, expandedIds);
    for (const group of [first, second]) {
      const members = expanded.nodes
        .filter((node) => node.kind === 'node' && node.groupId === group?.id)
        .map((node) => node.id);
      expect(members).toEqual(group?.memberIds);
    }
    expect(expanded.nodes.some((node) => expandedIds.has(node.id))).toBe(false);
    expect(drawnNodeCount(expanded)).toBe(visible.nodeIds.size);
    expect(drawnEdgeCount(expanded)).toBe(visibleEdges.length);
  });

  it('gives the same view whatever order the visible sets list their ids in', () => {
    const reversed = {
      nodeIds: new Set([...visible.nodeIds].reverse()),
      edgeIds: new Set([...visible.edgeIds].reverse()),
    };
    expect(groupGraph(graph, reversed)).toEqual(view);
  });

  it('gives the same view when handed the positions of a filter index', () => {
    const sameGraph = { ...graph };
    expect(groupGraph(sameGraph, visible, undefined, buildFilterIndex(sameGraph))).toEqual(view);
  });

  it('gives unique ids and draws edges only between drawn nodes', () => {
    const expanded = groupGraph(graph, visible, new Set([groupsOfView(view)[3]?.id ?? '']));
    const drawn = new Set(expanded.nodes.map((node) => node.id));
    expect(drawn.size).toBe(expanded.nodes.length);
    expect(new Set(expanded.edges.map((edge) => edge.id)).size).toBe(expanded.edges.length);
    for (const edge of expanded.edges)
      expect(drawn.has(edge.source) && drawn.has(edge.target), edge.id).toBe(true);
  });
});
