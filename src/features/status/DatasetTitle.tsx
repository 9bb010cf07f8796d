import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';

/** The dataset's name and where it came from: bundled, or which files were uploaded when. */
export function DatasetTitle() {
  const { t, lang } = useT();
  const origin = useAppStore((state) => state.origin);
  const detail =
    origin.kind === 'bundled'
      ? t('origin.bundled')
      : t('origin.uploaded', {
          files: origin.files.join(' + '),
          // To the minute: seconds only crowd the top bar.
          time: new Date(origin.time).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
            dateStyle: 'short',
            timeStyle: 'short',
          }),
        });
  return (
    <div className="dataset-title">
      <h1>{t('app.title')}</h1>
      <p>
        {origin.kind === 'bundled' && <span>{t('dataset.bundledName')} · </span>}
        <span className="origin">{detail}</span>
      </p>
    </div>
  );
}
