import { lazy, Suspense } from 'react';
import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';
import { Loading } from '../../ui/Loading';

// The report, the column mapping and the diff are loaded with the first import, not with the page.
const ImportReport = lazy(async () => ({ default: (await import('./ImportReport')).ImportReport }));

/** The report of a staged import (ImportReport.tsx), mounted while an import waits for Apply. */
export function ImportReportDialog() {
  const { t } = useT();
  const pending = useAppStore((state) => state.pending !== null);
  return pending ? (
    <Suspense fallback={<Loading label={t('app.loadingPart')} hidden />}>
      <ImportReport />
    </Suspense>
  ) : null;
}
