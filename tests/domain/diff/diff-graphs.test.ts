import { describe, expect, it } from 'vitest';
import { diffGraphs } from '../../../src/domain/diff';
import { createAttributes, type Attributes } from '../../../src/domain/graph/types';
import { makeEdge, makeGraph, makeNode } from '../helpers';

const attributes = (values: Record<string, string>): Attributes => Object.assign(createAttributes(), values);

const noChanges = { added: [], removed: [], changed: [] };

describe('diffGraphs', () => {
  it('finds nothing between a graph and an equal copy', () => {
    const build = () =>
      makeGraph(
        [
          makeNode({ id: 'a', sectors: ['c1', 'c2'], attributes: attributes({ capital: '5' }) }),
          makeNode({ id: 'b', x: 1, y: 2 }),
        ],
        [makeEdge({ source: 'a', target: 'b', weight: 3 })],
      );
    expect(diffGraphs(build(), build())).toEqual({ nodes: noChanges, edges: noChanges });
  });

  it('lists added nodes in the new order, removed ones in the old order', () => {
    const before = makeGraph([makeNode({ id: 'a' }), makeNode({ id: 'r2' }), makeNode({ id: 'r1' })]);
    const after = makeGraph([makeNode({ id: 'n2' }), makeNode({ id: 'a' }), makeNode({ id: 'n1' })]);
    expect(diffGraphs(before, after).nodes).toEqual({
      added: ['n2', 'n1'],
      removed: ['r2', 'r1'],
      changed: [],
    });
  });

  it('names each changed node field, in model order', () => {
    const before = makeGraph([makeNode({ id: 'a', name: 'Old', awardLevel: 'none', awards: ['x'] })]);
    const after = makeGraph([
      makeNode({ id: 'a', name: 'New', awardLevel: 'national', awards: ['x', 'y'], x: 10 }),
    ]);
    expect(diffGraphs(before, after).nodes.changed).toEqual([
      { id: 'a', fields: ['name', 'awardLevel', 'awards', 'x'] },
    ]);
  });

  it('ignores a reordering of sectors or awards but not a replaced one', () => {
    const before = makeGraph([
      makeNode({ id: 'a', sectors: ['c1', 'c2'] }),
      makeNode({ id: 'b', awards: ['p', 'q'] }),
    ]);
    const after = makeGraph([
      makeNode({ id: 'a', sectors: ['c2', 'c1'] }),
      makeNode({ id: 'b', awards: ['p', 'r'] }),
    ]);
    expect(diffGraphs(before, after).nodes.changed).toEqual([{ id: 'b', fields: ['awards'] }]);
  });

  it('reports unknown columns as attributes.<name>, an absent one counting as empty', () => {
    const before = makeGraph([
      makeNode({ id: 'a', attributes: attributes({ capital: '5', note: '' }) }),
      makeNode({ id: 'b', attributes: attributes({ capital: '1' }) }),
    ]);
    const after = makeGraph([
      makeNode({ id: 'a', attributes: attributes({ capital: '6', 注册地: '苏州' }) }),
      makeNode({ id: 'b', attributes: attributes({ capital: '1' }) }),
    ]);
    expect(diffGraphs(before, after).nodes.changed).toEqual([
      { id: 'a', fields: ['attributes.capital', 'attributes.注册地'] },
    ]);
  });

  it('matches edges by id, repeats included, and names their changed fields', () => {
    const before = makeGraph(
      [],
      [
        makeEdge({ source: 'a', target: 'b', relation: 'supply', weight: 1 }),
        makeEdge({ source: 'a', target: 'b', relation: 'supply', id: 'a->b#supply~2' }),
        makeEdge({ source: 'b', target: 'c', label: 'old', attributes: attributes({ since: '2020' }) }),
      ],
    );
    const after = makeGraph(
      [],
      [
        makeEdge({ source: 'a', target: 'b', relation: 'supply', weight: 2 }),
        makeEdge({ source: 'b', target: 'c', label: 'new', attributes: attributes({ since: '2021' }) }),
        makeEdge({ source: 'c', target: 'a', relation: 'research' }),
      ],
    );
    expect(diffGraphs(before, after).edges).toEqual({
      added: ['c->a#research'],
      removed: ['a->b#supply~2'],
      changed: [
        { id: 'a->b#supply', fields: ['weight'] },
        { id: 'b->c#related', fields: ['label', 'attributes.since'] },
      ],
    });
  });
});
