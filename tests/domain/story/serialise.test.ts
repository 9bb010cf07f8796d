import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AWARD_LEVELS, NODE_TYPES } from '../../../src/domain/graph/types';
import { FILTER_MODES } from '../../../src/domain/filters';
import { DEPTHS, LAYOUT_NAMES } from '../../../src/domain/layout';
import {
  parseStory,
  STORY_LIMITS,
  STORY_PROBLEM_CODES,
  storyToJson,
  type Step,
  type Story,
  type StoryProblem,
} from '../../../src/domain/story';

const fullStep = (id: string): Step => ({
  id,
  title: { zh: '合成生物', en: 'Synthetic biology' },
  caption: { zh: '说明', en: 'Caption' },
  filters: {
    sectors: ['chain-synbio'],
    awardLevels: ['national'],
    types: ['platform'],
    relations: ['service'],
    minDegree: 2,
    text: 'njnu',
    mode: 'fade',
    keepNeighbours: true,
  },
  layout: 'circle',
  focus: 'plat-njnu-synbio',
  depth: 2,
  highlightedNodes: ['plat-njnu-poc'],
  highlightedEdges: ['a->b#service'],
  camera: { zoom: 1.5, pan: { x: -20, y: 30.5 } },
});

const story = (): Story => ({
  version: 1,
  id: 'tour',
  title: { zh: '导览', en: 'Tour' },
  steps: [fullStep('one'), { ...fullStep('two'), filters: {}, focus: null, camera: null }],
});

type StoryJson = Record<string, unknown> & { steps: Record<string, unknown>[] };

/** A valid story as plain JSON data, changed by `edit` before it is written out and parsed. */
const problemsAfter = (edit: (json: StoryJson) => void): StoryProblem[] => {
  const json = JSON.parse(storyToJson(story())) as StoryJson;
  edit(json);
  const result = parseStory(JSON.stringify(json));
  expect(result.story === null).toBe(result.problems.length > 0);
  return result.problems;
};

const changeFirstStep =
  (fields: Record<string, unknown>) =>
  (json: StoryJson): void => {
    json.steps[0] = { ...json.steps[0], ...fields };
  };
const filtersOf = (json: StoryJson): Record<string, unknown> =>
  json.steps[0]?.filters as Record<string, unknown>;
const cameraOf = (json: StoryJson): Record<string, unknown> =>
  json.steps[0]?.camera as Record<string, unknown>;

describe('storyToJson and parseStory', () => {
  it('round-trip a story, pretty-printed', () => {
    const text = storyToJson(story());
    expect(text).toContain('\n  "steps": [\n');
    expect(parseStory(text)).toEqual({ story: story(), problems: [] });
  });

  it('round-trip any valid story', () => {
    const text = fc.string({ maxLength: 20 });
    const localised = fc.record({ zh: text, en: text });
    const id = fc.string({ minLength: 1, maxLength: 10 });
    const ids = fc.array(id, { maxLength: 4 });
    const coordinate = fc
      .double({ noNaN: true, noDefaultInfinity: true })
      .map((n) => (Object.is(n, -0) ? 0 : n));
    const step = fc.record({
      id,
      title: localised,
      caption: localised,
      filters: fc.record(
        {
          sectors: ids,
          awardLevels: fc.subarray([...AWARD_LEVELS]),
          types: fc.subarray([...NODE_TYPES]),
          relations: ids,
          minDegree: fc.nat(),
          text,
          mode: fc.constantFrom(...FILTER_MODES),
          keepNeighbours: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
      layout: fc.constantFrom(...LAYOUT_NAMES),
      focus: fc.option(id, { nil: null }),
      depth: fc.constantFrom(...DEPTHS),
      highlightedNodes: ids,
      highlightedEdges: ids,
      camera: fc.option(
        fc.record({
          zoom: fc.double({ min: 0.01, max: 100, noNaN: true }),
          pan: fc.record({ x: coordinate, y: coordinate }),
        }),
        { nil: null },
      ),
    });
    const stories = fc.record({
      version: fc.constant(1 as const),
      id,
      title: localised,
      steps: fc.uniqueArray(step, { maxLength: 5, selector: (candidate) => candidate.id }),
    });
    fc.assert(
      fc.property(stories, (generated) => {
        expect(parseStory(storyToJson(generated))).toEqual({ story: generated, problems: [] });
      }),
    );
  });

  it('fills in the optional step fields and ignores unknown ones', () => {
    const text = JSON.stringify({
      version: 1,
      id: 'tour',
      title: { zh: '导览', en: 'Tour', fr: 'Visite' },
      author: 'someone',
      steps: [
        {
          id: 'only',
          title: { zh: '一', en: 'One' },
          layout: 'lanes',
          notes: 'x',
          filters: { sectors: ['a'], colour: 'red' },
        },
      ],
    });
    expect(parseStory(text)).toEqual({
      story: {
        version: 1,
        id: 'tour',
        title: { zh: '导览', en: 'Tour' },
        steps: [
          {
            id: 'only',
            title: { zh: '一', en: 'One' },
            caption: { zh: '', en: '' },
            filters: { sectors: ['a'] },
            layout: 'lanes',
            focus: null,
            depth: 1,
            highlightedNodes: [],
            highlightedEdges: [],
            camera: null,
          },
        ],
      },
      problems: [],
    });
  });
});

const { stringLength, listLength, steps: maxSteps, textLength } = STORY_LIMITS;
const longString = 'x'.repeat(stringLength + 1);

const TEXT_CASES: [string, string, StoryProblem[]][] = [
  ['not JSON', '{"version": 1,', [{ path: '', code: 'invalid-json' }]],
  ['empty text', '', [{ path: '', code: 'invalid-json' }]],
  ['too much text', ' '.repeat(textLength + 1), [{ path: '', code: 'too-large', limit: textLength }]],
  ['an array at the top', '[]', [{ path: '', code: 'not-an-object' }]],
  ['null at the top', 'null', [{ path: '', code: 'not-an-object' }]],
  ['an empty object', '{}', ['version', 'id', 'title', 'steps'].map((path) => ({ path, code: 'missing' }))],
  [
    'a __proto__ key',
    '{"__proto__": {}, "version": 1, "id": "x", "title": {"zh": "", "en": ""}, "steps": []}',
    [{ path: '__proto__', code: 'forbidden-key' }],
  ],
];

const EDIT_CASES: [string, (json: StoryJson) => void, StoryProblem[]][] = [
  [
    'another version',
    (json) => (json.version = 2),
    [{ path: 'version', code: 'unsupported-version', allowed: [1] }],
  ],
  ['a numeric id', (json) => (json.id = 7), [{ path: 'id', code: 'not-a-string' }]],
  ['an empty id', (json) => (json.id = ''), [{ path: 'id', code: 'empty' }]],
  ['a title that is a string', (json) => (json.title = 'Tour'), [{ path: 'title', code: 'not-an-object' }]],
  [
    'a title without English',
    (json) => (json.title = { zh: '导览' }),
    [{ path: 'title.en', code: 'missing' }],
  ],
  [
    'steps that are an object',
    (json) => (json.steps = {} as never),
    [{ path: 'steps', code: 'not-an-array' }],
  ],
  [
    'too many steps',
    (json) =>
      (json.steps = Array.from({ length: maxSteps + 1 }, (_, i) => ({ ...json.steps[0], id: `s${i}` }))),
    [{ path: 'steps', code: 'too-many', limit: maxSteps }],
  ],
  [
    'a step that is a string',
    (json) => (json.steps[1] = 'two' as never),
    [{ path: 'steps[1]', code: 'not-an-object' }],
  ],
  [
    'a step without id, title or layout',
    (json) => (json.steps[1] = { caption: { zh: '', en: '' } }),
    ['id', 'title', 'layout'].map((field) => ({ path: `steps[1].${field}`, code: 'missing' })),
  ],
  [
    'a repeated step id',
    (json) => (json.steps[1] = { ...json.steps[1], id: 'one' }),
    [{ path: 'steps[1].id', code: 'duplicate-id' }],
  ],
  [
    'an unknown layout',
    changeFirstStep({ layout: 'spiral' }),
    [{ path: 'steps[0].layout', code: 'unknown-value', allowed: LAYOUT_NAMES }],
  ],
  [
    'depth 4',
    changeFirstStep({ depth: 4 }),
    [{ path: 'steps[0].depth', code: 'unknown-value', allowed: DEPTHS }],
  ],
  [
    'depth as text',
    changeFirstStep({ depth: '2' }),
    [{ path: 'steps[0].depth', code: 'unknown-value', allowed: DEPTHS }],
  ],
  [
    'a numeric caption',
    changeFirstStep({ caption: { zh: 1, en: 'x' } }),
    [{ path: 'steps[0].caption.zh', code: 'not-a-string' }],
  ],
  [
    'an over-long caption',
    changeFirstStep({ caption: { zh: 'x', en: longString } }),
    [{ path: 'steps[0].caption.en', code: 'too-long', limit: stringLength }],
  ],
  ['a numeric focus', changeFirstStep({ focus: 3 }), [{ path: 'steps[0].focus', code: 'not-a-string' }]],
  [
    'highlights that are not a list',
    changeFirstStep({ highlightedNodes: 'a' }),
    [{ path: 'steps[0].highlightedNodes', code: 'not-an-array' }],
  ],
  [
    'a huge highlight list',
    changeFirstStep({ highlightedEdges: Array.from({ length: listLength + 1 }, (_, i) => `e${i}`) }),
    [{ path: 'steps[0].highlightedEdges', code: 'too-many', limit: listLength }],
  ],
  [
    'a bad highlighted id',
    changeFirstStep({ highlightedNodes: ['a', null, ''] }),
    [
      { path: 'steps[0].highlightedNodes[1]', code: 'not-a-string' },
      { path: 'steps[0].highlightedNodes[2]', code: 'empty' },
    ],
  ],
  [
    'filters that are a list',
    changeFirstStep({ filters: [] }),
    [{ path: 'steps[0].filters', code: 'not-an-object' }],
  ],
  [
    'a sector that is not a list',
    (json) => (filtersOf(json).sectors = 'chain-a'),
    [{ path: 'steps[0].filters.sectors', code: 'not-an-array' }],
  ],
  [
    'an unknown award level',
    (json) => (filtersOf(json).awardLevels = ['gold']),
    [{ path: 'steps[0].filters.awardLevels[0]', code: 'unknown-value', allowed: AWARD_LEVELS }],
  ],
  [
    'an unknown node type',
    (json) => (filtersOf(json).types = ['company']),
    [{ path: 'steps[0].filters.types[0]', code: 'unknown-value', allowed: NODE_TYPES }],
  ],
  [
    'a numeric relation',
    (json) => (filtersOf(json).relations = [1]),
    [{ path: 'steps[0].filters.relations[0]', code: 'not-a-string' }],
  ],
  [
    'a negative minimum degree',
    (json) => (filtersOf(json).minDegree = -1),
    [{ path: 'steps[0].filters.minDegree', code: 'out-of-range' }],
  ],
  [
    'a minimum degree as text',
    (json) => (filtersOf(json).minDegree = '2'),
    [{ path: 'steps[0].filters.minDegree', code: 'not-a-number' }],
  ],
  [
    'a numeric search text',
    (json) => (filtersOf(json).text = 5),
    [{ path: 'steps[0].filters.text', code: 'not-a-string' }],
  ],
  [
    'an unknown filter mode',
    (json) => (filtersOf(json).mode = 'blur'),
    [{ path: 'steps[0].filters.mode', code: 'unknown-value', allowed: FILTER_MODES }],
  ],
  [
    'keepNeighbours as text',
    (json) => (filtersOf(json).keepNeighbours = 'yes'),
    [{ path: 'steps[0].filters.keepNeighbours', code: 'not-a-boolean' }],
  ],
  [
    'a camera that is text',
    changeFirstStep({ camera: 'fit' }),
    [{ path: 'steps[0].camera', code: 'not-an-object' }],
  ],
  [
    'a zero zoom',
    (json) => (cameraOf(json).zoom = 0),
    [{ path: 'steps[0].camera.zoom', code: 'out-of-range' }],
  ],
  [
    'a camera without pan',
    (json) => delete cameraOf(json).pan,
    [{ path: 'steps[0].camera.pan', code: 'missing' }],
  ],
  [
    'a pan as text',
    (json) => (cameraOf(json).pan = { x: '1', y: 2 }),
    [{ path: 'steps[0].camera.pan.x', code: 'not-a-number' }],
  ],
];

describe('parseStory problems', () => {
  it.each(TEXT_CASES)('%s', (_, text, expected) => {
    expect(parseStory(text)).toEqual({ story: null, problems: expected });
  });

  it.each(EDIT_CASES)('reports %s', (_, edit, expected) => {
    expect(problemsAfter(edit)).toEqual(expected);
  });

  it('has a case above for every problem code, so the list holds no code the UI would word in vain', () => {
    const covered = new Set(
      [...TEXT_CASES, ...EDIT_CASES].flatMap(([, , expected]) => expected.map((problem) => problem.code)),
    );
    expect([...covered].sort()).toEqual([...STORY_PROBLEM_CODES].sort());
  });

  it('reports every problem at once, in document order', () => {
    const problems = problemsAfter((json) => {
      json.id = '';
      json.steps[0] = { ...json.steps[0], layout: 'spiral', depth: 0 };
      json.steps[1] = { ...json.steps[1], title: { zh: 1, en: 2 } };
    });
    expect(problems.map((problem) => `${problem.path} ${problem.code}`)).toEqual([
      'id empty',
      'steps[0].layout unknown-value',
      'steps[0].depth unknown-value',
      'steps[1].title.zh not-a-string',
      'steps[1].title.en not-a-string',
    ]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'rejects a %s key anywhere it reads, without polluting prototypes',
    (key) => {
      const text = storyToJson(story())
        .replace('"id": "tour",', `"id": "tour", "${key}": { "polluted": true },`)
        .replace('"sectors": [', `"${key}": { "polluted": true }, "sectors": [`)
        .replace('"zoom": 1.5,', `"zoom": 1.5, "${key}": { "polluted": true },`);
      expect(parseStory(text)).toEqual({
        story: null,
        problems: [
          { path: key, code: 'forbidden-key' },
          { path: `steps[0].filters.${key}`, code: 'forbidden-key' },
          { path: `steps[0].camera.${key}`, code: 'forbidden-key' },
        ],
      });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('never throws, whatever the text', () => {
    const texts = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((value) =>
        JSON.stringify({
          version: 1,
          id: 'x',
          title: { zh: '', en: '' },
          steps: [value, { id: value, layout: value, filters: value, camera: value }],
        }),
      ),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const result = parseStory(text);
        expect(result.story === null).toBe(result.problems.length > 0);
      }),
    );
    expect(parseStory(`{"steps":${'['.repeat(100_000)}${']'.repeat(100_000)}}`).story).toBeNull();
  });
});
