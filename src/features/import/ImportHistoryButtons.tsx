import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';
import { StorageNotice } from './StorageNotice';

/** Undo and Reset, and the notice when the browser could not keep the dataset they act on. */
export function ImportHistoryButtons() {
  const { t } = useT();
  const { canUndo, canReset } = useAppStore(
    useShallow((state) => ({
      canUndo: state.previous !== null,
      canReset: state.origin.kind !== 'bundled' && state.bundled !== null,
    })),
  );
  const { undoImport, resetToBundled } = useAppStore.getState();
  return (
    <>
      <button type="button" className="button" disabled={!canUndo} onClick={undoImport}>
        {t('import.undo')}
      </button>
      <button type="button" className="button" disabled={!canReset} onClick={resetToBundled}>
        {t('import.reset')}
      </button>
      <StorageNotice />
    </>
  );
}
