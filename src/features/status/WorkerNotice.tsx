import { useEffect, useState } from 'react';
import { onWorkerFailure, type WorkerError } from '../../io/workerClient';
import { useT } from '../../store/i18n';
import { Notice } from '../../ui/Notice';

/** Says when a background worker (import, analysis, layout) failed: every such failure reaches the user here. */
export function WorkerNotice() {
  const { t } = useT();
  const [failure, setFailure] = useState<WorkerError | null>(null);
  useEffect(() => onWorkerFailure(setFailure), []);
  if (!failure) return null;
  return (
    <Notice placement="bottom" dismissLabel={t('notice.dismiss')} onDismiss={() => setFailure(null)}>
      <p>{t(`worker.failed.${failure.worker}`, { message: failure.message })}</p>
    </Notice>
  );
}
