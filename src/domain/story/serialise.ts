/**
 * Stories as JSON files. A story file comes from anywhere, so parsing checks every field by hand,
 * reports each problem with its path, and never throws.
 */
import { FILTER_MODES, type Filters } from '../filters/filters';
import { AWARD_LEVELS, NODE_TYPES } from '../graph/types';
import { DEPTHS } from '../layout/depth';
import { LAYOUT_NAMES } from '../layout/registry';
import {
  STORY_VERSION,
  stepDefaults,
  type Camera,
  type LocalisedText,
  type Step,
  type StepFilters,
  type Story,
} from './types';

export const STORY_LIMITS = {
  /** Characters of JSON text; checked before parsing. */
  textLength: 5_000_000,
  steps: 200,
  stringLength: 2000,
  /** Items in any one list (highlighted ids, filter values). */
  listLength: 5000,
} as const;

/** Every code parseStory reports; the UI words each one in its language. */
export const STORY_PROBLEM_CODES = [
  'too-large',
  'invalid-json',
  'unsupported-version',
  'missing',
  'not-an-object',
  'not-an-array',
  'not-a-string',
  'not-a-number',
  'not-a-boolean',
  'unknown-value',
  'out-of-range',
  'empty',
  'too-long',
  'too-many',
  'duplicate-id',
  'forbidden-key',
] as const;
export type StoryProblemCode = (typeof STORY_PROBLEM_CODES)[number];

export interface StoryProblem {
  /** Where, as in `steps[2].layout`; '' for the file as a whole. */
  path: string;
  code: StoryProblemCode;
  /** For `too-large`, `too-long` and `too-many`: the limit exceeded. */
  limit?: number;
  /** For `unknown-value` and `unsupported-version`: the values accepted. */
  allowed?: readonly (string | number)[];
}

export interface ParseStoryResult {
  /** Null whenever there is a problem: a story is loaded whole or not at all. */
  story: Story | null;
  problems: StoryProblem[];
}

export const storyToJson = (story: Story): string => `${JSON.stringify(story, null, 2)}\n`;

/** Keys that could reach an object's prototype if some later code copied the object naively. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A fresh object each time: a default that ends up in a story must not be shared between stories. */
const noText = (): LocalisedText => ({ zh: '', en: '' });

type JsonRecord = Record<string, unknown>;
type Read<T> = (value: unknown, path: string) => T;

const fieldPath = (parent: string, key: string): string => (parent === '' ? key : `${parent}.${key}`);

/**
 * Each reader reports what is wrong and returns a placeholder of the right type, so reading goes on
 * and every problem is found in one pass; the result is discarded when anything was reported.
 */
class StoryReader {
  readonly problems: StoryProblem[] = [];

  private report(problem: StoryProblem): void {
    this.problems.push(problem);
  }

  object(value: unknown, path: string): JsonRecord | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.report({ path, code: 'not-an-object' });
      return null;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) this.report({ path: fieldPath(path, key), code: 'forbidden-key' });
    }
    return value as JsonRecord;
  }

  required<T>(record: JsonRecord, parent: string, key: string, read: Read<T>, placeholder: T): T {
    if (Object.hasOwn(record, key)) return read(record[key], fieldPath(parent, key));
    this.report({ path: fieldPath(parent, key), code: 'missing' });
    return placeholder;
  }

  optional<T>(record: JsonRecord, parent: string, key: string, read: Read<T>, absent: T): T {
    return Object.hasOwn(record, key) ? read(record[key], fieldPath(parent, key)) : absent;
  }

  string: Read<string> = (value, path) => {
    if (typeof value !== 'string') {
      this.report({ path, code: 'not-a-string' });
      return '';
    }
    if (value.length > STORY_LIMITS.stringLength)
      this.report({ path, code: 'too-long', limit: STORY_LIMITS.stringLength });
    return value;
  };

  id: Read<string> = (value, path) => {
    const id = this.string(value, path);
    if (value === '') this.report({ path, code: 'empty' });
    return id;
  };

  nullableId: Read<string | null> = (value, path) => (value === null ? null : this.id(value, path));

  boolean: Read<boolean> = (value, path) => {
    if (typeof value === 'boolean') return value;
    this.report({ path, code: 'not-a-boolean' });
    return false;
  };

  number(value: unknown, path: string, inRange: (value: number) => boolean = () => true): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.report({ path, code: 'not-a-number' });
      return 0;
    }
    if (!inRange(value)) this.report({ path, code: 'out-of-range' });
    return value;
  }

  coordinate: Read<number> = (value, path) => this.number(value, path);

  oneOf<T extends string | number>(value: unknown, path: string, allowed: readonly T[]): T {
    const match = allowed.find((candidate) => candidate === value);
    if (match !== undefined) return match;
    this.report({ path, code: 'unknown-value', allowed });
    return allowed[0] as T;
  }

  list<T>(value: unknown, path: string, readItem: Read<T>): T[] {
    if (!Array.isArray(value)) {
      this.report({ path, code: 'not-an-array' });
      return [];
    }
    if (value.length > STORY_LIMITS.listLength) {
      this.report({ path, code: 'too-many', limit: STORY_LIMITS.listLength });
      return [];
    }
    return value.map((item, i) => readItem(item, `${path}[${i}]`));
  }

  localisedText: Read<LocalisedText> = (value, path) => {
    const record = this.object(value, path);
    if (!record) return noText();
    return {
      zh: this.required(record, path, 'zh', this.string, ''),
      en: this.required(record, path, 'en', this.string, ''),
    };
  };

  camera: Read<Camera | null> = (value, path) => {
    if (value === null) return null;
    const record = this.object(value, path);
    if (!record) return null;
    return {
      zoom: this.required(
        record,
        path,
        'zoom',
        (zoom, zoomPath) => this.number(zoom, zoomPath, (n) => n > 0),
        1,
      ),
      pan: this.required(record, path, 'pan', this.point, { x: 0, y: 0 }),
    };
  };

  private point: Read<Camera['pan']> = (value, path) => {
    const record = this.object(value, path);
    if (!record) return { x: 0, y: 0 };
    return {
      x: this.required(record, path, 'x', this.coordinate, 0),
      y: this.required(record, path, 'y', this.coordinate, 0),
    };
  };

  filters: Read<StepFilters> = (value, path) => {
    const record = this.object(value, path);
    const filters: StepFilters = {};
    if (!record) return filters;
    const readField = <K extends keyof Filters>(key: K): void => {
      if (Object.hasOwn(record, key))
        filters[key] = FILTER_READERS[key](this, record[key], fieldPath(path, key));
    };
    (Object.keys(FILTER_READERS) as (keyof Filters)[]).forEach(readField);
    return filters;
  };

  step: Read<Step> = (value, path) => {
    const record = this.object(value, path);
    if (!record) return PLACEHOLDER_STEP;
    const ids: Read<string[]> = (list, listPath) => this.list(list, listPath, this.id);
    return {
      id: this.required(record, path, 'id', this.id, ''),
      title: this.required(record, path, 'title', this.localisedText, noText()),
      caption: this.optional(record, path, 'caption', this.localisedText, noText()),
      filters: this.optional(record, path, 'filters', this.filters, {}),
      layout: this.required(
        record,
        path,
        'layout',
        (layout, layoutPath) => this.oneOf(layout, layoutPath, LAYOUT_NAMES),
        'overview',
      ),
      focus: this.optional(record, path, 'focus', this.nullableId, null),
      depth: this.optional(
        record,
        path,
        'depth',
        (depth, depthPath) => this.oneOf(depth, depthPath, DEPTHS),
        1,
      ),
      highlightedNodes: this.optional(record, path, 'highlightedNodes', ids, []),
      highlightedEdges: this.optional(record, path, 'highlightedEdges', ids, []),
      camera: this.optional(record, path, 'camera', this.camera, null),
    };
  };

  steps: Read<Step[]> = (value, path) => {
    if (Array.isArray(value) && value.length > STORY_LIMITS.steps) {
      this.report({ path, code: 'too-many', limit: STORY_LIMITS.steps });
      return [];
    }
    const steps = this.list(value, path, this.step);
    const seen = new Set<string>();
    steps.forEach((step, i) => {
      if (step.id !== '' && seen.has(step.id))
        this.report({ path: `${path}[${i}].id`, code: 'duplicate-id' });
      seen.add(step.id);
    });
    return steps;
  };

  version: Read<Story['version']> = (value, path) => {
    if (value !== STORY_VERSION) this.report({ path, code: 'unsupported-version', allowed: [STORY_VERSION] });
    return STORY_VERSION;
  };

  story: Read<Story> = (value, path) => {
    const record = this.object(value, path);
    if (!record) return { version: STORY_VERSION, id: '', title: noText(), steps: [] };
    return {
      version: this.required(record, path, 'version', this.version, STORY_VERSION),
      id: this.required(record, path, 'id', this.id, ''),
      title: this.required(record, path, 'title', this.localisedText, noText()),
      steps: this.required(record, path, 'steps', this.steps, []),
    };
  };
}

/** One reader per Filters field: a field added to Filters must be added here too, or this fails to compile. */
const FILTER_READERS: {
  [K in keyof Filters]: (reader: StoryReader, value: unknown, path: string) => Filters[K];
} = {
  sectors: (reader, value, path) => reader.list(value, path, reader.id),
  awardLevels: (reader, value, path) =>
    reader.list(value, path, (item, itemPath) => reader.oneOf(item, itemPath, AWARD_LEVELS)),
  types: (reader, value, path) =>
    reader.list(value, path, (item, itemPath) => reader.oneOf(item, itemPath, NODE_TYPES)),
  relations: (reader, value, path) => reader.list(value, path, reader.id),
  minDegree: (reader, value, path) => reader.number(value, path, (n) => n >= 0),
  text: (reader, value, path) => reader.string(value, path),
  mode: (reader, value, path) => reader.oneOf(value, path, FILTER_MODES),
  keepNeighbours: (reader, value, path) => reader.boolean(value, path),
  changedOnly: (reader, value, path) => reader.boolean(value, path),
};

const PLACEHOLDER_STEP: Step = { id: '', title: noText(), caption: noText(), ...stepDefaults() };

export const parseStory = (text: string): ParseStoryResult => {
  if (text.length > STORY_LIMITS.textLength) {
    return { story: null, problems: [{ path: '', code: 'too-large', limit: STORY_LIMITS.textLength }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { story: null, problems: [{ path: '', code: 'invalid-json' }] };
  }
  const reader = new StoryReader();
  const story = reader.story(json, '');
  return { story: reader.problems.length === 0 ? story : null, problems: reader.problems };
};
