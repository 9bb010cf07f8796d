import { useEffect } from 'react';
import { useAppStore } from '../store';
import { useT } from '../store/i18n';
import { DatasetTitle } from '../features/status/DatasetTitle';
import { LanguageToggle } from '../features/status/LanguageToggle';
import { StatusBar } from '../features/status/StatusBar';
import { ImportButton } from '../features/import/ImportButton';
import { ImportHistoryButtons } from '../features/import/ImportHistoryButtons';
import { ImportReportDialog } from '../features/import/ImportReportDialog';
import { DropOverlay } from '../features/import/DropOverlay';
import { MapView } from './MapView';

export function App() {
  const { t, lang } = useT();
  const loadError = useAppStore((state) => state.loadError);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [lang, t]);
  return (
    <div className="app">
      <header className="top-bar">
        <DatasetTitle />
        <div className="top-actions">
          <ImportButton />
          <ImportHistoryButtons />
          <LanguageToggle />
        </div>
      </header>
      <main className="centre">
        {loadError && (
          <p role="alert" className="load-error">
            {t('app.loadFailed', { reason: loadError })}
          </p>
        )}
        <MapView />
      </main>
      <StatusBar />
      <ImportReportDialog />
      <DropOverlay />
    </div>
  );
}
