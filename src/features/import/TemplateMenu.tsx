import { useState } from 'react';
import { useT } from '../../store/i18n';
import { ActionNotice, type ActionNoticeValue } from '../../ui/ActionNotice';
import { MenuPopover } from '../../ui/MenuPopover';
import type { TemplateFile } from './templateActions';

const FILES: readonly {
  which: TemplateFile;
  label: 'template.workbook' | 'template.nodesCsv' | 'template.edgesCsv';
}[] = [
  { which: 'workbook', label: 'template.workbook' },
  { which: 'nodes', label: 'template.nodesCsv' },
  { which: 'edges', label: 'template.edgesCsv' },
];

/** Download template: empty files to fill in, with the headers the import reads, in the UI's language. */
export function TemplateMenu() {
  const { t, lang } = useT();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<ActionNoticeValue | null>(null);

  const save = async (which: TemplateFile) => {
    setBusy(true);
    try {
      const { downloadTemplate } = await import('./templateActions');
      setNotice({ tone: 'info', text: t('export.saved', { file: await downloadTemplate(lang, which) }) });
    } catch (error) {
      setNotice({
        tone: 'error',
        text: t('export.failed', { reason: error instanceof Error ? error.message : String(error) }),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <MenuPopover
      label={t('template.button')}
      panelLabel={t('template.panel')}
      after={
        <ActionNotice notice={notice} dismissLabel={t('export.dismiss')} onDismiss={() => setNotice(null)} />
      }
    >
      <p className="export-hint">{t('template.hint')}</p>
      <div className="export-buttons">
        {FILES.map(({ which, label }) => (
          <button
            key={which}
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void save(which)}
          >
            {t(label)}
          </button>
        ))}
      </div>
    </MenuPopover>
  );
}
