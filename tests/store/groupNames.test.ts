import { describe, expect, it } from 'vitest';
import { groupGraph } from '../../src/domain/group';
import { indexNodesById } from '../../src/domain/graph/indexes';
import { translate, type MessageKey, type Params } from '../../src/i18n';
import { groupLabelOf, groupName, groupNameOf } from '../../src/store/groupNames';
import { makeEdge, makeGraph, makeNode } from '../domain/helpers';

const graph = makeGraph([
  makeNode({ id: 'c1', type: 'chain', name: 'EV chain' }),
  makeNode({ id: 's2', type: 'segment', name: 'EV · packs', sectors: ['c1'], segment: 'downstream' }),
  makeNode({ id: 's1', type: 'segment', name: 'EV · cells', sectors: ['c1'], segment: 'upstream' }),
  makeNode({ id: 'e1', sectors: ['c1'], segment: 's1' }),
  makeNode({ id: 'u1', type: 'university' }),
  makeNode({ id: 'p1', type: 'platform' }),
  makeNode({ id: 'x1' }),
]);
/** 光伏 only as a sector value, with 上游 as a stage; u1 works with its firm. */
const flat = makeGraph(
  [
    makeNode({ id: 'e1', sectors: ['光伏'], segment: 'upstream' }),
    makeNode({ id: 'e2', sectors: ['光伏'] }),
    makeNode({ id: 'u1', type: 'university' }),
  ],
  [makeEdge({ source: 'u1', target: 'e1', relation: 'research' })],
);
const zh = (key: MessageKey, params?: Params) => translate('zh', key, params);
const en = (key: MessageKey, params?: Params) => translate('en', key, params);

describe('groupName', () => {
  it('is the segment name, the chain name with a note, or the bin label', () => {
    const { groups } = groupGraph(graph);
    const names = groups.map((group) => groupName(group, indexNodesById(graph.nodes), zh));
    // Universities and platforms are placed last: by their ties, once the rest is placed.
    expect(names).toEqual(['EV chain · 未分环节', 'EV · packs', 'EV · cells', '其他', '高校', '平台载体']);
  });

  it('names groups of a chain known only by value: its stage, its members at no stage, its institutions', () => {
    const names = groupGraph(flat).groups.map((group) => groupName(group, indexNodesById(flat.nodes), en));
    expect(names).toEqual(['光伏 · Upstream', '光伏 · not in a segment', '光伏 · universities & platforms']);
  });
});

describe('groupNameOf', () => {
  it('names a group by its group id, the catch-all bins included', () => {
    const ids = ['agg:seg:s1', 'agg:chain:c1', 'agg:type:university', 'agg:type:platform', 'agg:other'];
    expect(ids.map((id) => groupNameOf(graph, id, en))).toEqual([
      'EV · cells',
      'EV chain · not in a segment',
      'Universities',
      'Platforms',
      'Others',
    ]);
  });

  it('keeps an id the graph has no group for, rather than naming it wrongly', () => {
    expect(groupNameOf(graph, 'agg:seg:gone', en)).toBe('agg:seg:gone');
  });
});

describe('groupLabelOf', () => {
  it('labels a group on the map, and in the SVG, by its anchor or bin and its member count', () => {
    const groups = groupGraph(graph).nodes.flatMap((item) => (item.kind === 'group' ? [item] : []));
    const label = (id: string) => {
      const group = groups.find((item) => item.id === id);
      if (!group) throw new Error(`no group ${id}`);
      return groupLabelOf(graph, 'en')(group);
    };
    // The segment's own node counts among its members, as on the map.
    expect(label('agg:seg:s1')).toBe('EV · cells (2)');
    expect(label('agg:type:university')).toBe(`${translate('en', 'groupKind.university')} (1)`);
  });

  it('labels a value chain by its name, and its stage groups by chain and stage', () => {
    const labelOf = groupLabelOf(flat, 'zh');
    expect(groupGraph(flat).groups.map(labelOf)).toEqual([
      '光伏 · 上游 (1)',
      '光伏 (1)',
      '光伏 · 高校与平台 (1)',
    ]);
  });
});
