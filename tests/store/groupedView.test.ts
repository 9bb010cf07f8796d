import { describe, expect, it } from 'vitest';
import { defaultFilters } from '../../src/domain/filters';
import { groupedViewOf, groupIdByNodeOf } from '../../src/store/derived';
import { makeGraph, makeNode } from '../domain/helpers';

const graph = makeGraph([
  makeNode({ id: 'c1', type: 'chain' }),
  makeNode({ id: 's1', type: 'segment', sectors: ['c1'], segment: 'upstream' }),
  makeNode({ id: 'e1', sectors: ['c1'], segment: 's1', awardLevel: 'national' }),
  makeNode({ id: 'u1', type: 'university' }),
]);

describe('groupedViewOf', () => {
  const state = {
    graph,
    filters: { ...defaultFilters },
    openGroups: ['agg:seg:s1'],
    previous: null,
    showChanges: false,
  };

  it('groups the visible graph with the expanded groups drawn as members', () => {
    const view = groupedViewOf(state);
    expect(view.nodes.map((node) => node.id)).toEqual(['agg:chain:c1', 's1', 'e1', 'agg:type:university']);
    expect(view.groups.map((group) => group.id)).toEqual([
      'agg:chain:c1',
      'agg:seg:s1',
      'agg:type:university',
    ]);
  });

  it('is computed once for the same graph, filters and expanded list, again when one of them changes', () => {
    const view = groupedViewOf(state);
    expect(groupedViewOf({ ...state })).toBe(view);
    const closed = groupedViewOf({ ...state, openGroups: [] });
    expect(closed).not.toBe(view);
    expect(closed.nodes.map((node) => node.id)).toEqual([
      'agg:chain:c1',
      'agg:seg:s1',
      'agg:type:university',
    ]);
    const filtered = groupedViewOf({
      ...state,
      openGroups: [],
      filters: { ...defaultFilters, types: ['university'] },
    });
    expect(filtered.groups.map((group) => group.id)).toEqual(['agg:type:university']);
  });
});

describe('groupIdByNodeOf', () => {
  it('maps each node to its group, once per graph', () => {
    expect(groupIdByNodeOf(graph).get('e1')).toBe('agg:seg:s1');
    expect(groupIdByNodeOf(graph)).toBe(groupIdByNodeOf(graph));
  });
});
