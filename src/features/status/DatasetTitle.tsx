import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';

/** The dataset's name and where it came from: bundled, the fictional example (said plainly), or which files were uploaded when. */
export function DatasetTitle() {
  const { t, lang } = useT();
  const origin = useAppStore((state) => state.origin);
  // To the minute: seconds only crowd the top bar.
  const when = (time: number) =>
    new Date(time).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
      dateStyle: 'short',
      timeStyle: 'short',
    });
  let name = '';
  let detail = t('origin.bundled');
  if (origin.kind === 'bundled') name = t('dataset.bundledName');
  else if (origin.kind === 'example') {
    name = t('example.name');
    detail = t('example.opened', { time: when(origin.time) });
  } else detail = t('origin.uploaded', { files: origin.files.join(' + '), time: when(origin.time) });
  return (
    <div className="dataset-title">
      <h1>{t('app.title')}</h1>
      <p>
        {origin.kind === 'example' && <strong className="fictional-badge">{t('example.badge')}</strong>}
        {name !== '' && <span>{name} · </span>}
        <span className="origin">{detail}</span>
      </p>
    </div>
  );
}
