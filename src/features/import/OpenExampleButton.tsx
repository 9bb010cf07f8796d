import { useState } from 'react';
import { fetchExampleFiles } from '../../io/bundled';
import { runImport } from '../../io/runImport';
import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';
import { Notice } from '../../ui/Notice';

/**
 * Opens the fictional worked example, fetched from our own origin only when asked for and read
 * through the same import as an upload; Undo import brings back the map it replaced.
 */
export function OpenExampleButton() {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const showing = useAppStore((state) => state.origin.kind === 'example');
  const open = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const { graph, report } = await runImport(await fetchExampleFiles());
      if (report.fatal) throw new Error(report.problems.map((problem) => problem.code).join(', '));
      useAppStore.getState().openExample(graph);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className="button footer-button"
        disabled={busy || showing}
        aria-busy={busy}
        title={t('example.hint')}
        onClick={() => void open()}
      >
        {t('example.open')}
      </button>
      {failure && (
        <Notice placement="bottom" dismissLabel={t('notice.dismiss')} onDismiss={() => setFailure(null)}>
          <p>{t('example.failed', { reason: failure })}</p>
        </Notice>
      )}
    </>
  );
}
