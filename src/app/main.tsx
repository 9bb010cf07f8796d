import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useAppStore } from '../store';
import { detectLang } from '../i18n';
import { rememberedLang } from '../io/preferences';
import { fetchBundledFiles } from '../io/bundled';
import { startServiceWorker } from '../io/serviceWorker';
import { afterFirstPicture } from '../io/afterFirstPicture';
import { runImport } from '../io/runImport';
import { keepDatasetSaved, loadSavedDataset } from '../features/import/datasetPersistence';
import type { Graph } from '../domain/graph/types';
import './styles.css';
import './compact.css';

/** The first render waits at most this long for the dataset: storage that does not answer must not hold the page. */
const FIRST_RENDER_WAIT_MS = 1_500;

const loadBundledGraph = async (): Promise<Graph> => {
  const { graph, report } = await runImport(await fetchBundledFiles());
  if (report.fatal)
    throw new Error(report.problems.map((problem) => `${problem.file}: ${problem.code}`).join('; '));
  return graph;
};

/**
 * Shows the dataset saved before a reload, else the bundled map; the bundled map is loaded either
 * way, for Reset, while storage is read. Only then does saving start, and a shared view get
 * checked against the map.
 */
const startDataset = async (): Promise<void> => {
  let loadError = '';
  const loading = loadBundledGraph().catch((error: unknown) => {
    loadError = error instanceof Error ? error.message : String(error);
    return null;
  });
  const saved = await loadSavedDataset(loading);
  const bundled = await loading;
  const store = useAppStore.getState();
  if (saved) store.restoreDataset(saved, bundled);
  else if (bundled) store.setBundled(bundled);
  if (loadError) store.setLoadError(loadError);
  keepDatasetSaved();
};

const render = (): void => {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root, {
    // A panel's error boundary shows the failure; logged as a warning, it is handled, not a crash.
    onCaughtError: (error) => console.warn('A panel failed and shows why:', error),
  }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
};

useAppStore.getState().setLang(detectLang(location.search, rememberedLang(), navigator.language));
// The page is first rendered with its dataset (whose files were preloaded with the scripts, see
// build/bundledOverview.ts), so the map is drawn once, not empty and again a moment later.
void Promise.race([
  startDataset(),
  new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS)),
]).finally(render);
afterFirstPicture(startServiceWorker);
