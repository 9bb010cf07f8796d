/** Stories as JSON files: download one, read one back with every problem named. */
import {
  parseStory,
  storyToJson,
  STORY_LIMITS,
  type ParseStoryResult,
  type Story,
  type StoryProblem,
} from '../../domain/story';
import { downloadText } from '../../io/download';
import type { Translator } from '../../store/i18n';

/** Story ids are free text; a file name keeps only the characters every system accepts. */
const fileNameOf = (story: Story): string => `${story.id.replace(/[^\w.-]+/g, '-') || 'story'}.story.json`;

export const exportStory = (story: Story): void =>
  downloadText(storyToJson(story), fileNameOf(story), 'application/json');

/** Rejects only when the file cannot be read at all; a bad file resolves with its problems. */
export const readStoryFile = async (file: File): Promise<ParseStoryResult> => {
  // UTF-8 takes at most 4 bytes a character: a bigger file cannot be within the limit, so it is not read.
  if (file.size > STORY_LIMITS.textLength * 4)
    return { story: null, problems: [{ path: '', code: 'too-large', limit: STORY_LIMITS.textLength }] };
  return parseStory(await file.text());
};

export const describeStoryProblem = ({ t }: Translator, problem: StoryProblem): string => {
  const message = t(`stories.problem.${problem.code}`, {
    limit: problem.limit ?? '',
    allowed: (problem.allowed ?? []).join(', '),
  });
  return problem.path === '' ? message : t('stories.problemAt', { path: problem.path, message });
};
