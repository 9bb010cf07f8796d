import { layoutOf } from '../../domain/layout';
import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';

/**
 * A layout around the selection with nothing selected draws the plain map: say so, and offer the
 * search that picks a centre.
 */
export function CircleHint() {
  const { t } = useT();
  const waiting = useAppStore((state) => layoutOf(state.layout).needsSelection && state.selected === null);
  if (!waiting) return null;
  return (
    <div className="lod-controls" role="note">
      <span>{t('layout.selectCentre')}</span>
      <button type="button" className="button" onClick={() => useAppStore.getState().requestSearchFocus()}>
        {t('layout.searchCentre')}
      </button>
    </div>
  );
}
