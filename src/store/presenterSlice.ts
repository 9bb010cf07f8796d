import type { StateCreator } from 'zustand';
import type { Filters } from '../domain/filters';
import {
  OVERVIEW_STORY_ID,
  overviewStory,
  xuejiaTour,
  type Camera,
  type OverviewParams,
  type OverviewText,
  type OverviewTextKey,
  type Story,
} from '../domain/story';
import type { Graph } from '../domain/graph/types';
import { translate, type Lang, type MessageKey } from '../i18n';
import type { MapDecorations } from './decorationsSlice';
import type { AppState } from './index';
import type { Depth } from '../domain/layout/depth';
import type { LayoutName } from '../domain/layout';
import type { LegendHighlight } from './viewSlice';

/** What a step sets in the store; the camera is the map's, set through the map handle. */
export interface PresentedView {
  filters: Filters;
  layout: LayoutName;
  depth: Depth;
  selected: string | null;
  legendHighlight: LegendHighlight | null;
  decorations: MapDecorations | null;
}

/** The user's view before presenter mode, put back exactly on exit. */
export interface SavedView extends PresentedView {
  /** Where the user had moved the camera; null: the map's own fit, which fits again (and follows filters) on exit. */
  camera: Camera | null;
}

/** Where the user's stories stand in IndexedDB; a failure never drops the stories in memory. */
export type StoriesStorage = 'loading' | 'saved' | 'load-failed' | 'save-failed';

export interface PresenterSlice {
  presenting: boolean;
  /** The story chosen to present; null or unknown: the dataset's default (see presentedStory). */
  storyId: string | null;
  stepIndex: number;
  savedView: SavedView | null;
  /** The user's stories for the current dataset; the built-in tour is not among them. */
  stories: Story[];
  /** The IndexedDB key `stories` belong to; null until the first dataset is known. */
  storiesDataset: string | null;
  storiesStorage: StoriesStorage;
  storiesOpen: boolean;
  /** Presents the chosen story (or `storyId`) from its first step; a story without steps is not started. */
  startPresenting: (storyId?: string) => void;
  goToStep: (index: number) => void;
  nextStep: () => void;
  previousStep: () => void;
  stopPresenting: () => void;
  /** Sets a step's view in one change, so the map filters and lays out once. */
  showPresentedView: (view: PresentedView) => void;
  chooseStory: (storyId: string) => void;
  /** Adds the story, or replaces the one with its id. */
  putStory: (story: Story) => void;
  removeStory: (storyId: string) => void;
  /** The stories read for a dataset, replacing those of the one before. */
  loadedStories: (dataset: string, stories: Story[]) => void;
  setStoriesStorage: (status: StoriesStorage) => void;
  setStoriesOpen: (open: boolean) => void;
}

/** Ids no story of the user's may take: the tour of the bundled map and the overview of uploaded data. */
export const BUILT_IN_STORY_IDS: readonly string[] = [xuejiaTour.id, OVERVIEW_STORY_ID];

export const isBuiltInStory = (storyId: string): boolean => BUILT_IN_STORY_IDS.includes(storyId);

/** A caption of the overview in one language; lists of names joined as that language writes them. */
const wordsIn = (lang: Lang, key: OverviewTextKey, params: OverviewParams): string =>
  translate(
    lang,
    `overview.${key}` satisfies MessageKey,
    Object.fromEntries(
      Object.entries(params).map(([name, value]) => [
        name,
        typeof value === 'object' ? value.join(lang === 'zh' ? '、' : ', ') : value,
      ]),
    ),
  );
const overviewText: OverviewText = (key, params) => ({
  zh: wordsIn('zh', key, params),
  en: wordsIn('en', key, params),
});

// Cached by graph identity: the story is asked for on every store change (canPresent).
// Lists are kept too, so selectors comparing them shallowly see no change.
let overviewCache: { graph: Graph; stories: readonly Story[] } | null = null;
const overviewOf = (graph: Graph): readonly Story[] => {
  if (overviewCache?.graph !== graph)
    overviewCache = { graph, stories: [overviewStory(graph, overviewText)] };
  return overviewCache.stories;
};
const TOUR: readonly Story[] = [xuejiaTour];

/**
 * The stories that come with the data: the tour of Xuejia on the bundled map only; on uploaded data
 * an overview made from the data itself (the map, each chain, the honoured).
 */
export const builtInStoriesOf = (state: Pick<AppState, 'origin' | 'graph'>): readonly Story[] =>
  state.origin.kind === 'bundled' ? TOUR : overviewOf(state.graph);

/**
 * The story presenter mode plays: the chosen one while it exists; otherwise the built-in tour on the
 * bundled map, and the user's first story (or the data's overview) on uploaded data.
 */
export const presentedStory = (state: Pick<AppState, 'storyId' | 'stories' | 'origin' | 'graph'>): Story => {
  const builtIn = builtInStoriesOf(state);
  const chosen = [...state.stories, ...builtIn].find((story) => story.id === state.storyId);
  if (chosen) return chosen;
  return (state.origin.kind === 'bundled' ? undefined : state.stories[0]) ?? builtIn[0] ?? xuejiaTour;
};

/**
 * Whether presenter mode has steps to play, as `presentedStory` would choose, without making the
 * data's overview: it always has its first step (the map), and on a big map making it on every new
 * graph cost Apply tens of milliseconds. It is made when the Stories panel or presenter mode opens.
 */
export const hasStepsToPresent = (
  state: Pick<AppState, 'storyId' | 'stories' | 'origin' | 'graph'>,
): boolean => {
  if (state.graph.nodes.length === 0) return false;
  if (state.origin.kind === 'bundled') return presentedStory(state).steps.length > 0;
  const story =
    state.stories.find((candidate) => candidate.id === state.storyId) ??
    (state.storyId === OVERVIEW_STORY_ID ? undefined : state.stories[0]);
  return story ? story.steps.length > 0 : true;
};

const viewOf = (state: AppState): PresentedView => ({
  filters: state.filters,
  layout: state.layout,
  depth: state.depth,
  selected: state.selected,
  legendHighlight: state.legendHighlight,
  decorations: state.decorations,
});

export const createPresenterSlice: StateCreator<AppState, [], [], PresenterSlice> = (set, get) => {
  const clampedStep = (index: number): number => {
    const last = presentedStory(get()).steps.length - 1;
    return Math.max(0, Math.min(last, Math.trunc(index)));
  };
  return {
    presenting: false,
    storyId: null,
    stepIndex: 0,
    savedView: null,
    stories: [],
    storiesDataset: null,
    storiesStorage: 'loading',
    storiesOpen: false,
    startPresenting: (storyId) => {
      const state = get();
      const story = presentedStory({ ...state, storyId: storyId ?? state.storyId });
      if (state.presenting || story.steps.length === 0 || state.graph.nodes.length === 0) return;
      set({
        presenting: true,
        storyId: story.id,
        stepIndex: 0,
        storiesOpen: false,
        keySheetOpen: false,
        savedView: { ...viewOf(state), camera: state.map?.movedCamera() ?? null },
      });
    },
    goToStep: (index) => {
      if (get().presenting) set({ stepIndex: clampedStep(index) });
    },
    nextStep: () => get().goToStep(get().stepIndex + 1),
    previousStep: () => get().goToStep(get().stepIndex - 1),
    stopPresenting: () => {
      // Both are set together by startPresenting.
      const { presenting, savedView } = get();
      if (!presenting || !savedView) return;
      const { camera, ...view } = savedView;
      set({ ...view, presenting: false, stepIndex: 0, savedView: null });
      // After the set: the map has started any layout change, and the saved camera overrides its fit.
      // The map's own fit jumps: its room is still the presenter's, and it follows the resize to come.
      get().map?.setCamera(camera, camera !== null);
    },
    showPresentedView: (view) => set(view),
    chooseStory: (storyId) => set({ storyId }),
    putStory: (story) =>
      set((state) => ({
        stories: state.stories.some((candidate) => candidate.id === story.id)
          ? state.stories.map((candidate) => (candidate.id === story.id ? story : candidate))
          : [...state.stories, story],
      })),
    removeStory: (storyId) =>
      set((state) => ({ stories: state.stories.filter((story) => story.id !== storyId) })),
    loadedStories: (dataset, stories) => set({ storiesDataset: dataset, stories }),
    setStoriesStorage: (storiesStorage) => set({ storiesStorage }),
    setStoriesOpen: (storiesOpen) => set({ storiesOpen }),
  };
};
