import { describe, expect, it } from 'vitest';
import { groupGraph, groupsOverview } from '../../../src/domain/group';
import { makeEdge, makeGraph, makeNode } from '../helpers';

/**
 * Chain c1 lists its downstream segment s2 before its upstream s1, and has a segment s3 with no
 * stage; chain c2 has no segment; s4 names no chain. e3 sits in c1 outside any segment. The bins
 * come into being in the order other, platform, university.
 */
const graph = makeGraph(
  [
    makeNode({ id: 'c1', type: 'chain' }),
    makeNode({ id: 'c2', type: 'chain' }),
    makeNode({ id: 's2', type: 'segment', sectors: ['c1'], segment: 'downstream' }),
    makeNode({ id: 's3', type: 'segment', sectors: ['c1'] }),
    makeNode({ id: 's1', type: 'segment', sectors: ['c1'], segment: 'upstream' }),
    makeNode({ id: 's4', type: 'segment' }),
    makeNode({ id: 'e1', sectors: ['c1'], segment: 's1', awardLevel: 'national' }),
    makeNode({ id: 'e2', sectors: ['c1'], segment: 's2', awardLevel: 'provincial' }),
    makeNode({ id: 'e3', sectors: ['c1'], awardLevel: 'provincial' }),
    makeNode({ id: 'e4', sectors: ['c2'], awardLevel: 'municipal' }),
    makeNode({ id: 'e5' }),
    makeNode({ id: 'p1', type: 'platform' }),
    makeNode({ id: 'u1', type: 'university' }),
  ],
  [makeEdge({ source: 'e1', target: 'e2', relation: 'supply' })],
);
const ids = (groups: readonly { id: string }[]): string[] => groups.map((group) => group.id);

describe('groupsOverview', () => {
  const overview = groupsOverview(groupGraph(graph).groups);

  it('lists each chain with its own group and its segments from upstream to downstream, stageless last', () => {
    expect(overview.chains.map((chain) => chain.chainId)).toEqual(['c1', 'c2']);
    const [c1, c2] = overview.chains;
    expect(c1?.rest?.id).toBe('agg:chain:c1');
    expect(ids(c1?.segments ?? [])).toEqual(['agg:seg:s1', 'agg:seg:s2', 'agg:seg:s3']);
    expect(c2?.rest?.memberIds).toEqual(['c2', 'e4']);
    expect(c2?.segments).toEqual([]);
  });

  it('totals members and honours over a chain', () => {
    const [c1] = overview.chains;
    // c1 and e3 in the chain's own group, s1 + e1, s2 + e2, s3 alone.
    expect(c1?.memberCount).toBe(7);
    expect(c1?.countByAwardLevel).toEqual({ national: 1, provincial: 2, municipal: 0, none: 4 });
  });

  it('puts segments naming no chain outside the chains, then universities, platforms and the rest', () => {
    expect(ids(overview.others)).toEqual([
      'agg:seg:s4',
      'agg:type:university',
      'agg:type:platform',
      'agg:other',
    ]);
  });

  it('keeps a chain whose own node is filtered out when one of its segments is visible, and expanded groups too', () => {
    const visible = { nodeIds: new Set(['s1', 'e1', 'u1']), edgeIds: new Set<string>() };
    const filtered = groupsOverview(groupGraph(graph, visible, new Set(['agg:seg:s1'])).groups);
    expect(filtered.chains).toEqual([
      expect.objectContaining({
        chainId: 'c1',
        rest: undefined,
        memberCount: 2,
        segments: [expect.objectContaining({ id: 'agg:seg:s1' })],
      }),
    ]);
    expect(ids(filtered.others)).toEqual(['agg:type:university']);
  });
});
