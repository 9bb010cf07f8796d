/**
 * Keeps the user's stories in IndexedDB with their dataset: read when the dataset changes, written
 * shortly after each edit. A failure is shown by the Stories panel; the stories in memory stay.
 */
import { useEffect } from 'react';
import type { Story } from '../../domain/story';
import { loadStories, saveStories } from '../../io/storyStore';
import { useAppStore } from '../../store';
import { storiesDatasetKey } from './storyDataset';

/** Typing into a caption edits the story on every key; one write per pause is enough. */
const SAVE_DELAY_MS = 400;

const save = (dataset: string, stories: readonly Story[]): void => {
  saveStories(dataset, stories).then(
    () => useAppStore.getState().setStoriesStorage('saved'),
    () => useAppStore.getState().setStoriesStorage('save-failed'),
  );
};

/** Saves edits after a pause; a pending save is written at once when the dataset changes or the page goes. */
const followEdits = (): (() => void) => {
  let pending: { dataset: string; stories: readonly Story[]; timer: ReturnType<typeof setTimeout> } | null =
    null;
  const flush = () => {
    if (!pending) return;
    clearTimeout(pending.timer);
    save(pending.dataset, pending.stories);
    pending = null;
  };
  const unsubscribe = useAppStore.subscribe((state, before) => {
    if (state.storiesDataset !== before.storiesDataset) flush();
    // Loading sets the dataset and its stories together; only an edit changes the stories alone.
    else if (state.stories !== before.stories && state.storiesDataset !== null) {
      if (pending) clearTimeout(pending.timer);
      pending = {
        dataset: state.storiesDataset,
        stories: state.stories,
        timer: setTimeout(flush, SAVE_DELAY_MS),
      };
    }
  });
  window.addEventListener('pagehide', flush);
  return () => {
    flush();
    unsubscribe();
    window.removeEventListener('pagehide', flush);
  };
};

export const useStoryStorage = (): void => {
  const origin = useAppStore((state) => state.origin);
  useEffect(followEdits, []);
  useEffect(() => {
    const dataset = storiesDatasetKey(origin);
    const store = useAppStore.getState();
    if (dataset === store.storiesDataset) return;
    let current = true;
    store.setStoriesStorage('loading');
    loadStories(dataset).then(
      (stories) => {
        if (!current) return;
        useAppStore.getState().loadedStories(dataset, stories);
        useAppStore.getState().setStoriesStorage('saved');
      },
      () => {
        if (!current) return;
        useAppStore.getState().loadedStories(dataset, []);
        useAppStore.getState().setStoriesStorage('load-failed');
      },
    );
    return () => {
      current = false;
    };
  }, [origin]);
};
