import { describe, expect, it } from 'vitest';
import { applyFilters, defaultFilters } from '../../../src/domain/filters';
import {
  changedOnlyIds,
  changesCsv,
  diffGraphs,
  hasChanges,
  mapChangesFromDiff,
  mapChangesOf,
} from '../../../src/domain/diff';
import { makeEdge, makeGraph, makeNode } from '../helpers';

const before = makeGraph(
  [
    makeNode({ id: 'a', name: 'Alpha' }),
    makeNode({ id: 'b', name: 'Beta', x: 1, y: 1 }),
    makeNode({ id: 'gone', name: '=Gone' }),
    makeNode({ id: 'quiet', name: 'Quiet' }),
  ],
  [makeEdge({ source: 'a', target: 'gone' }), makeEdge({ source: 'a', target: 'b', relation: 'supply' })],
);
const after = makeGraph(
  [
    makeNode({ id: 'a', name: 'Alpha', awardLevel: 'national' }),
    // Moved on the map only: no change of the data.
    makeNode({ id: 'b', name: 'Beta', x: 50, y: 60 }),
    makeNode({ id: 'quiet', name: 'Quiet' }),
    makeNode({ id: 'new', name: 'New' }),
  ],
  [
    makeEdge({ source: 'a', target: 'b', relation: 'supply', weight: 3 }),
    makeEdge({ source: 'quiet', target: 'new' }),
  ],
);

describe('mapChangesOf', () => {
  const changes = mapChangesOf(before, after);

  it("reads the same from the import report's diff as from the two maps", () => {
    expect(mapChangesFromDiff(before, diffGraphs(before, after))).toEqual(changes);
  });

  it('reads the import diff as added, changed and removed, leaving out nodes only moved', () => {
    expect([...changes.nodes]).toEqual([
      ['new', 'added'],
      ['a', 'changed'],
    ]);
    expect([...changes.edges]).toEqual([
      ['quiet->new#related', 'added'],
      ['a->b#supply', 'changed'],
    ]);
    expect(changes.nodeFields.get('a')).toEqual(['awardLevel']);
    expect(changes.nodeFields.has('b')).toBe(false);
    expect(changes.removedNodes.map((node) => node.id)).toEqual(['gone']);
    expect(changes.removedEdges.map((edge) => edge.id)).toEqual(['a->gone#related']);
    expect(changes.counts).toEqual({ added: 2, changed: 2, removed: 2 });
    expect(hasChanges(changes)).toBe(true);
  });

  it('finds nothing between a map and itself with nodes moved', () => {
    const moved = { ...before, nodes: before.nodes.map((node) => ({ ...node, x: 9, y: 9 })) };
    const none = mapChangesOf(before, moved);
    expect(none.counts).toEqual({ added: 0, changed: 0, removed: 0 });
    expect(hasChanges(none)).toBe(false);
  });

  it('keeps for "Changed only" the changed elements and the ends of changed edges', () => {
    const kept = changedOnlyIds(changes, after);
    expect([...kept.nodeIds].sort()).toEqual(['a', 'b', 'new', 'quiet']);
    expect([...kept.edgeIds].sort()).toEqual(['a->b#supply', 'quiet->new#related']);
    const visible = applyFilters(after, { ...defaultFilters, changedOnly: true }, undefined, {
      nodeIds: new Set(['new']),
      edgeIds: new Set(),
    });
    expect([...visible.nodeIds]).toEqual(['new']);
    expect([...visible.edgeIds]).toEqual([]);
    // Without the changed ids (the changes are not shown) the filter keeps everything.
    expect(applyFilters(after, { ...defaultFilters, changedOnly: true }).nodeIds.size).toBe(4);
  });
});

describe('changesCsv', () => {
  it('writes one row per change, nodes then edges, names looked up in either map, cells neutralised', () => {
    const csv = changesCsv(mapChangesOf(before, after), before, after, {
      columns: { change: 'change', kind: 'kind', id: 'id', name: 'name', fields: 'fields' },
      change: { added: 'added', changed: 'changed', removed: 'removed' },
      kind: { node: 'node', edge: 'edge' },
      field: (field) => field.toUpperCase(),
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'change,kind,id,name,fields',
      'added,node,new,New,',
      'changed,node,a,Alpha,AWARDLEVEL',
      "removed,node,gone,'=Gone,",
      'added,edge,quiet->new#related,Quiet → New,',
      'changed,edge,a->b#supply,Alpha → Beta,WEIGHT',
      'removed,edge,a->gone#related,Alpha → =Gone,',
      '',
    ]);
  });
});
