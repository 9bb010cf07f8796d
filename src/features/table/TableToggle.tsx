import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';
import { MapCornerToggle } from '../../ui/MapCornerToggle';

/** Over the map's top right corner: opens the Nodes table under the map, or closes it. */
export function TableToggle() {
  const { t } = useT();
  const open = useAppStore((state) => state.tableOpen);
  return (
    <MapCornerToggle
      className="table-toggle"
      pressed={open}
      onToggle={useAppStore.getState().setTableOpen}
      label={t('table.toggle')}
      hint={t('table.toggleHint')}
    />
  );
}
