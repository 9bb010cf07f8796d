import { describe, expect, it } from 'vitest';
import { groupGraph } from '../../../src/domain/group';
import { indexNodesById } from '../../../src/domain/graph/indexes';
import { translate, type MessageKey, type Params } from '../../../src/i18n';
import { groupsModel } from '../../../src/features/details/groupsModel';
import { makeGraph, makeNode } from '../../domain/helpers';

const graph = makeGraph([
  makeNode({ id: 'c1', type: 'chain', name: 'EV chain' }),
  makeNode({ id: 's2', type: 'segment', name: 'EV · packs', sectors: ['c1'], segment: 'downstream' }),
  makeNode({ id: 's1', type: 'segment', name: 'EV · cells', sectors: ['c1'], segment: 'upstream' }),
  makeNode({ id: 'e1', sectors: ['c1'], segment: 's1', awardLevel: 'national' }),
  makeNode({ id: 'e2', sectors: ['c1'], awardLevel: 'municipal' }),
  makeNode({ id: 'u1', type: 'university' }),
]);
const nodesById = indexNodesById(graph.nodes);
const t = (key: MessageKey, params?: Params) => translate('en', key, params);
const { groups } = groupGraph(graph, undefined, new Set(['agg:seg:s1']));

describe('groupsModel', () => {
  const model = groupsModel(groups, ['agg:seg:s1'], nodesById, t);

  it('lists a chain by its name, segments upstream first, its own group last under a short label', () => {
    expect(model.chains).toHaveLength(1);
    const [chain] = model.chains;
    expect(chain).toMatchObject({ chainId: 'c1', name: 'EV chain', memberCount: 5, openCount: 1 });
    expect(chain?.rows.map(({ id, label, name, expanded }) => ({ id, label, name, expanded }))).toEqual([
      { id: 'agg:seg:s1', label: 'EV · cells', name: 'EV · cells', expanded: true },
      { id: 'agg:seg:s2', label: 'EV · packs', name: 'EV · packs', expanded: false },
      { id: 'agg:chain:c1', label: 'Not in a segment', name: 'EV chain · not in a segment', expanded: false },
    ]);
    expect(chain?.countByAwardLevel).toEqual({ national: 1, provincial: 0, municipal: 1, none: 3 });
  });

  it('names the groups outside chains by their label, and totals the whole view', () => {
    expect(model.others.map((row) => row.name)).toEqual(['Universities']);
    expect(model).toMatchObject({ groupCount: 4, memberCount: 6, openCount: 1 });
  });
});
