/**
 * Pinyin for node search: the converter, and each graph's search index with and without it.
 * pinyin-pro carries a ~300 KB dictionary, so it is fetched on first use and the plain index serves
 * until it has arrived.
 */
import { buildSearchIndex, type SearchIndex, type ToPinyin } from '../domain/search';
import type { Graph } from '../domain/graph/types';

export const loadPinyin = async (): Promise<ToPinyin> => {
  const { pinyin } = await import('pinyin-pro');
  return (text) => {
    // One conversion gives both forms: an initial is the syllable's first letter (zh → z, as people type it).
    const syllables = pinyin(text, { toneType: 'none', type: 'array' });
    return { full: syllables.join(''), initials: syllables.map((syllable) => syllable.charAt(0)).join('') };
  };
};

// Cached by graph, so the search box and every Analysis picker share one index of a graph.
const plainIndexes = new WeakMap<Graph, SearchIndex>();
const pinyinIndexes = new WeakMap<Graph, SearchIndex>();
const pinyinLoads = new WeakMap<Graph, Promise<void>>();
let converter: Promise<ToPinyin> | null = null;

/**
 * The graph's best index ready now: with pinyin initials and full pinyin once `loadPinyinIndex` has
 * finished, before that names, ids and Chinese substrings only.
 */
export const searchIndexOf = (graph: Graph): SearchIndex => {
  let index = pinyinIndexes.get(graph) ?? plainIndexes.get(graph);
  if (!index) {
    index = buildSearchIndex(graph.nodes);
    plainIndexes.set(graph, index);
  }
  return index;
};

/** Starts (once per graph) building the pinyin index; resolves when `searchIndexOf` returns it. */
export const loadPinyinIndex = (graph: Graph): Promise<void> => {
  let load = pinyinLoads.get(graph);
  if (!load) {
    converter ??= loadPinyin();
    load = converter.then((toPinyin) => {
      pinyinIndexes.set(graph, buildSearchIndex(graph.nodes, toPinyin));
    });
    pinyinLoads.set(graph, load);
  }
  return load;
};
