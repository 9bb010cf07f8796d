import { useEffect, useState } from 'react';
import { encodeViewState, type ViewStateProblem } from '../../domain/view-state';
import type { MessageKey } from '../../i18n';
import { Notice } from '../../ui/Notice';
import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';
import { useUrlSync } from './useUrlSync';
import { viewStateOf } from './viewState';

/** How long "copied" stays up; the fallback (a link to copy by hand) stays until dismissed. */
const COPIED_NOTICE_MS = 4000;

type CopyOutcome = { kind: 'copied' } | { kind: 'fallback'; link: string };

const problemKey = (problem: ViewStateProblem): MessageKey => `share.problem.${problem}`;

const linkToView = (): string =>
  `${location.origin}${location.pathname}${location.search}${encodeViewState(viewStateOf(useAppStore.getState()))}`;

/** The `Copy link` button, and the notice for a copied link or a shared link that could not be shown in full. */
export function ShareControls() {
  const { t } = useT();
  const { problems, dismissProblems } = useUrlSync();
  const [copy, setCopy] = useState<CopyOutcome | null>(null);

  useEffect(() => {
    if (copy?.kind !== 'copied') return;
    const timer = setTimeout(() => setCopy(null), COPIED_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [copy]);

  const copyLink = async () => {
    const link = linkToView();
    try {
      // Missing outside a secure context, refused without permission: either way the link is shown to copy by hand.
      await navigator.clipboard.writeText(link);
      setCopy({ kind: 'copied' });
    } catch {
      setCopy({ kind: 'fallback', link });
    }
  };

  return (
    <>
      <button type="button" className="button" onClick={() => void copyLink()}>
        {t('share.copy')}
      </button>
      {(copy || problems.length > 0) && (
        <Notice
          placement="top"
          dismissLabel={t('notice.dismiss')}
          onDismiss={() => {
            setCopy(null);
            dismissProblems();
          }}
        >
          {problems.length > 0 && (
            <>
              <p>{t('share.problemsIntro')}</p>
              <ul>
                {problems.map((problem) => (
                  <li key={problem}>{t(problemKey(problem))}</li>
                ))}
              </ul>
            </>
          )}
          {copy?.kind === 'copied' && <p>{t('share.copied')}</p>}
          {copy?.kind === 'fallback' && (
            <label>
              {t('share.copyFallback')}
              <input
                readOnly
                value={copy.link}
                onFocus={(event) => event.target.select()}
                aria-label={t('share.link')}
              />
            </label>
          )}
        </Notice>
      )}
    </>
  );
}
