import { buildSearchIndex, type SearchIndex, type ToPinyin } from '../../domain/search';
import type { Graph } from '../../domain/graph/types';
import { loadPinyin } from '../../io/pinyin';

const plainIndexes = new WeakMap<Graph, SearchIndex>();
const pinyinIndexes = new WeakMap<Graph, Promise<SearchIndex>>();
let pinyin: Promise<ToPinyin> | null = null;

/** Names, ids and Chinese substrings: ready at once. */
export const plainSearchIndexOf = (graph: Graph): SearchIndex => {
  let index = plainIndexes.get(graph);
  if (!index) {
    index = buildSearchIndex(graph.nodes);
    plainIndexes.set(graph, index);
  }
  return index;
};

/** With pinyin too, once the dictionary (large, so loaded on first use) has arrived. */
export const pinyinSearchIndexOf = (graph: Graph): Promise<SearchIndex> => {
  let index = pinyinIndexes.get(graph);
  if (!index) {
    pinyin ??= loadPinyin();
    index = pinyin.then((toPinyin) => buildSearchIndex(graph.nodes, toPinyin));
    pinyinIndexes.set(graph, index);
  }
  return index;
};
