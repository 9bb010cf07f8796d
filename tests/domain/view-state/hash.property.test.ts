import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILTER_MODES, NO_SECTOR, type Filters } from '../../../src/domain/filters';
import { AWARD_LEVELS, NODE_TYPES } from '../../../src/domain/graph/types';
import { DEPTHS, LAYOUT_NAMES } from '../../../src/domain/layout';
import {
  decodeViewState,
  defaultViewState,
  encodeViewState,
  LANGS,
  type KnownIds,
  type ViewState,
} from '../../../src/domain/view-state';

/** Any well-formed text, including the characters the hash syntax uses itself. */
const text = fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^[&=,#%+ a-z]*$/));
const id = text.filter((value) => value !== '');

const filters: fc.Arbitrary<Filters> = fc.record({
  sectors: fc.uniqueArray(fc.oneof(id, fc.constant(NO_SECTOR))),
  awardLevels: fc.subarray([...AWARD_LEVELS]),
  types: fc.subarray([...NODE_TYPES]),
  relations: fc.uniqueArray(id),
  minDegree: fc.nat(),
  text,
  mode: fc.constantFrom(...FILTER_MODES),
  keepNeighbours: fc.boolean(),
  changedOnly: fc.boolean(),
});

const viewState: fc.Arbitrary<ViewState> = fc
  .record({
    filters,
    selected: fc.option(id, { nil: null }),
    layout: fc.constantFrom(...LAYOUT_NAMES),
    depth: fc.constantFrom(...DEPTHS),
    lang: fc.constantFrom(...LANGS),
    showChanges: fc.boolean(),
  })
  // "Changed only" is never on while the changes are hidden (the store sees to it).
  .map((state) => ({
    ...state,
    filters: { ...state.filters, changedOnly: state.showChanges && state.filters.changedOnly },
  }));

const knownIn = (state: ViewState): KnownIds => ({
  elements: new Set(state.selected === null ? [] : [state.selected]),
  sectors: new Set(state.filters.sectors),
  relations: new Set(state.filters.relations),
  changes: true,
});

/** Near-misses of real hashes, which reach the parsing paths that random text rarely does. */
const hashLike = fc
  .array(
    fc.constantFrom(
      ...['layout', 'sel', 'depth', 'sector', 'level', 'deg', 'nb', 'q', 'lang', '__proto__'],
      ...['=', '&', ',', '#', '%', '%E4', '%2C', '%ZZ', 'circle', '2', 'national', '1'],
    ),
  )
  .map((parts) => parts.join(''));

describe('view state in the URL hash', () => {
  it('decodes what it encodes, without problems, for any valid state', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const decoded = decodeViewState(encodeViewState(state), knownIn(state));
        expect(decoded.problems).toEqual([]);
        // Left out, the changes stay as they are: here, hidden.
        expect({ ...defaultViewState, showChanges: false, ...decoded.state }).toEqual(state);
      }),
    );
  });

  it('never throws, whatever the text, and returns a state or the malformed code', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary-ascii' }), hashLike),
        (hash) => {
          const decoded = decodeViewState(
            hash,
            knownIn({ ...defaultViewState, lang: 'en', showChanges: false }),
          );
          expect(decoded.state === null).toBe(decoded.problems.includes('malformed'));
        },
      ),
    );
  });
});
