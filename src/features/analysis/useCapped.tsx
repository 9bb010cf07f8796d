import { useState, type ReactNode } from 'react';
import { useT } from '../../store/i18n';

/** At most this many more rows per click: a few thousand at once would freeze the page. */
const STEP = 50;

/**
 * The first `limit` items and a button that shows more, a step at a time, then fewer again: a big
 * map puts thousands of names in one list, and the panel must stay quick and readable. Where one
 * panel holds several such lists, `owner` names the list in the button's accessible name
 * ("+ 9 more — members of community 2"), so each button says what it opens.
 */
export function useCapped<T>(
  items: readonly T[],
  limit: number,
  owner?: string,
): { shown: readonly T[]; toggle: ReactNode } {
  const { t } = useT();
  const [count, setCount] = useState(limit);
  const hidden = items.length - count;
  const step = Math.min(Math.max(limit, STEP), hidden);
  const button = (text: string, onClick: () => void) => (
    <button
      type="button"
      className="link-button analysis-more"
      aria-label={owner === undefined ? undefined : t('analysis.moreFor', { action: text, owner })}
      onClick={onClick}
    >
      {text}
    </button>
  );
  let toggle: ReactNode = null;
  if (hidden > 0) {
    toggle = button(
      step === hidden ? t('analysis.more', { count: hidden }) : t('analysis.moreOf', { count: step, hidden }),
      () => setCount(count + step),
    );
  } else if (count > limit && items.length > limit) {
    toggle = button(t('analysis.showFewer'), () => setCount(limit));
  }
  return { shown: items.slice(0, count), toggle };
}
