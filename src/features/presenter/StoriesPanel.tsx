import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Story, StoryProblem } from '../../domain/story';
import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';
import { builtInStoriesOf, isBuiltInStory, presentedStory } from '../../store/presenterSlice';
import { xuejiaTour } from '../../domain/story';
import { copyOfStory, freeStoryId, localised, newStory } from './storyEditing';
import { describeStoryProblem, exportStory, readStoryFile, sameStoryAs } from './storyFiles';
import { StoryEditor } from './StoryEditor';

type ImportOutcome =
  | { kind: 'imported'; title: string }
  | { kind: 'already-here'; title: string }
  | { kind: 'rejected'; problems: StoryProblem[] }
  | { kind: 'unreadable' };

function StorageMessage() {
  const { t } = useT();
  const storage = useAppStore((state) => state.storiesStorage);
  if (storage === 'load-failed' || storage === 'save-failed') {
    return (
      <p role="alert" className="presenter-stories-problem">
        {t(storage === 'load-failed' ? 'stories.loadFailed' : 'stories.saveFailed')}
      </p>
    );
  }
  return (
    <p className="presenter-stories-hint">
      {t(storage === 'loading' ? 'stories.loading' : 'stories.savedWithDataset')}
    </p>
  );
}

function ImportMessage({ outcome }: { outcome: ImportOutcome }) {
  const translator = useT();
  const { t } = translator;
  if (outcome.kind === 'imported' || outcome.kind === 'already-here')
    return (
      <p className="presenter-stories-hint" aria-live="polite">
        {t(outcome.kind === 'imported' ? 'stories.imported' : 'stories.alreadyHere', {
          title: outcome.title,
        })}
      </p>
    );
  return (
    <div role="alert" className="presenter-stories-problem">
      <p>{t(outcome.kind === 'unreadable' ? 'stories.unreadable' : 'stories.rejected')}</p>
      {outcome.kind === 'rejected' && (
        <ul>
          {outcome.problems.map((problem, index) => (
            <li key={index}>{describeStoryProblem(translator, problem)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

const countKey = (storyId: string) =>
  storyId === xuejiaTour.id
    ? 'stories.builtInCount'
    : isBuiltInStory(storyId)
      ? 'stories.automaticCount'
      : 'stories.stepCount';

/** Authoring outside presenter mode: pick, make, import, export and edit stories; the map stays usable. */
function Panel() {
  const { t, lang } = useT();
  const importId = useId();
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const { stories, chosen, builtInStories, uploaded } = useAppStore(
    useShallow((state) => ({
      stories: state.stories,
      chosen: presentedStory(state),
      builtInStories: builtInStoriesOf(state),
      uploaded: state.origin.kind === 'upload',
    })),
  );
  const { chooseStory, putStory, removeStory, startPresenting, setStoriesOpen } = useAppStore.getState();
  const builtIn = isBuiltInStory(chosen.id);
  const chosenTitle = localised(chosen.title, lang).text;

  const add = (story: Story) => {
    putStory(story);
    chooseStory(story.id);
  };
  const importFile = async (file: File) => {
    try {
      const { story, problems } = await readStoryFile(file);
      if (!story) {
        setOutcome({ kind: 'rejected', problems });
        return;
      }
      const current = useAppStore.getState().stories;
      const title = localised(story.title, lang).text;
      // The same file twice: choose the story already here rather than add a twin.
      const twin = sameStoryAs(story, current);
      if (twin) {
        chooseStory(twin.id);
        setOutcome({ kind: 'already-here', title });
        return;
      }
      add({ ...story, id: freeStoryId(current, story.id) });
      setOutcome({ kind: 'imported', title });
    } catch {
      setOutcome({ kind: 'unreadable' });
    }
  };
  const remove = () => {
    if (window.confirm(t('stories.confirmDelete', { title: chosenTitle }))) removeStory(chosen.id);
  };

  return (
    <dialog open id="stories-panel" className="presenter-stories-panel" aria-labelledby="stories-title">
      <div className="presenter-stories-heading">
        <h2 id="stories-title">{t('stories.heading')}</h2>
        <button type="button" className="button" onClick={() => setStoriesOpen(false)}>
          {t('stories.close')}
        </button>
      </div>
      <StorageMessage />
      {uploaded && stories.length === 0 && (
        <p className="presenter-stories-hint">{t('stories.noneOfYours')}</p>
      )}
      <fieldset className="presenter-stories-choice">
        <legend>{t('stories.choose')}</legend>
        {[...builtInStories, ...stories].map((story) => (
          <label key={story.id} className="presenter-stories-option">
            <input
              type="radio"
              name="presented-story"
              checked={story.id === chosen.id}
              onChange={() => chooseStory(story.id)}
            />
            <span className="name">{localised(story.title, lang).text}</span>
            <span className="count">{t(countKey(story.id), { count: story.steps.length })}</span>
          </label>
        ))}
      </fieldset>
      <div className="presenter-stories-actions">
        <button
          type="button"
          className="button primary"
          disabled={chosen.steps.length === 0}
          onClick={() => startPresenting(chosen.id)}
        >
          {t('stories.present')}
        </button>
        <button type="button" className="button" onClick={() => exportStory(chosen, lang)}>
          {t('stories.export')}
        </button>
        <button type="button" className="button" onClick={() => add(copyOfStory(chosen, stories))}>
          {t('stories.copy')}
        </button>
        {!builtIn && (
          <button type="button" className="button presenter-danger" onClick={remove}>
            {t('stories.deleteStory')}
          </button>
        )}
      </div>
      <div className="presenter-stories-actions">
        <button type="button" className="button" onClick={() => add(newStory(stories))}>
          {t('stories.new')}
        </button>
        <label className="button" htmlFor={importId}>
          {t('stories.import')}
        </label>
        <input
          id={importId}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {outcome && <ImportMessage outcome={outcome} />}
      {builtIn ? (
        <p className="presenter-stories-hint">
          {t(chosen.id === xuejiaTour.id ? 'stories.builtInReadOnly' : 'stories.overviewReadOnly')}
        </p>
      ) : (
        <StoryEditor key={chosen.id} story={chosen} />
      )}
    </dialog>
  );
}

export function StoriesPanel() {
  const open = useAppStore((state) => state.storiesOpen);
  return open ? <Panel /> : null;
}
