import { describe, expect, it } from 'vitest';
import { directionWording, segmentMembers } from '../../../src/domain/graph/neighbourhood';
import { makeGraph, makeNode } from '../helpers';

describe('directionWording', () => {
  it('keeps upstream / downstream for supply only', () => {
    expect(directionWording('supply', 'incoming')).toBe('upstream');
    expect(directionWording('supply', 'outgoing')).toBe('downstream');
  });
  it('says from / to for every other directed relation, nothing for undirected ones', () => {
    for (const relation of ['investment', 'incubation', 'membership', '代工']) {
      expect(directionWording(relation, 'incoming')).toBe('from');
      expect(directionWording(relation, 'outgoing')).toBe('to');
    }
    expect(directionWording('cooperation', 'undirected')).toBeNull();
  });
});

describe('segmentMembers', () => {
  it('lists the nodes whose segment column names the segment, in file order, and no stage-only nodes', () => {
    const graph = makeGraph(
      [
        makeNode({ id: 'seg-cell', type: 'segment', segment: 'midstream' }),
        makeNode({ id: 'b', segment: 'seg-cell' }),
        makeNode({ id: 'a', segment: 'seg-cell' }),
        makeNode({ id: 'c', segment: 'midstream' }),
        makeNode({ id: 'd', segment: 'seg-pack' }),
      ],
      [],
    );
    expect(segmentMembers(graph, 'seg-cell').map((node) => node.id)).toEqual(['b', 'a']);
    expect(segmentMembers(graph, 'seg-none')).toEqual([]);
  });
});
