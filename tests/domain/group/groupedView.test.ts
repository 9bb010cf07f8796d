import { describe, expect, it } from 'vitest';
import { AWARD_LEVELS } from '../../../src/domain/graph/types';
import {
  graphGroups,
  groupGraph,
  groupIdByNode,
  type GroupEdge,
  type GroupNode,
  type GroupedView,
} from '../../../src/domain/group';
import { makeEdge, makeGraph, makeNode } from '../helpers';

/**
 * Chain c1 with segments s1 (upstream) and s2 (downstream), chain c2 without segments. e1 sits in s1
 * by its segment column, e2 in s2 by a membership edge, e6 in s2 with no sector at all; e3 names
 * no segment, so it stays in c1; e5 names no chain. u2 is a university inside c2; u1, in no chain,
 * works with e1 and goes beside c1; p1 works only with e5 and stays in its bin. (Chains and stages
 * named only by value: valueGroups.test.ts.)
 */
const graph = makeGraph(
  [
    makeNode({ id: 'c1', type: 'chain' }),
    makeNode({ id: 'c2', type: 'chain' }),
    makeNode({ id: 's1', type: 'segment', sectors: ['c1'], segment: 'upstream' }),
    makeNode({ id: 's2', type: 'segment', sectors: ['c1'], segment: 'downstream' }),
    makeNode({ id: 'e1', sectors: ['c1'], segment: 's1', awardLevel: 'national' }),
    makeNode({ id: 'e2', sectors: ['c1'], awardLevel: 'provincial' }),
    makeNode({ id: 'e3', sectors: ['c1'] }),
    makeNode({ id: 'e4', sectors: ['c2'], awardLevel: 'municipal' }),
    makeNode({ id: 'e5' }),
    makeNode({ id: 'u1', type: 'university' }),
    makeNode({ id: 'u2', type: 'university', sectors: ['c2'] }),
    makeNode({ id: 'p1', type: 'platform' }),
    makeNode({ id: 'e6', segment: 's2' }),
  ],
  [
    makeEdge({ source: 'e2', target: 's2', relation: 'membership' }),
    makeEdge({ source: 'e1', target: 'e2', relation: 'supply' }),
    makeEdge({ source: 'e1', target: 'e6', relation: 'supply' }),
    makeEdge({ source: 'e6', target: 'e1', relation: 'cooperation' }),
    makeEdge({ source: 'u1', target: 'e1', relation: 'research' }),
    makeEdge({ source: 'e3', target: 'e4', relation: 'supply' }),
    makeEdge({ source: 'e1', target: 'e3', relation: 'supply' }),
    makeEdge({ source: 's1', target: 'c1', relation: 'membership' }),
    makeEdge({ source: 'e5', target: 'p1', relation: 'cooperation' }),
    makeEdge({ source: 'e4', target: 'u2', relation: 'research' }),
  ],
);

const groupNodesOf = (view: GroupedView): GroupNode[] =>
  view.nodes.filter((node): node is GroupNode => node.kind === 'group');
const groupById = (view: GroupedView, id: string): GroupNode | undefined =>
  groupNodesOf(view).find((node) => node.id === id);
const groupEdge = (view: GroupedView, id: string): GroupEdge | undefined =>
  view.edges.find((edge): edge is GroupEdge => edge.kind === 'group' && edge.id === id);
const nodeIds = (view: GroupedView): string[] => view.nodes.map((node) => node.id);
const edgeIds = (view: GroupedView): string[] => view.edges.map((edge) => edge.id);

describe('groupIdByNode', () => {
  it('places members by segment column, then membership edge, then chain, then the chain their ties reach, then type bin', () => {
    expect(Object.fromEntries(groupIdByNode(graph))).toEqual({
      c1: 'agg:chain:c1',
      c2: 'agg:chain:c2',
      s1: 'agg:seg:s1',
      s2: 'agg:seg:s2',
      e1: 'agg:seg:s1',
      e2: 'agg:seg:s2',
      e3: 'agg:chain:c1',
      e4: 'agg:chain:c2',
      e5: 'agg:other',
      u1: 'agg:support:c1',
      u2: 'agg:chain:c2',
      p1: 'agg:type:platform',
      e6: 'agg:seg:s2',
    });
  });
});

describe('groupGraph', () => {
  const view = groupGraph(graph);

  it('lists chain and segment groups in node order, then the bins, with members and counts', () => {
    expect(nodeIds(view)).toEqual([
      'agg:chain:c1',
      'agg:chain:c2',
      'agg:seg:s1',
      'agg:seg:s2',
      'agg:other',
      'agg:support:c1',
      'agg:type:platform',
    ]);
    expect(groupById(view, 'agg:seg:s2')).toEqual({
      kind: 'group',
      id: 'agg:seg:s2',
      groupKind: 'segment',
      labelKey: 'groupKind.segment',
      anchorId: 's2',
      chainId: 'c1',
      stage: 'downstream',
      memberIds: ['s2', 'e2', 'e6'],
      memberCount: 3,
      countByType: { enterprise: 2, university: 0, platform: 0, chain: 0, segment: 1 },
      countByAwardLevel: { national: 0, provincial: 1, municipal: 0, none: 2 },
      topAwardLevel: 'provincial',
      internalEdgeCount: 1,
    });
    expect(groupById(view, 'agg:chain:c2')).toMatchObject({
      memberIds: ['c2', 'e4', 'u2'],
      chainId: 'c2',
      topAwardLevel: 'municipal',
      internalEdgeCount: 1,
    });
    expect(groupById(view, 'agg:seg:s1')).toMatchObject({
      memberIds: ['s1', 'e1'],
      topAwardLevel: 'national',
    });
    expect(groupById(view, 'agg:support:c1')).toMatchObject({
      groupKind: 'support',
      labelKey: 'groupKind.support',
      anchorId: '',
      chainId: 'c1',
      topAwardLevel: 'none',
    });
  });

  it('merges edges per pair of groups, with the dominant relation and the directed flow each way', () => {
    expect(edgeIds(view)).toEqual([
      'agg:edge:agg:seg:s1|agg:seg:s2',
      'agg:edge:agg:seg:s1|agg:support:c1',
      'agg:edge:agg:chain:c1|agg:chain:c2',
      'agg:edge:agg:chain:c1|agg:seg:s1',
      'agg:edge:agg:other|agg:type:platform',
    ]);
    expect(groupEdge(view, 'agg:edge:agg:seg:s1|agg:seg:s2')).toEqual({
      kind: 'group',
      id: 'agg:edge:agg:seg:s1|agg:seg:s2',
      source: 'agg:seg:s1',
      target: 'agg:seg:s2',
      count: 3,
      relations: [
        { relation: 'supply', count: 2 },
        { relation: 'cooperation', count: 1 },
      ],
      dominantRelation: 'supply',
      forwardCount: 2,
      backwardCount: 0,
    });
    // A tie goes to the relation listed first in the contract; both edges run from s1 into c1.
    expect(groupEdge(view, 'agg:edge:agg:chain:c1|agg:seg:s1')).toMatchObject({
      count: 2,
      dominantRelation: 'supply',
      forwardCount: 0,
      backwardCount: 2,
    });
  });

  it('replaces an expanded group by its members and links them to the other groups', () => {
    const expanded = groupGraph(graph, undefined, new Set(['agg:seg:s1']));
    expect(nodeIds(expanded)).toEqual([
      'agg:chain:c1',
      'agg:chain:c2',
      's1',
      'e1',
      'agg:seg:s2',
      'agg:other',
      'agg:support:c1',
      'agg:type:platform',
    ]);
    expect(expanded.nodes[2]).toEqual({ kind: 'node', id: 's1', groupId: 'agg:seg:s1' });
    expect(edgeIds(expanded)).toEqual([
      'agg:edge:agg:seg:s2|e1',
      'agg:edge:agg:support:c1|e1',
      'agg:edge:agg:chain:c1|agg:chain:c2',
      'agg:edge:agg:chain:c1|e1',
      'agg:edge:agg:chain:c1|s1',
      'agg:edge:agg:other|agg:type:platform',
    ]);
    expect(groupEdge(expanded, 'agg:edge:agg:seg:s2|e1')).toMatchObject({
      count: 3,
      forwardCount: 0,
      backwardCount: 2,
    });
  });

  it('still lists an expanded group among the groups, with its members and honours', () => {
    const expanded = groupGraph(graph, undefined, new Set(['agg:seg:s1']));
    expect(expanded.groups.map((group) => group.id)).toEqual(nodeIds(view));
    expect(expanded.groups.find((group) => group.id === 'agg:seg:s1')).toMatchObject({
      memberIds: ['s1', 'e1'],
      countByAwardLevel: { national: 1, provincial: 0, municipal: 0, none: 1 },
      internalEdgeCount: 0,
    });
    // A closed group is the same summary in both lists.
    expect(expanded.groups.find((group) => group.id === 'agg:seg:s2')).toBe(
      groupById(expanded, 'agg:seg:s2'),
    );
  });

  it('draws real edges between members of expanded groups', () => {
    const both = groupGraph(graph, undefined, new Set(['agg:seg:s1', 'agg:seg:s2', 'no such group']));
    expect(both.edges.filter((edge) => edge.kind === 'edge')).toEqual([
      { kind: 'edge', id: 'e2->s2#membership', source: 'e2', target: 's2' },
      { kind: 'edge', id: 'e1->e2#supply', source: 'e1', target: 'e2' },
      { kind: 'edge', id: 'e1->e6#supply', source: 'e1', target: 'e6' },
      { kind: 'edge', id: 'e6->e1#cooperation', source: 'e6', target: 'e1' },
    ]);
  });

  it('counts only visible nodes and edges, and leaves out groups with no visible member', () => {
    const visible = {
      nodeIds: new Set(['c1', 's1', 's2', 'e1', 'e2', 'e6', 'u1']),
      edgeIds: new Set(['e1->e2#supply', 'e6->e1#cooperation', 'u1->e1#research', 'e3->e4#supply']),
    };
    const filtered = groupGraph(graph, visible);
    expect(nodeIds(filtered)).toEqual(['agg:chain:c1', 'agg:seg:s1', 'agg:seg:s2', 'agg:support:c1']);
    expect(groupById(filtered, 'agg:seg:s2')).toMatchObject({
      memberIds: ['s2', 'e2', 'e6'],
      internalEdgeCount: 0,
    });
    expect(groupEdge(filtered, 'agg:edge:agg:seg:s1|agg:seg:s2')).toMatchObject({
      count: 2,
      forwardCount: 1,
    });
    expect(edgeIds(filtered)).toEqual([
      'agg:edge:agg:seg:s1|agg:seg:s2',
      'agg:edge:agg:seg:s1|agg:support:c1',
    ]);
    expect(filtered.groups.map((group) => group.id)).toEqual(nodeIds(filtered));
  });
});

describe('graphGroups', () => {
  const { groups, degree, levelCode } = graphGroups(graph);
  const idAt = (position: number) => graph.nodes[position]?.id;

  it('lists the same groups and members as the grouped view, by node position', () => {
    expect(groups.map((group) => [group.id, group.members.map(idAt)])).toEqual(
      groupGraph(graph).groups.map((group) => [group.id, group.memberIds]),
    );
  });

  it('counts every edge end at its node, and keeps each node award level', () => {
    const e1 = graph.nodes.findIndex((node) => node.id === 'e1');
    expect(degree[e1]).toBe(
      graph.edges.filter((edge) => edge.source === 'e1' || edge.target === 'e1').length,
    );
    expect(degree.reduce((sum, count) => sum + count, 0)).toBe(2 * graph.edges.length);
    expect(AWARD_LEVELS[levelCode[e1] ?? -1]).toBe('national');
  });
});
