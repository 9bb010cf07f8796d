import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';

/** Over the map's top right corner: opens the Nodes table under the map, or closes it. */
export function TableToggle() {
  const { t } = useT();
  const open = useAppStore((state) => state.tableOpen);
  const { setTableOpen } = useAppStore.getState();
  return (
    <button
      type="button"
      className="button table-toggle"
      aria-pressed={open}
      title={t('table.toggleHint')}
      onClick={() => setTableOpen(!open)}
    >
      {t('table.toggle')}
    </button>
  );
}
