import { describe, expect, it } from 'vitest';
import {
  addStep,
  deleteStep,
  moveStep,
  STORY_LIMITS,
  stepDefaults,
  updateStep,
  type Step,
  type StepDraft,
  type Story,
} from '../../../src/domain/story';

const draft = (): StepDraft => ({
  title: { zh: '标题', en: 'Title' },
  caption: { zh: '', en: '' },
  ...stepDefaults(),
});
const step = (id: string): Step => ({ id, ...draft() });

const story = (...ids: string[]): Story => ({
  version: 1,
  id: 'tour',
  title: { zh: '导览', en: 'Tour' },
  steps: ids.map(step),
});
const idsOf = (edited: Story): string[] => edited.steps.map((candidate) => candidate.id);

describe('addStep', () => {
  it('appends a step in a new story, leaving the old one as it was', () => {
    const before = story('a');
    const after = addStep(before, { ...draft(), id: 'b' });
    expect(idsOf(after)).toEqual(['a', 'b']);
    expect(idsOf(before)).toEqual(['a']);
    expect(after.steps).not.toBe(before.steps);
  });

  it('gives a draft without an id, or with a taken one, a free id', () => {
    const withIds = addStep(addStep(story('step-1'), draft()), { ...draft(), id: 'step-1' });
    expect(idsOf(withIds)).toEqual(['step-1', 'step-2', 'step-1-2']);
    expect(idsOf(addStep(story('a', 'a-2'), { ...draft(), id: 'a' }))).toEqual(['a', 'a-2', 'a-3']);
  });

  it('leaves a full story unchanged', () => {
    const full = story(...Array.from({ length: STORY_LIMITS.steps }, (_, i) => `s${i}`));
    expect(addStep(full, draft())).toBe(full);
  });
});

describe('moveStep', () => {
  it.each([
    [0, 2, ['b', 'c', 'a', 'd']],
    [3, 0, ['d', 'a', 'b', 'c']],
    [1, 2, ['a', 'c', 'b', 'd']],
  ])('moves the step at %i to %i', (from, to, expected) => {
    const before = story('a', 'b', 'c', 'd');
    expect(idsOf(moveStep(before, from, to))).toEqual(expected);
    expect(idsOf(before)).toEqual(['a', 'b', 'c', 'd']);
  });

  it.each([
    [0, 0],
    [-1, 0],
    [0, 4],
    [1.5, 0],
  ])('leaves the story unchanged for %s → %s', (from, to) => {
    const before = story('a', 'b', 'c', 'd');
    expect(moveStep(before, from, to)).toBe(before);
  });
});

describe('updateStep', () => {
  it('patches one step and keeps its id', () => {
    const before = story('a', 'b');
    const after = updateStep(before, 1, {
      layout: 'lanes',
      title: { zh: '新', en: 'New' },
      ...({ id: 'x' } as object),
    });
    expect(after.steps[1]).toEqual({ ...step('b'), layout: 'lanes', title: { zh: '新', en: 'New' } });
    expect(after.steps[0]).toBe(before.steps[0]);
    expect(before.steps[1]).toEqual(step('b'));
  });

  it('ignores fields given as undefined', () => {
    expect(updateStep(story('a'), 0, { layout: undefined }).steps[0]).toEqual(step('a'));
  });

  it.each([-1, 1, 0.5])('leaves the story unchanged for index %s', (index) => {
    const before = story('a');
    expect(updateStep(before, index, { layout: 'lanes' })).toBe(before);
  });
});

describe('deleteStep', () => {
  it('removes one step', () => {
    const before = story('a', 'b', 'c');
    expect(idsOf(deleteStep(before, 1))).toEqual(['a', 'c']);
    expect(idsOf(before)).toEqual(['a', 'b', 'c']);
  });

  it.each([-1, 3, 0.5])('leaves the story unchanged for index %s', (index) => {
    const before = story('a', 'b', 'c');
    expect(deleteStep(before, index)).toBe(before);
  });
});
