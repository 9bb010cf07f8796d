import { Notice } from '../../ui/Notice';
import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';

/** Says when the browser could not keep (or give back) the map; the map in memory is never touched. */
export function StorageNotice() {
  const { t } = useT();
  const problem = useAppStore((state) => (state.storageNoticeDismissed ? null : state.storageProblem));
  if (!problem) return null;
  return (
    <Notice
      placement="bottom"
      dismissLabel={t('notice.dismiss')}
      onDismiss={useAppStore.getState().dismissStorageNotice}
    >
      <p>{t(`storage.${problem}`)}</p>
    </Notice>
  );
}
