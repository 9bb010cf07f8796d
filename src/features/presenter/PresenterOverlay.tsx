import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { resolveStep, type Step, type Story } from '../../domain/story';
import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';
import { presentedStory } from '../../store/presenterSlice';
import { enterFullscreen, leaveFullscreen } from './fullscreen';
import { frameStep, showStep } from './showStep';
import { StepLegend } from './StepLegend';
import { localised } from './storyEditing';
import { useSwipe } from '../../ui/useSwipe';

/** cytoscape takes in a new container size up to 100 ms late (it debounces); a step framed sooner is off. */
const MAP_RESIZE_SETTLE_MS = 160;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Goes full screen and waits for the map to take its new size; leaving presenter mode leaves full screen. */
const useStageReady = (): boolean => {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let mounted = true;
    let wasFullscreen = false;
    const onFullscreenChange = () => {
      if (document.fullscreenElement) wasFullscreen = true;
      // The browser's own Esc leaves full screen without the key reaching the page: end the show too.
      else if (wasFullscreen) useAppStore.getState().stopPresenting();
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    void enterFullscreen()
      .then(() => delay(MAP_RESIZE_SETTLE_MS))
      .then(() => {
        if (mounted) setReady(true);
      });
    return () => {
      mounted = false;
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      leaveFullscreen();
    };
  }, []);
  return ready;
};

/** Shows each step once the stage is ready, and frames it again when the screen changes size. */
const useShownStep = (step: Step, ready: boolean): void => {
  useEffect(() => {
    if (ready) showStep(step);
  }, [ready, step]);
  useEffect(() => {
    if (!ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onResize = () => {
      clearTimeout(timer);
      timer = setTimeout(() => frameStep(step.camera, false), MAP_RESIZE_SETTLE_MS);
    };
    window.addEventListener('resize', onResize);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('resize', onResize);
    };
  }, [ready, step]);
};

/** Keyboard focus moves into the controls, and back to where it was when the show ends. */
const useFocusWhilePresenting = () => {
  const target = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement;
    target.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  return target;
};

/**
 * A focused Next (or Previous) button that runs out of steps is disabled, and the browser drops its
 * focus to the page body: it goes on to Next, or on the last step to Exit.
 */
const useFocusKeptOnSteps = (stepIndex: number, next: RefObject<HTMLButtonElement | null>) => {
  const exit = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const focused = document.activeElement;
    const lost =
      focused === null ||
      focused === document.body ||
      (focused instanceof HTMLButtonElement && focused.disabled);
    if (!lost) return;
    (next.current && !next.current.disabled ? next.current : exit.current)?.focus();
  }, [stepIndex, next]);
  return exit;
};

function Stage({ story, step, stepIndex }: { story: Story; step: Step; stepIndex: number }) {
  const { t, lang } = useT();
  const graph = useAppStore((state) => state.graph);
  const { goToStep, nextStep, previousStep, stopPresenting } = useAppStore.getState();
  const missing = useMemo(() => resolveStep(step, graph).missing, [step, graph]);
  const ready = useStageReady();
  const nextButton = useFocusWhilePresenting();
  // On a phone or tablet: swipe the step's words left for the next step, right for the one before.
  const swipe = useSwipe(nextStep, previousStep);
  const exitButton = useFocusKeptOnSteps(stepIndex, nextButton);
  useShownStep(step, ready);
  const storyTitle = localised(story.title, lang);
  const title = localised(step.title, lang);
  const caption = localised(step.caption, lang);
  const missingCount = missing.nodes.length + missing.edges.length;
  const last = story.steps.length - 1;
  return (
    <>
      <StepLegend />
      {missingCount > 0 && (
        <p className="presenter-notice" aria-live="polite">
          {missingCount === 1 ? t('presenter.missingOne') : t('presenter.missing', { count: missingCount })}
        </p>
      )}
      <section className="presenter-band" aria-label={t('presenter.label')} {...swipe}>
        <div className="presenter-text" key={step.id}>
          <p className="presenter-story" lang={storyTitle.lang}>
            {storyTitle.text}
          </p>
          <h2 className="presenter-title" lang={title.lang}>
            {title.text}
          </h2>
          <p className="presenter-caption" lang={caption.lang}>
            {caption.text}
          </p>
          <p className="presenter-swipe-hint">{t('presenter.swipeHint')}</p>
        </div>
        <div className="presenter-controls">
          <p className="presenter-counter">
            {t('presenter.counter', { current: stepIndex + 1, total: story.steps.length })}
          </p>
          <ol className="presenter-dots" aria-label={t('presenter.steps')}>
            {story.steps.map((candidate, index) => (
              <li key={candidate.id}>
                <button
                  type="button"
                  className="presenter-dot"
                  aria-current={index === stepIndex ? 'step' : undefined}
                  aria-label={t('presenter.goToStep', {
                    n: index + 1,
                    title: localised(candidate.title, lang).text,
                  })}
                  onClick={() => goToStep(index)}
                />
              </li>
            ))}
          </ol>
          <div className="presenter-buttons">
            <button
              type="button"
              className="presenter-button"
              disabled={stepIndex === 0}
              onClick={previousStep}
            >
              {t('presenter.previous')}
            </button>
            <button
              type="button"
              className="presenter-button primary"
              ref={nextButton}
              disabled={stepIndex === last}
              onClick={nextStep}
            >
              {t('presenter.next')}
            </button>
            <button type="button" className="presenter-button" ref={exitButton} onClick={stopPresenting}>
              {t('presenter.exit')}
            </button>
          </div>
        </div>
      </section>
    </>
  );
}

/** Presenter mode on screen: the step's words in large type, its legend, and the controls. */
export function PresenterOverlay() {
  // The story only while presenting: on uploaded data it is made from the data (the overview).
  const { story, stepIndex } = useAppStore(
    useShallow((state) => ({
      story: state.presenting ? presentedStory(state) : null,
      stepIndex: state.stepIndex,
    })),
  );
  const step = story?.steps[stepIndex];
  if (!story || !step) return null;
  return <Stage story={story} step={step} stepIndex={stepIndex} />;
}
