/** Making stories and steps from what the user has on screen. */
import { addStep, stepFromView, STORY_VERSION, type LocalisedText, type Story } from '../../domain/story';
import { translate, type Lang, type MessageKey, type Params } from '../../i18n';
import { useAppStore } from '../../store';
import { BUILT_IN_STORY_IDS } from '../../store/presenterSlice';
import { REFERENCE_VIEWPORT, reframeCamera } from './camera';

/** A text in both languages, for what the app names itself (a new story, an untitled step). */
export const bothLanguages = (key: MessageKey, params?: Params): LocalisedText => ({
  zh: translate('zh', key, params),
  en: translate('en', key, params),
});

/** `wanted` when no story (the built-in ones included) has it; else `<wanted>-2`, `-3`, … */
export const freeStoryId = (stories: readonly Story[], wanted: string): string => {
  const taken = new Set([...stories.map((story) => story.id), ...BUILT_IN_STORY_IDS]);
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  return id;
};

export const newStory = (stories: readonly Story[]): Story => ({
  version: STORY_VERSION,
  id: freeStoryId(stories, 'story'),
  title: bothLanguages('stories.newStoryTitle', { n: stories.length + 1 }),
  steps: [],
});

/** An editable copy, e.g. of the built-in tour. */
export const copyOfStory = (story: Story, stories: readonly Story[]): Story => ({
  ...story,
  id: freeStoryId(stories, `${story.id}-copy`),
  title: {
    zh: translate('zh', 'stories.copyTitle', { title: story.title.zh }),
    en: translate('en', 'stories.copyTitle', { title: story.title.en }),
  },
});

/** The map's camera in a step's terms (see camera.ts); null when the map is not there. */
const currentCamera = () => {
  const { map } = useAppStore.getState();
  if (!map) return null;
  const camera = map.camera();
  const size = map.size();
  return size ? reframeCamera(camera, size, REFERENCE_VIEWPORT) : camera;
};

/**
 * The view on screen as a new last step: filters, layout, selection, depth, what a panel highlights
 * and, when `keepCamera`, the zoom and pan (otherwise the step fits what it shows on any screen).
 */
export const withCapturedStep = (
  story: Story,
  title: LocalisedText,
  caption: LocalisedText,
  keepCamera: boolean,
): Story => {
  const state = useAppStore.getState();
  const untitled = !title.zh.trim() && !title.en.trim();
  const stepTitle = untitled ? bothLanguages('stories.untitledStep', { n: story.steps.length + 1 }) : title;
  const view = {
    filters: state.filters,
    layout: state.layout,
    focus: state.selected,
    depth: state.depth,
    highlightedNodes: state.decorations?.highlightNodes ?? [],
    highlightedEdges: state.decorations?.highlightEdges ?? [],
    camera: keepCamera ? currentCamera() : null,
  };
  return addStep(story, stepFromView(view, stepTitle, caption));
};

/** The text in the UI language, or the other one when that is all the author wrote. */
export const localised = (text: LocalisedText, lang: Lang): { text: string; lang: Lang } => {
  const other = lang === 'zh' ? 'en' : 'zh';
  return text[lang].trim() || !text[other].trim()
    ? { text: text[lang], lang }
    : { text: text[other], lang: other };
};
