export interface ActionNoticeValue {
  text: string;
  tone: 'info' | 'warning' | 'error';
}

/**
 * What a top-bar action did (saved a file, failed). Always in the DOM, so screen readers announce
 * what is put into it; not role=status, which the map status owns.
 */
export function ActionNotice({
  notice,
  dismissLabel,
  onDismiss,
}: {
  notice: ActionNoticeValue | null;
  dismissLabel: string;
  onDismiss: () => void;
}) {
  return (
    <div className={notice ? `export-notice export-${notice.tone}` : 'export-notice'} aria-live="polite">
      {notice && (
        <>
          <span>{notice.text}</span>
          <button type="button" className="link-button" onClick={onDismiss}>
            {dismissLabel}
          </button>
        </>
      )}
    </div>
  );
}
