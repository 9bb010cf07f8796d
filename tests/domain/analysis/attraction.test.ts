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
    // In the chain, nothing more said: it serves no segment in particular.
    makeNode({ id: 'o5', locality: 'outside', sectors: ['ev'], awardLevel: 'national' }),
    // Another chain, but it supplies a member of the segment (l3); o11 supplies only l1, a member of none.
    makeNode({ id: 'o10', locality: 'outside', sectors: ['pv'] }),
    makeNode({ id: 'o11', locality: 'outside', sectors: ['ev'] }),
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
    makeEdge({ source: 'o10', target: 'l3', relation: 'supply' }),
    makeEdge({ source: 'o11', target: 'l1', relation: 'supply' }),
  ],
);

describe('attractionShortlist', () => {
  it('ranks outside enterprises that serve the segment by match, then award level, then ties to local firms', () => {
    const none = { supplyPartners: [] };
    expect(attractionShortlist(graph, 'ev', 'cells')).toEqual([
      {
        id: 'o2',
        name: 'o2',
        reason: { match: 'segment', awardLevel: 'national', localTies: 0, tiedTo: [], ...none },
      },
      {
        id: 'o1',
        name: 'o1',
        reason: { match: 'segment', awardLevel: 'provincial', localTies: 2, tiedTo: ['l1', 'l2'], ...none },
      },
      {
        id: 'o3',
        name: 'o3',
        reason: { match: 'segment', awardLevel: 'provincial', localTies: 1, tiedTo: ['l1'], ...none },
      },
      {
        id: 'o4',
        name: 'o4',
        reason: { match: 'stage', awardLevel: 'national', localTies: 0, tiedTo: [], ...none },
      },
      {
        id: 'o10',
        name: 'o10',
        reason: { match: 'supply', awardLevel: 'none', localTies: 1, tiedTo: ['l3'], supplyPartners: ['l3'] },
      },
    ]);
  });

  it('offers a firm that is only in the chain for no gap, and says nothing serves a segment when nothing does', () => {
    // o5 (chain only) and o11 (supplies a firm of no segment) were offered for every gap before.
    expect(
      attractionShortlist(graph, 'ev', 'motors').map((candidate) => [candidate.id, candidate.reason.match]),
    ).toEqual([['o6', 'segment']]);
    const assembly = makeNode({ id: 'assembly', type: 'segment', sectors: ['ev'], segment: 'midstream' });
    const withAssembly = { ...graph, nodes: [...graph.nodes, assembly] };
    expect(attractionShortlist(withAssembly, 'ev', 'assembly')).toEqual([]);
    expect(attractionShortlist(graph, 'ev', 'l1')).toEqual([]);
  });

  it('counts a supply tie either way round: a customer of the segment’s firms serves it as well', () => {
    const buyer = makeNode({ id: 'buyer', locality: 'outside' });
    const withBuyer = {
      ...graph,
      nodes: [...graph.nodes, buyer],
      edges: [...graph.edges, makeEdge({ source: 'o1', target: 'buyer', relation: 'supply' })],
    };
    expect(attractionShortlist(withBuyer, 'ev', 'cells').find(({ id }) => id === 'buyer')?.reason).toEqual({
      match: 'supply',
      awardLevel: 'none',
      localTies: 0,
      tiedTo: [],
      supplyPartners: ['o1'],
    });
  });
});
