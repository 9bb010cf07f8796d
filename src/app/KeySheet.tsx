import { useAppStore } from '../store';
import { commands } from '../store/commands';
import { useT } from '../store/i18n';
import { useModalDialog } from '../ui/useModalDialog';

/** The `?` sheet: generated from the command list, so it can never disagree with the keys. */
export function KeySheet() {
  const { t } = useT();
  const open = useAppStore((state) => state.keySheetOpen);
  const dialog = useModalDialog(open);
  if (!open) return null;
  const close = () => useAppStore.getState().setKeySheetOpen(false);
  return (
    <dialog
      ref={dialog}
      className="key-sheet"
      aria-labelledby="key-sheet-title"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <h2 id="key-sheet-title">{t('keys.title')}</h2>
      <table>
        <tbody>
          {commands.map((command) => (
            <tr key={command.id}>
              <td>
                <kbd>{command.keyLabel}</kbd>
              </td>
              <td>{t(command.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={close}>
          {t('keys.close')}
        </button>
      </div>
    </dialog>
  );
}
