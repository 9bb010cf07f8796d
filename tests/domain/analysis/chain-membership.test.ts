import { describe, expect, it } from 'vitest';
import { segmentMembership } from '../../../src/domain/analysis/chain-membership';
import { makeEdge, makeGraph, makeNode } from '../helpers';

describe('segmentMembership', () => {
  const graph = makeGraph(
    [
      makeNode({ id: 'chain', type: 'chain' }),
      makeNode({ id: 'cell', type: 'segment', sectors: ['chain'], segment: 'midstream' }),
      makeNode({ id: 'pack', type: 'segment', sectors: ['chain'], segment: 'midstream' }),
      makeNode({ id: 'by-column', segment: 'cell' }),
      makeNode({ id: 'by-edge' }),
      makeNode({ id: 'both', segment: 'cell' }),
      makeNode({ id: 'lab', type: 'platform' }),
    ],
    [
      // The bundled map ties each segment to its chain this way: the chain is no member of it.
      makeEdge({ source: 'cell', target: 'chain', relation: 'membership' }),
      makeEdge({ source: 'by-edge', target: 'pack', relation: 'membership' }),
      makeEdge({ source: 'both', target: 'cell', relation: 'membership' }),
      makeEdge({ source: 'pack', target: 'lab', relation: 'membership' }),
      makeEdge({ source: 'by-edge', target: 'cell', relation: 'supply' }),
    ],
  );
  const { membersOf, segmentsOf } = segmentMembership(graph);
  const ids = (segment: string) => (membersOf.get(segment) ?? []).map((node) => node.id);

  it('joins by the segment column and by a membership edge either way, each member once, the chain node never', () => {
    expect(ids('cell')).toEqual(['by-column', 'both']);
    expect(ids('pack')).toEqual(['by-edge', 'lab']);
    expect(segmentsOf.get('chain')).toBeUndefined();
    expect(segmentsOf.get('by-edge')).toEqual(['pack']);
  });
});
