import { useState, type ReactNode } from 'react';
import { useT } from '../../store/i18n';

/** At most this many more rows per click: a few thousand at once would freeze the page. */
const STEP = 50;

/**
 * The first `limit` items and a button that shows more, a step at a time, then fewer again: a big
 * map puts thousands of names in one list, and the panel must stay quick and readable.
 */
export function useCapped<T>(items: readonly T[], limit: number): { shown: readonly T[]; toggle: ReactNode } {
  const { t } = useT();
  const [count, setCount] = useState(limit);
  const hidden = items.length - count;
  const step = Math.min(Math.max(limit, STEP), hidden);
  let toggle: ReactNode = null;
  if (hidden > 0) {
    toggle = (
      <button type="button" className="link-button analysis-more" onClick={() => setCount(count + step)}>
        {step === hidden
          ? t('analysis.more', { count: hidden })
          : t('analysis.moreOf', { count: step, hidden })}
      </button>
    );
  } else if (count > limit && items.length > limit) {
    toggle = (
      <button type="button" className="link-button analysis-more" onClick={() => setCount(limit)}>
        {t('analysis.showFewer')}
      </button>
    );
  }
  return { shown: items.slice(0, count), toggle };
}
