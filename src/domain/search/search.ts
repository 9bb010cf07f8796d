/**
 * Find nodes by name, id, Chinese substring or pinyin. The haystacks are normalised once when the
 * index is built, so a query over 50k nodes is a few string scans and no sort.
 */
import { awardRank, compareByName } from '../graph/indexes';
import type { GraphNode } from '../graph/types';

/** Pinyin of a text: syllables run together, and their first letters. Injected so the domain loads no dictionary. */
export interface PinyinForms {
  full: string;
  initials: string;
}
export type ToPinyin = (text: string) => PinyinForms;

/** Best first: the rank order of results. */
export const MATCH_KINDS = ['exact', 'prefix', 'substring', 'initials', 'pinyin'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface SearchHit {
  node: GraphNode;
  match: MatchKind;
}

interface Entry {
  node: GraphNode;
  awardRank: number;
  /** Normalised name, the name without bracketed parts when it has any, and the id. */
  texts: string[];
  /** The texts joined, to reject most entries with one scan. */
  textHaystack: string;
  /** Name and alias when they hold Chinese: what pinyin is made from. */
  pinyinSources: string[];
  initials: string[];
  full: string[];
  /** All pinyin forms joined; '' until pinyin is added. */
  pinyinHaystack: string;
}

export interface SearchIndex {
  /** In the order of the nodes given. */
  entries: Entry[];
}

/** Never occurs in a normalised query, so joined haystacks match no text across a boundary. */
const SEPARATOR = '\u0000';
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
// Company names often carry a place in brackets: 赛乐(常州)医疗 is known as 赛乐医疗.
const BRACKETED = /\([^)]*\)|\[[^\]]*\]|【[^】]*】/g;

/** Full-width letters and brackets become ASCII (NFKC), then lower case. */
const normalise = (text: string): string => text.normalize('NFKC').toLowerCase();
const lettersAndDigits = (text: string): string => text.replace(/[^a-z0-9]/g, '');

/**
 * Without `toPinyin` only name, id and Chinese substrings match; pinyin can be added later,
 * in chunks, with `addPinyin`.
 */
export const buildSearchIndex = (nodes: readonly GraphNode[], toPinyin?: ToPinyin): SearchIndex => {
  const entries = nodes.map((node): Entry => {
    const name = normalise(node.name);
    const alias = name.replace(BRACKETED, '').trim();
    const names = alias && alias !== name ? [name, alias] : [name];
    const texts = [...names, normalise(node.id)];
    return {
      node,
      awardRank: awardRank(node.awardLevel),
      texts,
      textHaystack: texts.join(SEPARATOR),
      pinyinSources: names.filter((text) => CJK.test(text)),
      initials: [],
      full: [],
      pinyinHaystack: '',
    };
  });
  const index = { entries };
  if (toPinyin) addPinyin(index, toPinyin);
  return index;
};

/**
 * Adds pinyin to entries [from, to) and returns `to` (clamped), so a caller can spread the work over
 * frames: converting 50k names takes about half a second. Entries without it just miss pinyin matches.
 */
export const addPinyin = (
  index: SearchIndex,
  toPinyin: ToPinyin,
  from = 0,
  to = index.entries.length,
): number => {
  const end = Math.min(to, index.entries.length);
  for (const entry of index.entries.slice(from, end)) {
    const forms = entry.pinyinSources.map(toPinyin);
    entry.initials = forms.map((form) => lettersAndDigits(form.initials.toLowerCase()));
    entry.full = forms.map((form) => lettersAndDigits(form.full.toLowerCase()));
    entry.pinyinHaystack = [...entry.initials, ...entry.full].join(SEPARATOR);
  }
  return end;
};

interface RankedHit {
  entry: Entry;
  rank: number;
}

/** Up to `limit` hits, best match kind first, then higher award level, then name. */
export const search = (index: SearchIndex, query: string, limit = 20): SearchHit[] => {
  const text = normalise(query.trim()).replaceAll(SEPARATOR, '');
  if (!text || limit <= 0) return [];
  // A query with Chinese characters in it is not pinyin.
  const pinyin = CJK.test(text) ? '' : lettersAndDigits(text);
  /** The best `limit` hits so far, best first. */
  const best: RankedHit[] = [];
  for (const entry of index.entries) {
    // Once `limit` hits are in hand, a kind worse than the worst of them cannot get in: skip computing it.
    const worst = best.length < limit ? undefined : best.at(-1);
    const rank = matchRank(entry, text, pinyin, worst?.rank ?? MATCH_KINDS.length - 1);
    if (rank === undefined) continue;
    const hit = { entry, rank };
    if (worst && compareHits(hit, worst) >= 0) continue;
    best.splice(insertionPoint(best, hit), 0, hit);
    if (best.length > limit) best.pop();
  }
  return best.flatMap(({ entry, rank }) => {
    const match = MATCH_KINDS[rank];
    return match ? [{ node: entry.node, match }] : [];
  });
};

const compareHits = (a: RankedHit, b: RankedHit): number =>
  a.rank - b.rank || a.entry.awardRank - b.entry.awardRank || compareByName(a.entry.node, b.entry.node);

/** Binary search in a sorted list: the first position whose hit ranks after `hit`. */
const insertionPoint = (sorted: readonly RankedHit[], hit: RankedHit): number => {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const other = sorted[middle];
    if (other && compareHits(other, hit) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
};

/** Index into MATCH_KINDS of the entry's best match, or undefined when it has none up to `worstWanted`. */
const matchRank = (entry: Entry, text: string, pinyin: string, worstWanted: number): number | undefined => {
  // The query holds no separator, so a hit in the joined haystack is a hit in one of the texts.
  if (entry.textHaystack.includes(text)) {
    let rank = 2;
    for (const candidate of entry.texts) {
      if (candidate === text) return 0;
      if (candidate.startsWith(text)) rank = 1;
    }
    return rank;
  }
  if (worstWanted < 3 || !pinyin || !entry.pinyinHaystack.includes(pinyin)) return undefined;
  if (containedIn(entry.initials, pinyin)) return 3;
  return worstWanted >= 4 && containedIn(entry.full, pinyin) ? 4 : undefined;
};

const containedIn = (haystacks: readonly string[], needle: string): boolean => {
  for (const haystack of haystacks) if (haystack.includes(needle)) return true;
  return false;
};
