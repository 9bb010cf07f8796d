import { useEffect, useId, useRef, useState } from 'react';
import {
  deleteStep,
  moveStep,
  STORY_LIMITS,
  updateStep,
  type LocalisedText,
  type Step,
  type Story,
} from '../../domain/story';
import type { MessageKey } from '../../i18n';
import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';
import { localised, withCapturedStep } from './storyEditing';

const EMPTY_TEXT: LocalisedText = { zh: '', en: '' };

/** One text in both languages: an English and a Chinese field, labelled `<label> (English)` and so on. */
function BothLanguages({
  label,
  value,
  onChange,
  multiline = false,
}: {
  label: MessageKey;
  value: LocalisedText;
  onChange: (value: LocalisedText) => void;
  multiline?: boolean;
}) {
  const { t, lang } = useT();
  const id = useId();
  // The UI's own language first: a Chinese author fills in the Chinese text first.
  const order = lang === 'zh' ? (['zh', 'en'] as const) : (['en', 'zh'] as const);
  return (
    <div className="presenter-stories-languages">
      {order.map((language) => {
        const fieldId = `${id}-${language}`;
        const props = {
          id: fieldId,
          value: value[language],
          lang: language === 'zh' ? 'zh-CN' : 'en',
          maxLength: STORY_LIMITS.stringLength,
          onChange: (event: { target: { value: string } }) =>
            onChange({ ...value, [language]: event.target.value }),
        };
        return (
          <div key={language} className="presenter-stories-field">
            <label htmlFor={fieldId}>
              {t('stories.inLanguage', { field: t(label), language: t(`stories.language.${language}`) })}
            </label>
            {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
          </div>
        );
      })}
    </div>
  );
}

interface StepEditorProps {
  story: Story;
  step: Step;
  index: number;
  /** This step was just moved: its move buttons take the focus (the one still enabled). */
  moved: boolean;
  onMoved: (stepId: string) => void;
}

function StepEditor({ story, step, index, moved, onMoved }: StepEditorProps) {
  const { t, lang } = useT();
  const put = (next: Story) => useAppStore.getState().putStory(next);
  const move = (to: number) => {
    put(moveStep(story, index, to));
    onMoved(step.id);
  };
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!moved) return;
    const target = [up.current, down.current].find((button) => button && !button.disabled);
    target?.focus();
  }, [moved, index]);
  const n = index + 1;
  return (
    <li className="presenter-stories-step">
      <div className="presenter-stories-step-head">
        <span className="presenter-stories-step-title">
          {t('stories.stepHeading', { n, title: localised(step.title, lang).text })}
        </span>
        <button
          type="button"
          className="button presenter-small"
          ref={up}
          aria-label={t('stories.moveUpLabel', { n })}
          disabled={index === 0}
          onClick={() => move(index - 1)}
        >
          {t('stories.moveUp')}
        </button>
        <button
          type="button"
          className="button presenter-small"
          ref={down}
          aria-label={t('stories.moveDownLabel', { n })}
          disabled={index === story.steps.length - 1}
          onClick={() => move(index + 1)}
        >
          {t('stories.moveDown')}
        </button>
        <button
          type="button"
          className="button presenter-small presenter-danger"
          aria-label={t('stories.deleteStepLabel', { n })}
          onClick={() => put(deleteStep(story, index))}
        >
          {t('stories.delete')}
        </button>
      </div>
      <details>
        <summary>{t('stories.editStep')}</summary>
        <BothLanguages
          label="stories.title"
          value={step.title}
          onChange={(title) => put(updateStep(story, index, { title }))}
        />
        <BothLanguages
          label="stories.caption"
          value={step.caption}
          multiline
          onChange={(caption) => put(updateStep(story, index, { caption }))}
        />
      </details>
    </li>
  );
}

/** "Capture the current view as a step": the map as it is now, with the words the author gives it. */
function CaptureForm({ story }: { story: Story }) {
  const { t } = useT();
  const [title, setTitle] = useState(EMPTY_TEXT);
  const [caption, setCaption] = useState(EMPTY_TEXT);
  const [keepCamera, setKeepCamera] = useState(true);
  const full = story.steps.length >= STORY_LIMITS.steps;
  const capture = () => {
    useAppStore.getState().putStory(withCapturedStep(story, title, caption, keepCamera));
    setTitle(EMPTY_TEXT);
    setCaption(EMPTY_TEXT);
  };
  return (
    <fieldset className="presenter-stories-capture">
      <legend>{t('stories.newStep')}</legend>
      <p className="presenter-stories-hint">{t('stories.captureHint')}</p>
      <BothLanguages label="stories.title" value={title} onChange={setTitle} />
      <BothLanguages label="stories.caption" value={caption} multiline onChange={setCaption} />
      <label className="presenter-stories-check">
        <input
          type="checkbox"
          checked={keepCamera}
          onChange={(event) => setKeepCamera(event.target.checked)}
        />
        {t('stories.keepCamera')}
      </label>
      <button type="button" className="button primary" disabled={full} onClick={capture}>
        {t('stories.capture')}
      </button>
      {full && <p className="presenter-stories-hint">{t('stories.full', { limit: STORY_LIMITS.steps })}</p>}
    </fieldset>
  );
}

/** A user's story: its title, its steps (reorder, edit the words, delete) and capturing new ones. */
export function StoryEditor({ story }: { story: Story }) {
  const { t } = useT();
  const [moved, setMoved] = useState<string | null>(null);
  return (
    <div className="presenter-stories-editor">
      <BothLanguages
        label="stories.storyTitle"
        value={story.title}
        onChange={(title) => useAppStore.getState().putStory({ ...story, title })}
      />
      {story.steps.length === 0 ? (
        <p className="presenter-stories-hint">{t('stories.noSteps')}</p>
      ) : (
        <ol className="plain-list presenter-stories-steps" aria-label={t('stories.steps')}>
          {story.steps.map((step, index) => (
            <StepEditor
              key={step.id}
              story={story}
              step={step}
              index={index}
              moved={moved === step.id}
              onMoved={setMoved}
            />
          ))}
        </ol>
      )}
      <CaptureForm story={story} />
    </div>
  );
}
