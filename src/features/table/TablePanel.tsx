import { lazy, Suspense } from 'react';
import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';
import { Loading } from '../../ui/Loading';

// Loaded when the table is first opened: the first picture does not wait for its code.
const NodesTable = lazy(async () => ({ default: (await import('./NodesTable')).NodesTable }));

/** Mounted in the centre; renders the table only while it is open, so a closed table costs nothing. */
export function TablePanel() {
  const { t } = useT();
  const open = useAppStore((state) => state.tableOpen);
  return open ? (
    <Suspense fallback={<Loading label={t('app.loadingPart')} />}>
      <NodesTable />
    </Suspense>
  ) : null;
}
