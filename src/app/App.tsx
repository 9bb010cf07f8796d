import { useEffect, useState } from 'react';
import { whenFirstPictureShown } from '../io/afterFirstPicture';
import { useAppStore } from '../store';
import { useT } from '../store/i18n';
import { DatasetTitle } from '../features/status/DatasetTitle';
import { LanguageToggle } from '../features/status/LanguageToggle';
import { StatusBar } from '../features/status/StatusBar';
import { WorkerNotice } from '../features/status/WorkerNotice';
import { UpdatePrompt } from '../features/status/UpdatePrompt';
import { ImportButton } from '../features/import/ImportButton';
import { TemplateMenu } from '../features/import/TemplateMenu';
import { ImportHistoryButtons } from '../features/import/ImportHistoryButtons';
import { OpenExampleButton } from '../features/import/OpenExampleButton';
import { DataFormatHelp } from '../features/help/DataFormatHelp';
import { ImportReportDialog } from '../features/import/ImportReportDialog';
import { DropOverlay } from '../features/import/DropOverlay';
import { ShareControls } from '../features/share/ShareControls';
import { MapToolbar } from '../features/map-controls/MapToolbar';
import { FiltersPanel } from '../features/filters/FiltersPanel';
import { LegendPanel } from '../features/legend/LegendPanel';
import { ChangesPanel } from '../features/changes/ChangesPanel';
import { SearchBox } from '../features/search/SearchBox';
import { PresenterButtons } from '../features/presenter/PresenterButtons';
import { PresenterLayer } from '../features/presenter/PresenterLayer';
import { TablePanel } from '../features/table/TablePanel';
import { TableToggle } from '../features/table/TableToggle';
import { MapSummary, MapSummaryToggle } from '../features/map-summary/MapSummary';
import { ExportMenu } from '../features/export/ExportMenu';
import { Guarded } from './Guarded';
import { MapView } from './MapView';
import { RightPanel } from './RightPanel';
import { KeySheet } from './KeySheet';
import { useKeyboardCommands } from './useKeyboardCommands';
import { useCompactLayout } from './useCompactLayout';
import { TopBarMenu } from './TopBarMenu';
import { SheetTabs } from './SheetTabs';
import { SKIP_TARGETS, SkipLinks } from './SkipLinks';

export function App() {
  const { t, lang } = useT();
  const loadError = useAppStore((state) => state.loadError);
  const presenting = useAppStore((state) => state.presenting);
  const sheet = useAppStore((state) => state.sheet);
  useKeyboardCommands();
  useCompactLayout();
  // The filters and legend come a frame after the map's first picture: their first render (the
  // filters sort chains by pinyin, building the Chinese collator) and their text's first raster
  // would otherwise come before it. The panel keeps its place meanwhile (styles.css `.opening`).
  const [shown, setShown] = useState(false);
  useEffect(() => whenFirstPictureShown(() => setShown(true)), []);
  // A map that could not be loaded draws no picture: nothing to wait for.
  const pictured = useAppStore((state) => shown || state.graph.nodes.length === 0);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [lang, t]);
  return (
    // data-sheet: which panel a narrow screen shows beside the map (compact.css); a wide one shows them all.
    <div className={presenting ? 'app presenting' : 'app'} data-sheet={sheet ?? 'map'}>
      <SkipLinks />
      <header className="top-bar">
        <DatasetTitle />
        <SearchBox />
        <TopBarMenu>
          <ImportButton />
          <TemplateMenu />
          <ImportHistoryButtons />
          <ShareControls />
          <ExportMenu />
          <LanguageToggle />
          <PresenterButtons />
        </TopBarMenu>
      </header>
      <aside
        className={pictured ? 'side-panel left-panel' : 'side-panel left-panel opening'}
        id={SKIP_TARGETS.filters}
        tabIndex={-1}
        aria-label={t('app.filtersAndLegend')}
      >
        {pictured && (
          <>
            <Guarded panel="changes.title">
              <ChangesPanel />
            </Guarded>
            <Guarded panel="filters.title">
              <FiltersPanel />
            </Guarded>
            <Guarded panel="legend.title">
              <LegendPanel />
            </Guarded>
          </>
        )}
      </aside>
      <main className="centre" id={SKIP_TARGETS.map} tabIndex={-1}>
        {loadError && (
          <p role="alert" className="load-error">
            {t('app.loadFailed', { reason: loadError })}
          </p>
        )}
        <div className="map-top">
          <Guarded panel="layout.label">
            <MapToolbar />
          </Guarded>
          <MapSummaryToggle />
          <TableToggle />
        </div>
        <Guarded panel="summary.title">
          <MapSummary />
        </Guarded>
        <Guarded panel="map.label">
          <MapView />
        </Guarded>
        <Guarded panel="table.label">
          <TablePanel />
        </Guarded>
      </main>
      <RightPanel />
      <StatusBar>
        <OpenExampleButton />
        <DataFormatHelp />
      </StatusBar>
      <SheetTabs />
      <WorkerNotice />
      <UpdatePrompt />
      <ImportReportDialog />
      <KeySheet />
      <DropOverlay />
      <PresenterLayer />
    </div>
  );
}
