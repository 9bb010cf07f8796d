export { STORY_VERSION, stepDefaults } from './types';
export type { Story, Step, StepFilters, LocalisedText, Camera } from './types';
export { storyToJson, parseStory, STORY_PROBLEM_CODES, STORY_LIMITS } from './serialise';
export type { StoryProblem, StoryProblemCode, ParseStoryResult } from './serialise';
export { resolveStep, stepFromView } from './apply';
export type { StoryView, ResolvedStep, StepDraft } from './apply';
export { addStep, moveStep, updateStep, deleteStep } from './edit';
export { xuejiaTour } from './xuejiaTour';
export {
  overviewStory,
  OVERVIEW_STORY_ID,
  OVERVIEW_MAX_CHAINS,
  OVERVIEW_NAMED_HONOURS,
} from './overviewStory';
export type { OverviewText, OverviewTextKey, OverviewParams } from './overviewStory';
