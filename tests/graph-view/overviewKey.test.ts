import { describe, expect, it } from 'vitest';
import { keyNodeOf, overviewKeyOf, overviewTiesOf, type KeyNode } from '../../src/graph-view/overviewKey';

const node = (id: string, type: string, extra: Partial<KeyNode> = {}): KeyNode => ({
  id,
  type,
  segment: '',
  sectors: [],
  width: 30,
  height: 30,
  separatorWidth: 0,
  ...extra,
});

const chain = node('C1', 'chain');
const segment = node('S1', 'segment', { sectors: ['C1'], width: 90, height: 22 });
const member = node('E1', 'enterprise', { segment: 'S1', sectors: ['C1'] });

describe('overviewTiesOf', () => {
  it('ties a node to the segment its column names, a segment to its chain, none where an edge ties them either way', () => {
    expect(overviewTiesOf([chain, segment, member], [])).toEqual([
      ['S1', 'C1'],
      ['E1', 'S1'],
    ]);
    expect(overviewTiesOf([chain, segment, member], [{ source: 'S1', target: 'E1' }])).toEqual([
      ['S1', 'C1'],
    ]);
  });
});

describe('overviewKeyOf', () => {
  const key = overviewKeyOf([chain, segment, member], [{ source: 'E1', target: 'C1' }]);

  it('is the same for the same nodes, sizes, edges and springs', () => {
    expect(overviewKeyOf([chain, segment, member], [{ source: 'E1', target: 'C1' }])).toBe(key);
  });

  it('changes with a node’s size or border, the nodes’ order, an edge or a spring', () => {
    const variants = [
      overviewKeyOf([chain, { ...segment, width: 91 }, member], [{ source: 'E1', target: 'C1' }]),
      overviewKeyOf([chain, segment, { ...member, separatorWidth: 3 }], [{ source: 'E1', target: 'C1' }]),
      overviewKeyOf([segment, chain, member], [{ source: 'E1', target: 'C1' }]),
      overviewKeyOf([chain, segment, member], [{ source: 'C1', target: 'E1' }]),
      overviewKeyOf([chain, segment, { ...member, segment: '' }], [{ source: 'E1', target: 'C1' }]),
    ];
    for (const variant of variants) expect(variant).not.toBe(key);
  });

  it('reads a node element’s data as the map’s elements carry it', () => {
    expect(
      keyNodeOf({
        id: 'E1',
        type: 'enterprise',
        segment: 'S1',
        sectors: 'C1|C2',
        width: 30,
        height: 28,
        separatorWidth: 2,
      }),
    ).toEqual({
      id: 'E1',
      type: 'enterprise',
      segment: 'S1',
      sectors: ['C1', 'C2'],
      width: 30,
      height: 28,
      separatorWidth: 2,
    });
  });
});
