import { useShallow } from 'zustand/react/shallow';
import { hasChanges } from '../../domain/diff';
import { useAppStore } from '../../store';
import { changesOf } from '../../store/derived';
import { useT } from '../../store/i18n';
import './changes.css';

/**
 * What the last update changed: the switch that marks it on the map (on by itself after an Apply
 * that changed something, off only when the user says) and "Changed only". Shown while there is a
 * map before the update to compare with.
 */
export function ChangesPanel() {
  const { t } = useT();
  const { canShow, shown, only, empty } = useAppStore(
    useShallow((state) => {
      const changes = changesOf(state);
      return {
        canShow: state.previous !== null,
        shown: state.showChanges,
        only: state.filters.changedOnly,
        empty: changes !== null && !hasChanges(changes),
      };
    }),
  );
  if (!canShow) return null;
  const { setShowChanges, setFilters } = useAppStore.getState();
  return (
    <section className="changes-panel" aria-labelledby="changes-title">
      <h2 id="changes-title">{t('changes.title')}</h2>
      <button
        type="button"
        role="switch"
        aria-checked={shown}
        className="changes-switch row-button"
        onClick={() => setShowChanges(!shown)}
      >
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        <span>{t('changes.show')}</span>
      </button>
      {shown && (
        <label className="facet-option">
          <input
            type="checkbox"
            checked={only}
            onChange={(event) => setFilters({ changedOnly: event.target.checked })}
          />
          <span className="name">{t('changes.only')}</span>
        </label>
      )}
      <p className="changes-hint">{t(empty ? 'changes.none' : 'changes.against')}</p>
    </section>
  );
}
