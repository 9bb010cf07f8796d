import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useAppStore } from '../store';
import { detectLang } from '../i18n';
import { rememberedLang } from '../io/preferences';
import { fetchBundledFiles } from '../io/bundled';
import { startServiceWorker } from '../io/serviceWorker';
import { runImport } from '../io/runImport';
import { keepDatasetSaved, loadSavedDataset } from '../features/import/datasetPersistence';
import type { Graph } from '../domain/graph/types';
import './styles.css';
import './compact.css';

const loadBundledGraph = async (): Promise<Graph> => {
  const { graph, report } = await runImport(await fetchBundledFiles());
  if (report.fatal)
    throw new Error(report.problems.map((problem) => `${problem.file}: ${problem.code}`).join('; '));
  return graph;
};

/**
 * Shows the dataset saved before a reload, else the bundled map; the bundled map is loaded either
 * way, for Reset. Only then does saving start, and a shared view get checked against the map.
 */
const startDataset = async (): Promise<void> => {
  let loadError = '';
  const bundled = await loadBundledGraph().catch((error: unknown) => {
    loadError = error instanceof Error ? error.message : String(error);
    return null;
  });
  const saved = await loadSavedDataset(bundled);
  const store = useAppStore.getState();
  if (saved) store.restoreDataset(saved, bundled);
  else if (bundled) store.setBundled(bundled);
  if (loadError) store.setLoadError(loadError);
  keepDatasetSaved();
};

useAppStore.getState().setLang(detectLang(location.search, rememberedLang(), navigator.language));
void startDataset();
startServiceWorker();

const root = document.getElementById('root');
if (root) {
  createRoot(root, {
    // A panel's error boundary shows the failure; logged as a warning, it is handled, not a crash.
    onCaughtError: (error) => console.warn('A panel failed and shows why:', error),
  }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
