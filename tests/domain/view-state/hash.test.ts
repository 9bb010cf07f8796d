import { describe, expect, it } from 'vitest';
import { defaultFilters, NO_SECTOR } from '../../../src/domain/filters';
import {
  decodeViewState,
  defaultViewState,
  encodeViewState,
  knownIdsOf,
  type ViewState,
} from '../../../src/domain/view-state';
import { makeEdge, makeGraph, makeNode } from '../helpers';

const view = (changes: Partial<ViewState>): ViewState => ({
  ...defaultViewState,
  lang: 'en',
  showChanges: false,
  ...changes,
});

describe('encodeViewState', () => {
  it('leaves out every default, but always states the language', () => {
    expect(encodeViewState(view({}))).toBe('#lang=en');
    expect(encodeViewState(view({ lang: 'zh' }))).toBe('#lang=zh');
  });

  it('writes the readable form', () => {
    const state = view({
      layout: 'circle',
      selected: 'ent-x',
      depth: 2,
      filters: { ...defaultFilters, sectors: ['a', 'b'], awardLevels: ['national'] },
    });
    expect(encodeViewState(state)).toBe('#layout=circle&sel=ent-x&depth=2&sector=a,b&level=national&lang=en');
  });

  it('URI-encodes values and list items one by one', () => {
    const state = view({
      selected: 'a->b#supply~2',
      filters: {
        sectors: ['x,y', '光伏'],
        awardLevels: [],
        types: ['enterprise', 'chain'],
        relations: ['supply', 'co op'],
        minDegree: 3,
        text: 'a&b=c d',
        mode: 'fade',
        keepNeighbours: true,
        changedOnly: false,
      },
    });
    expect(encodeViewState(state)).toBe(
      '#sel=a-%3Eb%23supply~2&sector=x%2Cy,%E5%85%89%E4%BC%8F&type=enterprise,chain&rel=supply,co%20op' +
        '&deg=3&q=a%26b%3Dc%20d&mode=fade&nb=1&lang=en',
    );
  });

  it('replaces a lone surrogate instead of throwing', () => {
    expect(encodeViewState(view({ selected: 'a\uD800' }))).toBe('#sel=a%EF%BF%BD&lang=en');
  });
});

describe('decodeViewState', () => {
  it('reads the readable form, with or without the leading #', () => {
    const expected = {
      state: {
        layout: 'circle',
        selected: 'ent-x',
        depth: 2,
        filters: { ...defaultFilters, sectors: ['a', 'b'], awardLevels: ['national'] },
        lang: 'en',
      },
      problems: [],
    };
    const hash = 'layout=circle&sel=ent-x&depth=2&sector=a,b&level=national&lang=en';
    expect(decodeViewState(`#${hash}`)).toEqual(expected);
    expect(decodeViewState(hash)).toEqual(expected);
  });

  it('reads an empty hash, empty parts and an empty selection as nothing set', () => {
    expect(decodeViewState('')).toEqual({ state: {}, problems: [] });
    expect(decodeViewState('#&sel=&&layout=lanes&')).toEqual({ state: { layout: 'lanes' }, problems: [] });
  });

  it('decodes escapes, including a comma inside a list item', () => {
    expect(
      decodeViewState('#sel=a-%3Eb%23supply~2&sector=x%2Cy,%E5%85%89%E4%BC%8F&q=a%26b%3Dc%20d').state,
    ).toEqual({
      selected: 'a->b#supply~2',
      filters: { ...defaultFilters, sectors: ['x,y', '光伏'], text: 'a&b=c d' },
    });
  });

  it.each(['#layout', '#=circle', '#layout=circle&depth', '#sel=%E4', '#q=%ZZ', '#sector=a,%'])(
    'rejects the malformed %s',
    (hash) => {
      expect(decodeViewState(hash)).toEqual({ state: null, problems: ['malformed'] });
    },
  );

  it('drops unknown enum values and bad numbers, one problem code each', () => {
    const decoded = decodeViewState(
      '#layout=spiral&depth=4&level=national,gold&type=robot&mode=blink&nb=yes&deg=-1&lang=fr',
    );
    expect(decoded.state).toEqual({ filters: { ...defaultFilters, awardLevels: ['national'] } });
    expect(decoded.problems).toEqual([
      'invalid-layout',
      'invalid-depth',
      'invalid-level',
      'invalid-type',
      'invalid-mode',
      'invalid-neighbours',
      'invalid-degree',
      'invalid-lang',
    ]);
  });

  it('reports unknown and repeated keys, keeping the first value', () => {
    expect(decodeViewState('#foo=1&layout=circle&layout=lanes&__proto__=x')).toEqual({
      state: { layout: 'circle' },
      problems: ['unknown-key', 'duplicate-key'],
    });
  });

  it('drops ids the graph does not hold, when told what it holds', () => {
    const known = knownIdsOf(
      makeGraph(
        [
          makeNode({ id: 'chain-a', type: 'chain' }),
          makeNode({ id: 'e1', sectors: ['chain-a'] }),
          makeNode({ id: 'e2' }),
        ],
        [makeEdge({ source: 'e1', target: 'e2', relation: 'supply' })],
      ),
      false,
    );
    const hash = `#sel=ghost&sector=chain-a,ghost,${NO_SECTOR}&rel=supply,ghost`;
    expect(decodeViewState(hash, known)).toEqual({
      state: { filters: { ...defaultFilters, sectors: ['chain-a', NO_SECTOR], relations: ['supply'] } },
      problems: ['stale-selection', 'stale-sector', 'stale-relation'],
    });
    expect(decodeViewState('#sel=e1-%3Ee2%23supply', known).state).toEqual({ selected: 'e1->e2#supply' });
    expect(decodeViewState(hash).problems).toEqual([]);
  });
});

describe('the changes in the hash', () => {
  it('shows the changes, or only them, and writes them back the same way', () => {
    expect(encodeViewState(view({ showChanges: true }))).toBe('#changes=1&lang=en');
    const only = view({ showChanges: true, filters: { ...defaultFilters, changedOnly: true } });
    expect(encodeViewState(only)).toBe('#changes=only&lang=en');
    expect(decodeViewState('#changes=only').state).toEqual({
      showChanges: true,
      filters: { ...defaultFilters, changedOnly: true },
    });
    expect(decodeViewState('#changes=0').state).toEqual({ showChanges: false });
  });

  it('leaves the changes as they are when the link does not say, and "Changed only" off while hidden', () => {
    expect(decodeViewState('#layout=circle').state).not.toHaveProperty('showChanges');
    const hiddenButOnly = view({ showChanges: false, filters: { ...defaultFilters, changedOnly: true } });
    expect(encodeViewState(hiddenButOnly)).toBe('#lang=en');
  });

  it('says so when there is no map before the update to compare with, or the value is unknown', () => {
    const graph = makeGraph([makeNode({ id: 'a' })]);
    expect(decodeViewState('#changes=1', knownIdsOf(graph, false))).toEqual({
      state: {},
      problems: ['stale-changes'],
    });
    expect(decodeViewState('#changes=0', knownIdsOf(graph, false)).problems).toEqual([]);
    expect(decodeViewState('#changes=yes').problems).toEqual(['invalid-changes']);
  });
});

describe('knownIdsOf', () => {
  it('collects node and edge ids, sector facet values and relations', () => {
    const known = knownIdsOf(
      makeGraph(
        [
          makeNode({ id: 'c', type: 'chain' }),
          makeNode({ id: 'n', sectors: ['c', 'loose'] }),
          makeNode({ id: 'm' }),
        ],
        [makeEdge({ source: 'n', target: 'm', relation: 'custom' })],
      ),
      true,
    );
    expect(known).toEqual({
      changes: true,
      elements: new Set(['c', 'n', 'm', 'n->m#custom']),
      sectors: new Set(['c', 'loose', NO_SECTOR]),
      relations: new Set(['custom']),
    });
  });
});
