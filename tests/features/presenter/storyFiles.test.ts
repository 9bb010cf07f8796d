import { describe, expect, it } from 'vitest';
import { STORY_LIMITS, storyToJson, xuejiaTour } from '../../../src/domain/story';
import {
  describeStoryProblem,
  displayPath,
  readStoryFile,
  sameStoryAs,
  storyFileName,
} from '../../../src/features/presenter/storyFiles';
import { translate } from '../../../src/i18n';
import type { Translator } from '../../../src/store/i18n';

const translator = (lang: 'en' | 'zh'): Translator => ({
  lang,
  t: (key, params) => translate(lang, key, params),
  value: (_prefix, value) => value,
});

describe('story files', () => {
  it('reads a story back from its exported file', async () => {
    const result = await readStoryFile(new File([storyToJson(xuejiaTour)], 'tour.story.json'));
    expect(result).toEqual({ story: xuejiaTour, problems: [] });
  });

  it('names every problem of a bad file with its path (counted from 1, like the list of steps), in the UI language', async () => {
    const bad = { ...JSON.parse(storyToJson(xuejiaTour)), version: 9 };
    bad.steps[2].layout = 'spiral';
    const { story, problems } = await readStoryFile(new File([JSON.stringify(bad)], 'bad.json'));
    expect(story).toBeNull();
    expect(problems.map((problem) => describeStoryProblem(translator('en'), problem))).toEqual([
      'version: unsupported story version (supported: 1)',
      'steps[3].layout: unknown value (expected one of: overview, circle, lanes, preset)',
    ]);
    expect(describeStoryProblem(translator('zh'), problems[1] ?? { path: '', code: 'empty' })).toBe(
      'steps[3].layout：未知取值（应为其中之一：overview, circle, lanes, preset）',
    );
  });

  it('says the whole file is wrong without a path, and does not read a file that cannot be within the limit', async () => {
    const notJson = await readStoryFile(new File(['{'], 'x.json'));
    expect(notJson.problems.map((problem) => describeStoryProblem(translator('en'), problem))).toEqual([
      'the file is not JSON',
    ]);
    const huge = {
      size: STORY_LIMITS.textLength * 4 + 1,
      text: () => Promise.reject(new Error('must not be read')),
    } as unknown as File;
    expect((await readStoryFile(huge)).problems).toEqual([
      { path: '', code: 'too-large', limit: STORY_LIMITS.textLength },
    ]);
  });
});

describe('story files as a person reads them', () => {
  it('counts problem paths from 1, as the list of steps does', () => {
    expect(displayPath('steps[0].layout')).toBe('steps[1].layout');
    expect(displayPath('steps[9].highlightedNodes[0]')).toBe('steps[10].highlightedNodes[1]');
    expect(displayPath('version')).toBe('version');
  });

  it('knows the same story under another id, and not a changed one', () => {
    const twin = { ...xuejiaTour, id: 'xuejia-2024-2' };
    expect(sameStoryAs(xuejiaTour, [twin])).toBe(twin);
    const edited = { ...twin, title: { ...twin.title, en: 'Edited' } };
    expect(sameStoryAs(xuejiaTour, [edited])).toBeUndefined();
  });

  it('names the file after the story, not story.story.json', () => {
    expect(storyFileName(xuejiaTour, 'zh')).toBe('薛家产业链图谱导览.story.json');
    expect(storyFileName({ ...xuejiaTour, title: { zh: '', en: 'Two chains / 2024' } }, 'zh')).toBe(
      'Two-chains-2024.story.json',
    );
    expect(storyFileName(xuejiaTour, 'en')).toBe('A-tour-of-the-Xuejia-industry-chain-map.story.json');
  });

  it('names an untitled story after its first titled step, else "untitled story"', () => {
    const untitled = { ...xuejiaTour, id: 'story', title: { zh: '', en: ' / ' } };
    expect(storyFileName(untitled, 'en')).toBe('Xuejia-at-a-glance.story.json');
    expect(storyFileName({ ...untitled, steps: [] }, 'zh')).toBe('未命名故事.story.json');
    expect(storyFileName({ ...untitled, steps: [] }, 'en')).toBe('untitled-story.story.json');
  });
});
