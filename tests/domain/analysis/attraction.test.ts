import { describe, expect, it } from 'vitest';
import { attractionShortlist } from '../../../src/domain/analysis';
import { makeEdge, makeGraph, makeNode } from '../helpers';

const graph = makeGraph(
  [
    makeNode({ id: 'ev', type: 'chain' }),
    makeNode({ id: 'cells', type: 'segment', sectors: ['ev'], segment: 'upstream' }),
    makeNode({ id: 'motors', type: 'segment', sectors: ['ev'], segment: 'midstream' }),
    makeNode({ id: 'l1' }),
    makeNode({ id: 'l2' }),
    makeNode({ id: 'l3', segment: 'cells' }),
    makeNode({ id: 'lab', type: 'university' }),
    // Members of the segment: o2 by a membership edge, o1 and o3 by their segment field.
    makeNode({ id: 'o1', locality: 'outside', segment: 'cells', awardLevel: 'provincial' }),
    makeNode({ id: 'o2', locality: 'outside', awardLevel: 'national' }),
    makeNode({ id: 'o3', locality: 'outside', segment: 'cells', awardLevel: 'provincial' }),
    // In the chain, at the segment's stage.
    makeNode({ id: 'o4', locality: 'outside', sectors: ['ev'], segment: 'upstream', awardLevel: 'national' }),
    // In the chain, nothing more said.
    makeNode({ id: 'o5', locality: 'outside', sectors: ['ev'], awardLevel: 'national' }),
    // Not for this segment: another segment, another stage, another chain, not an enterprise.
    makeNode({ id: 'o6', locality: 'outside', sectors: ['ev'], segment: 'motors' }),
    makeNode({ id: 'o7', locality: 'outside', sectors: ['ev'], segment: 'downstream' }),
    makeNode({ id: 'o8', locality: 'outside', sectors: ['pv'] }),
    makeNode({ id: 'o9', locality: 'outside', type: 'university', segment: 'cells' }),
  ],
  [
    makeEdge({ source: 'o2', target: 'cells', relation: 'membership' }),
    makeEdge({ source: 'o1', target: 'l1', relation: 'cooperation' }),
    makeEdge({ source: 'l1', target: 'o1', relation: 'supply' }),
    makeEdge({ source: 'o1', target: 'l2', relation: 'supply' }),
    makeEdge({ source: 'o3', target: 'l1', relation: 'investment' }),
    // Ties that do not count: to an outside firm and to a local university.
    makeEdge({ source: 'o5', target: 'o1' }),
    makeEdge({ source: 'o5', target: 'lab', relation: 'research' }),
  ],
);

describe('attractionShortlist', () => {
  it('ranks outside enterprises for a segment by match, then award level, then ties to local firms', () => {
    expect(attractionShortlist(graph, 'ev', 'cells')).toEqual([
      {
        id: 'o2',
        name: 'o2',
        reason: { match: 'segment', awardLevel: 'national', localTies: 0, tiedTo: [] },
      },
      {
        id: 'o1',
        name: 'o1',
        reason: { match: 'segment', awardLevel: 'provincial', localTies: 2, tiedTo: ['l1', 'l2'] },
      },
      {
        id: 'o3',
        name: 'o3',
        reason: { match: 'segment', awardLevel: 'provincial', localTies: 1, tiedTo: ['l1'] },
      },
      { id: 'o4', name: 'o4', reason: { match: 'stage', awardLevel: 'national', localTies: 0, tiedTo: [] } },
      { id: 'o5', name: 'o5', reason: { match: 'sector', awardLevel: 'national', localTies: 0, tiedTo: [] } },
    ]);
  });

  it('finds the other segment’s candidates and nothing for an id that is no segment', () => {
    expect(
      attractionShortlist(graph, 'ev', 'motors').map((candidate) => [candidate.id, candidate.reason.match]),
    ).toEqual([
      ['o6', 'segment'],
      ['o5', 'sector'],
    ]);
    expect(attractionShortlist(graph, 'ev', 'l1')).toEqual([]);
  });
});
