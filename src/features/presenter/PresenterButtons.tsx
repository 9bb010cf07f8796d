import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { keyLabelOf } from '../../store/commands';
import { useT } from '../../store/i18n';
import { hasStepsToPresent } from '../../store/presenterSlice';

/** In the top bar: the Stories panel (authoring) and Presenter mode, which plays the chosen story. */
export function PresenterButtons() {
  const { t } = useT();
  const { storiesOpen, canPresent } = useAppStore(
    useShallow((state) => ({
      storiesOpen: state.storiesOpen,
      canPresent: hasStepsToPresent(state),
    })),
  );
  const { setStoriesOpen, startPresenting } = useAppStore.getState();
  return (
    <>
      <button
        type="button"
        className="button"
        aria-expanded={storiesOpen}
        aria-controls={storiesOpen ? 'stories-panel' : undefined}
        onClick={() => setStoriesOpen(!storiesOpen)}
      >
        {t('stories.button')}
      </button>
      <button
        type="button"
        className="button primary"
        disabled={!canPresent}
        title={t('presenter.buttonHint', { key: keyLabelOf('presenter') })}
        onClick={() => startPresenting()}
      >
        {t('presenter.button')}
      </button>
    </>
  );
}
