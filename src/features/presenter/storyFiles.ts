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
import { translate, type Lang } from '../../i18n';

/**
 * Named after the story's title (`东方牙谷.story.json`), else its first titled step, else "untitled
 * story" in the user's language — never its id (`story.story.json`). A file name keeps letters of
 * any script, digits, `.`, `_` and `-`, which every system accepts.
 */
export const storyFileName = (story: Story, lang: Lang): string => {
  const other = lang === 'zh' ? 'en' : 'zh';
  const titles = [story.title, ...story.steps.map((step) => step.title)];
  const title =
    titles.map((text) => text[lang] || text[other]).find((text) => /[\p{L}\p{N}]/u.test(text)) ?? '';
  const name = title.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '');
  return `${name || translate(lang, 'stories.untitledFile')}.story.json`;
};

export const exportStory = (story: Story, lang: Lang): void =>
  downloadText(storyToJson(story), storyFileName(story, lang), 'application/json');

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
  return problem.path === '' ? message : t('stories.problemAt', { path: displayPath(problem.path), message });
};

/** A problem's path as the Stories list counts: from 1 (`steps[0]` is the list's step 1). */
export const displayPath = (path: string): string =>
  path.replace(/\[(\d+)\]/g, (_, index: string) => `[${Number(index) + 1}]`);

/** The same story already there, whatever its id: importing a file twice must not add it twice. */
export const sameStoryAs = (story: Story, stories: readonly Story[]): Story | undefined => {
  const content = storyToJson({ ...story, id: '' });
  return stories.find((candidate) => storyToJson({ ...candidate, id: '' }) === content);
};
