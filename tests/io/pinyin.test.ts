import { describe, expect, it } from 'vitest';
import { search, type SearchIndex } from '../../src/domain/search';
import { loadPinyinIndex, searchIndexOf } from '../../src/io/pinyin';
import { makeGraph, makeNode } from '../domain/helpers';

const graph = makeGraph([
  makeNode({ id: 'ent-sailer', name: '赛乐(常州)医疗科技股份有限公司' }),
  makeNode({ id: 'uni-cczu', name: '常州大学', type: 'university' }),
  makeNode({ id: 'ACME-7', name: 'Acme Tools' }),
]);
const ids = (index: SearchIndex, query: string) => search(index, query).map((hit) => hit.node.id);

describe('the shared search index of a graph', () => {
  it('matches names, ids and Chinese substrings at once, and is one index per graph', () => {
    const index = searchIndexOf(graph);
    expect(searchIndexOf(graph)).toBe(index);
    expect(ids(index, '常州')).toEqual(['uni-cczu', 'ent-sailer']);
    expect(ids(index, 'acme-7')).toEqual(['ACME-7']);
    expect(ids(index, 'tools')).toEqual(['ACME-7']);
    expect(ids(index, 'slyl')).toEqual([]);
  });

  it('matches pinyin initials and full pinyin once the pinyin index has loaded', async () => {
    const loading = loadPinyinIndex(graph);
    expect(loadPinyinIndex(graph)).toBe(loading);
    await loading;
    const index = searchIndexOf(graph);
    expect(ids(index, 'slyl')).toEqual(['ent-sailer']);
    expect(ids(index, 'saile')).toEqual(['ent-sailer']);
    expect(ids(index, 'Chang Zhou Da Xue')).toEqual(['uni-cczu']);
    expect(ids(index, 'czdx')).toEqual(['uni-cczu']);
    // Text matches still rank first.
    expect(ids(index, '常州')).toEqual(['uni-cczu', 'ent-sailer']);
    expect(ids(index, 'acme')).toEqual(['ACME-7']);
  });
});
