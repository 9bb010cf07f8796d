import { describe, expect, it } from 'vitest';
import { overviewTies, type TieNode } from '../../../src/domain/layout';

const node = (id: string, type: string, segment = '', sectors: string[] = []): TieNode => ({
  id,
  type,
  segment,
  sectors,
});

const nodes = [
  node('C1', 'chain'),
  node('S1', 'segment', 'upstream', ['C1']),
  node('S2', 'segment', 'midstream', ['C1', '新材料']),
  node('E1', 'enterprise', 'S1', ['C1']),
  node('E2', 'enterprise', 'upstream', ['C1', '新材料']),
  node('E3', 'enterprise', 'S9', []),
  node('U1', 'university', '', ['C1']),
];

describe('overviewTies', () => {
  it('ties a member to the segment its column names, a segment to its chain, the rest to their chain nodes', () => {
    expect(overviewTies(nodes, () => false)).toEqual([
      ['S1', 'C1'],
      ['S2', 'C1'],
      ['E1', 'S1'],
      ['E2', 'C1'],
      ['U1', 'C1'],
    ]);
  });

  it('adds no spring where an edge already ties the two, in either direction', () => {
    const edges = new Set(['E1 S1', 'C1 S2']);
    const tied = (a: string, b: string) => edges.has(`${a} ${b}`) || edges.has(`${b} ${a}`);
    expect(overviewTies(nodes, tied)).toEqual([
      ['S1', 'C1'],
      ['E2', 'C1'],
      ['U1', 'C1'],
    ]);
  });

  it('names only drawn nodes: a segment or chain not among them gets no spring', () => {
    expect(overviewTies([node('E1', 'enterprise', 'S1', ['C1'])], () => false)).toEqual([]);
  });
});
