import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/lib/dataset';
import { importFiles } from '../../../src/domain/csv';
import { groupGraph, groupIdByNode, groupsOverview } from '../../../src/domain/group';
import { STAGES } from '../../../src/domain/graph/types';
import { makeEdge, makeGraph, makeNode } from '../helpers';

/**
 * Chains and stages as values only (a flat list): 新能源 with members upstream, downstream and at
 * no stage; 储能 with a midstream member written as an unknown segment value. u1 works with 新能源
 * firms twice and a 储能 firm once; p1 has no tie to any chain; u2 names 储能 itself.
 */
const flat = makeGraph(
  [
    makeNode({ id: 'e1', sectors: ['新能源'], segment: 'upstream' }),
    makeNode({ id: 'e2', sectors: ['新能源'], segment: 'downstream' }),
    makeNode({ id: 'e3', sectors: ['新能源'] }),
    makeNode({ id: 'e4', sectors: ['储能'], segment: 'midstream' }),
    makeNode({ id: 'e5', sectors: ['储能'], segment: '电芯' }),
    makeNode({ id: 'e6' }),
    makeNode({ id: 'u1', type: 'university' }),
    makeNode({ id: 'p1', type: 'platform' }),
    makeNode({ id: 'u2', type: 'university', sectors: ['储能'] }),
  ],
  [
    makeEdge({ source: 'u1', target: 'e4', relation: 'research' }),
    makeEdge({ source: 'u1', target: 'e1', relation: 'research' }),
    makeEdge({ source: 'e2', target: 'u1', relation: 'research' }),
    makeEdge({ source: 'e6', target: 'p1', relation: 'service' }),
  ],
);

describe('groups from sector and segment values', () => {
  const view = groupGraph(flat);
  const groupOf = groupIdByNode(flat);

  it('makes one group per chain × stage named by value, and one per chain for its members at no stage', () => {
    expect(groupOf.get('e1')).toBe('agg:stage:upstream:新能源');
    expect(groupOf.get('e2')).toBe('agg:stage:downstream:新能源');
    expect(groupOf.get('e3')).toBe('agg:chain:新能源');
    expect(groupOf.get('e4')).toBe('agg:stage:midstream:储能');
    // A segment value that is neither a stage nor a segment node leaves the member at no stage.
    expect(groupOf.get('e5')).toBe('agg:chain:储能');
    expect(groupOf.get('u2')).toBe('agg:chain:储能');
    const upstream = view.groups.find((group) => group.id === 'agg:stage:upstream:新能源');
    expect(upstream).toMatchObject({
      groupKind: 'stage',
      chainId: '新能源',
      stage: 'upstream',
      anchorId: '',
    });
    expect(view.groups.find((group) => group.id === 'agg:chain:新能源')).toMatchObject({
      groupKind: 'chain',
      chainId: '新能源',
      stage: '',
      anchorId: '',
    });
  });

  it('puts a university of no chain beside the chain its ties reach most, and keeps the bins for the rest', () => {
    expect(groupOf.get('u1')).toBe('agg:support:新能源');
    expect(view.groups.find((group) => group.id === 'agg:support:新能源')).toMatchObject({
      groupKind: 'support',
      chainId: '新能源',
      memberIds: ['u1'],
    });
    // p1's only tie is to e6, which is in no chain.
    expect(groupOf.get('p1')).toBe('agg:type:platform');
    expect(groupOf.get('e6')).toBe('agg:other');
  });

  it('lists each value chain with its stages upstream → downstream, its own group and its support', () => {
    const overview = groupsOverview(view.groups);
    expect(overview.chains.map((chain) => chain.chainId)).toEqual(['新能源', '储能']);
    const [ev, storage] = overview.chains;
    expect(ev?.segments.map((group) => group.stage)).toEqual(['upstream', 'downstream']);
    expect(ev?.rest?.memberIds).toEqual(['e3']);
    expect(ev?.support?.memberIds).toEqual(['u1']);
    expect(ev?.memberCount).toBe(4);
    expect(storage?.segments.map((group) => group.id)).toEqual(['agg:stage:midstream:储能']);
    expect(overview.others.map((group) => group.id)).toEqual(['agg:type:platform', 'agg:other']);
  });

  it('keeps a group id and its place while filters hide some of its members', () => {
    const visible = { nodeIds: new Set(['e1', 'e2', 'u1']), edgeIds: new Set<string>() };
    const filtered = groupGraph(flat, visible);
    expect(filtered.groups.map((group) => group.id)).toEqual([
      'agg:stage:upstream:新能源',
      'agg:stage:downstream:新能源',
      'agg:support:新能源',
    ]);
  });
});

describe('mixed files', () => {
  /** Chain node c1 with an upstream segment s1; chain 光伏 only as a value, with a segment node s9 naming it. */
  const mixed = makeGraph([
    makeNode({ id: 'c1', type: 'chain', name: '新能源汽车产业链', sectors: ['c1'] }),
    makeNode({ id: 's1', type: 'segment', sectors: ['c1'], segment: 'upstream' }),
    makeNode({ id: 's9', type: 'segment', sectors: ['光伏'], segment: 'midstream' }),
    makeNode({ id: 'e1', sectors: ['c1'], segment: 's1' }),
    makeNode({ id: 'e2', sectors: ['c1'], segment: 'downstream' }),
    makeNode({ id: 'e3', sectors: ['c1'] }),
    makeNode({ id: 'e4', sectors: ['光伏'], segment: 'upstream' }),
    makeNode({ id: 'e5', sectors: ['光伏'], segment: 's9' }),
    makeNode({ id: 'e6', sectors: ['光伏', 'c1'] }),
  ]);

  it('groups a stage value inside a chain node the same way as inside a value chain', () => {
    const groupOf = groupIdByNode(mixed);
    expect(groupOf.get('e1')).toBe('agg:seg:s1');
    expect(groupOf.get('e2')).toBe('agg:stage:downstream:c1');
    expect(groupOf.get('e3')).toBe('agg:chain:c1');
    expect(groupOf.get('e4')).toBe('agg:stage:upstream:光伏');
    expect(groupOf.get('e5')).toBe('agg:seg:s9');
    // A chain node among the sectors comes before a value.
    expect(groupOf.get('e6')).toBe('agg:chain:c1');
  });

  it('lists a segment node naming a value chain in that chain, sorted with its stage groups', () => {
    const overview = groupsOverview(groupGraph(mixed).groups);
    expect(overview.chains.map((chain) => chain.chainId)).toEqual(['c1', '光伏']);
    const [c1, pv] = overview.chains;
    expect(c1?.segments.map((group) => group.id)).toEqual(['agg:seg:s1', 'agg:stage:downstream:c1']);
    expect(pv?.segments.map((group) => group.id)).toEqual(['agg:stage:upstream:光伏', 'agg:seg:s9']);
    expect(pv?.rest).toBeUndefined();
    expect(overview.others).toEqual([]);
  });
});

describe('the generated flat list (bench/lib/dataset.ts)', () => {
  const { nodesCsv, edgesCsv } = generateDataset('S', undefined, 'flat');
  const { graph } = importFiles([
    { name: 'nodes.csv', bytes: new TextEncoder().encode(nodesCsv) },
    { name: 'edges.csv', bytes: new TextEncoder().encode(edgesCsv) },
  ]);
  const { groups } = groupGraph(graph);
  const chains = new Set(graph.nodes.flatMap((node) => node.sectors));

  it('opens as its chains × stages instead of three bins', () => {
    const overview = groupsOverview(groups);
    expect(overview.chains.map((chain) => chain.chainId).sort()).toEqual([...chains].sort());
    for (const chain of overview.chains) {
      expect(chain.segments.map((group) => group.stage)).toEqual([...STAGES]);
      expect(chain.rest?.memberCount).toBeGreaterThan(0);
    }
    // Only firms of no chain stay outside; every institution reaches a chain through its ties.
    expect(overview.others.map((group) => group.id)).toEqual(['agg:other']);
    expect(overview.others[0]?.memberCount).toBe(
      graph.nodes.filter((node) => node.sectors.length === 0 && node.type === 'enterprise').length,
    );
  });

  it('places every node in exactly one group', () => {
    const members = groups.flatMap((group) => group.memberIds);
    expect(members).toHaveLength(graph.nodes.length);
    expect(new Set(members).size).toBe(graph.nodes.length);
  });
});
