/**
 * Editing a story. Each helper returns a new story with new arrays, or the same story when the
 * change cannot apply (an index out of range, a full story), so the UI can compare by identity.
 */
import { definedFields, type StepDraft } from './apply';
import { STORY_LIMITS } from './serialise';
import type { Step, Story } from './types';

const inRange = (story: Story, index: number): boolean =>
  Number.isInteger(index) && index >= 0 && index < story.steps.length;

const withSteps = (story: Story, steps: Step[]): Story => ({ ...story, steps });

/** `wanted` when it is free; else `<wanted>-2`, `-3`, …; with nothing wanted, the first free `step-<n>`. */
const freeStepId = (steps: readonly Step[], wanted: string | undefined): string => {
  const taken = new Set(steps.map((step) => step.id));
  if (wanted && !taken.has(wanted)) return wanted;
  const [base, first] = wanted ? [wanted, 2] : ['step', 1];
  let n = first;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
};

/**
 * Appends a step, keeping step ids unique: the draft's own id if free, a fresh one otherwise.
 * A story at STORY_LIMITS.steps is returned unchanged (it could not be loaded back): disable adding there.
 */
export const addStep = (story: Story, draft: StepDraft & { id?: string }): Story => {
  if (story.steps.length >= STORY_LIMITS.steps) return story;
  return withSteps(story, [...story.steps, { ...draft, id: freeStepId(story.steps, draft.id) }]);
};

/** Moves the step at `from` so that it ends up at index `to`. */
export const moveStep = (story: Story, from: number, to: number): Story => {
  if (!inRange(story, from) || !inRange(story, to) || from === to) return story;
  const steps = [...story.steps];
  steps.splice(to, 0, ...steps.splice(from, 1));
  return withSteps(story, steps);
};

/** The id stays: it is what keeps steps apart. */
export const updateStep = (story: Story, index: number, patch: Partial<StepDraft>): Story => {
  const current = story.steps[index];
  if (!current) return story;
  return withSteps(
    story,
    story.steps.map((step, i) =>
      i === index ? { ...current, ...definedFields(patch), id: current.id } : step,
    ),
  );
};

export const deleteStep = (story: Story, index: number): Story =>
  inRange(story, index)
    ? withSteps(
        story,
        story.steps.filter((_, i) => i !== index),
      )
    : story;
