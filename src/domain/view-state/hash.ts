/**
 * View state ↔ URL hash, e.g. `#layout=circle&sel=ent-x&depth=2&sector=a,b&level=national&lang=en`
 * (`changes=1` shows the last update's changes, `changes=only` only them).
 * Values are URI-encoded (list items one by one, so a comma inside an id survives); default values
 * are left out. Decoding never throws: a hash comes from anyone's link.
 */
import { defaultFilters, FILTER_MODES, type FacetKey, type Filters } from '../filters';
import { AWARD_LEVELS, NODE_TYPES } from '../graph/types';
import { DEPTHS } from '../layout/depth';
import { LAYOUT_NAMES } from '../layout/registry';
import { LANGS } from './lang';
import { defaultViewState, type KnownIds, type ViewState } from './view-state';

/** Stable codes; the UI words them in its language. */
export type ViewStateProblem =
  | 'malformed'
  | 'unknown-key'
  | 'duplicate-key'
  | 'invalid-layout'
  | 'invalid-depth'
  | 'invalid-lang'
  | 'invalid-level'
  | 'invalid-type'
  | 'invalid-mode'
  | 'invalid-degree'
  | 'invalid-neighbours'
  | 'stale-selection'
  | 'stale-sector'
  | 'stale-relation'
  | 'invalid-changes'
  | 'stale-changes';

export interface DecodedViewState {
  /**
   * The fields the hash sets usably; the caller fills the rest from defaultViewState (and `lang`
   * and `showChanges` from what they are). `filters`, when present, is complete. Null when the hash is malformed.
   */
  state: Partial<ViewState> | null;
  /** Each problem once, in the order first met. */
  problems: ViewStateProblem[];
}

interface Draft {
  state: Partial<ViewState>;
  filters: Partial<Filters>;
}

interface Param {
  key: string;
  /** The hash value, or null when the state holds the default and the key is left out. */
  write: (state: ViewState) => string | null;
  /** Puts what is usable into the draft and says what was not. Text arrives still URI-encoded. */
  read: (text: string, draft: Draft, known: KnownIds | undefined) => ViewStateProblem[];
}

/** A lone surrogate would make encodeURIComponent throw; it cannot come from decoded file bytes anyway. */
const encode = (text: string): string => encodeURIComponent(text.replace(/\p{Cs}/gu, '\uFFFD'));

const writeList = (items: readonly string[]): string | null =>
  items.length > 0 ? items.map(encode).join(',') : null;
const readList = (text: string): string[] => text.split(',').filter(Boolean).map(decodeURIComponent);

const choiceParam = <Value extends string | number>(
  key: string,
  choices: readonly Value[],
  problem: ViewStateProblem,
  get: (state: ViewState) => Value,
  set: (draft: Draft, value: Value) => void,
  /** Null: always written. */
  defaultValue: Value | null,
): Param => ({
  key,
  write: (state) => (get(state) === defaultValue ? null : String(get(state))),
  read: (text, draft) => {
    const value = choices.find((choice) => String(choice) === decodeURIComponent(text));
    if (value === undefined) return [problem];
    set(draft, value);
    return [];
  },
});

/** A facet list; `accepts` says whether one item is usable (a known enum value, an id in the graph). */
const facetParam = <Key extends FacetKey>(
  key: string,
  facet: Key,
  problem: ViewStateProblem,
  accepts: (item: string, known: KnownIds | undefined) => item is Filters[Key][number],
): Param => ({
  key,
  write: (state) => writeList(state.filters[facet]),
  read: (text, draft, known) => {
    const items = readList(text);
    const usable = items.filter((item) => accepts(item, known));
    draft.filters[facet] = usable as Filters[Key];
    return usable.length < items.length ? [problem] : [];
  },
});

const isOneOf =
  <Value extends string>(choices: readonly Value[]) =>
  (item: string): item is Value =>
    (choices as readonly string[]).includes(item);

const isKnown =
  (knownOf: (known: KnownIds) => ReadonlySet<string>) =>
  (item: string, known: KnownIds | undefined): item is string =>
    known === undefined || knownOf(known).has(item);

/** In the order they are written. */
const PARAMS: readonly Param[] = [
  choiceParam(
    'layout',
    LAYOUT_NAMES,
    'invalid-layout',
    (state) => state.layout,
    (draft, layout) => (draft.state.layout = layout),
    defaultViewState.layout,
  ),
  {
    key: 'sel',
    write: (state) => (state.selected ? encode(state.selected) : null),
    read: (text, draft, known) => {
      const id = decodeURIComponent(text);
      if (id === '') return [];
      if (known && !known.elements.has(id)) return ['stale-selection'];
      draft.state.selected = id;
      return [];
    },
  },
  choiceParam(
    'depth',
    DEPTHS,
    'invalid-depth',
    (state) => state.depth,
    (draft, depth) => (draft.state.depth = depth),
    defaultViewState.depth,
  ),
  facetParam(
    'sector',
    'sectors',
    'stale-sector',
    isKnown((known) => known.sectors),
  ),
  facetParam('level', 'awardLevels', 'invalid-level', isOneOf(AWARD_LEVELS)),
  facetParam('type', 'types', 'invalid-type', isOneOf(NODE_TYPES)),
  facetParam(
    'rel',
    'relations',
    'stale-relation',
    isKnown((known) => known.relations),
  ),
  {
    key: 'deg',
    write: (state) => (state.filters.minDegree > 0 ? String(state.filters.minDegree) : null),
    read: (text, draft) => {
      const degree = Number(text);
      if (!/^\d+$/.test(text) || !Number.isSafeInteger(degree)) return ['invalid-degree'];
      draft.filters.minDegree = degree;
      return [];
    },
  },
  {
    key: 'q',
    write: (state) => (state.filters.text !== '' ? encode(state.filters.text) : null),
    read: (text, draft) => {
      draft.filters.text = decodeURIComponent(text);
      return [];
    },
  },
  choiceParam(
    'mode',
    FILTER_MODES,
    'invalid-mode',
    (state) => state.filters.mode,
    (draft, mode) => (draft.filters.mode = mode),
    defaultFilters.mode,
  ),
  {
    key: 'nb',
    write: (state) => (state.filters.keepNeighbours ? '1' : null),
    read: (text, draft) => {
      if (text !== '1' && text !== '0') return ['invalid-neighbours'];
      draft.filters.keepNeighbours = text === '1';
      return [];
    },
  },
  {
    key: 'changes',
    write: (state) => (state.showChanges ? (state.filters.changedOnly ? 'only' : '1') : null),
    read: (text, draft, known) => {
      if (text !== '1' && text !== '0' && text !== 'only') return ['invalid-changes'];
      const on = text !== '0';
      // A link to the changes of an update this browser never applied shows the map as it is.
      if (on && known && !known.changes) return ['stale-changes'];
      draft.state.showChanges = on;
      if (text === 'only') draft.filters.changedOnly = true;
      return [];
    },
  },
  choiceParam(
    'lang',
    LANGS,
    'invalid-lang',
    (state) => state.lang,
    (draft, lang) => (draft.state.lang = lang),
    null,
  ),
];

const PARAM_BY_KEY = new Map(PARAMS.map((param) => [param.key, param]));

export const encodeViewState = (state: ViewState): string =>
  `#${PARAMS.flatMap((param) => {
    const value = param.write(state);
    return value === null ? [] : [`${param.key}=${value}`];
  }).join('&')}`;

/**
 * Whether every %-escape decodes. The result is used on purpose: a bare `decodeURIComponent(text);`
 * is taken for a pure call by the production minifier and dropped, try/catch and all.
 */
const decodes = (text: string): boolean => {
  try {
    return decodeURIComponent(text).length >= 0;
  } catch {
    return false;
  }
};

/** `key=value` pairs, or null when the text is not made of them or holds a broken %-escape. */
const splitPairs = (body: string): [string, string][] | null => {
  // Splitting at a literal & = or , never cuts an escape, so every part decodes once the whole does.
  if (!decodes(body)) return null;
  const pairs: [string, string][] = [];
  for (const part of body.split('&').filter(Boolean)) {
    const equals = part.indexOf('=');
    if (equals < 1) return null;
    pairs.push([part.slice(0, equals), part.slice(equals + 1)]);
  }
  return pairs;
};

/** `known` (see knownIdsOf) drops ids the current graph lacks; without it ids are taken on trust. */
export const decodeViewState = (hash: string, known?: KnownIds): DecodedViewState => {
  const pairs = splitPairs(hash.startsWith('#') ? hash.slice(1) : hash);
  if (pairs === null) return { state: null, problems: ['malformed'] };
  const draft: Draft = { state: {}, filters: {} };
  const problems = new Set<ViewStateProblem>();
  const seen = new Set<string>();
  for (const [key, text] of pairs) {
    const param = PARAM_BY_KEY.get(key);
    if (!param) problems.add('unknown-key');
    else if (seen.has(key)) problems.add('duplicate-key');
    else {
      seen.add(key);
      param.read(text, draft, known).forEach((problem) => problems.add(problem));
    }
  }
  const state =
    Object.keys(draft.filters).length > 0
      ? { ...draft.state, filters: { ...defaultFilters, ...draft.filters } }
      : draft.state;
  return { state, problems: [...problems] };
};
