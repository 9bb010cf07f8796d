import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useAppStore } from '../store';
import { detectLang } from '../i18n';
import { rememberedLang } from '../io/preferences';
import { fetchBundledFiles } from '../io/bundled';
import { runImport } from '../io/runImport';
import './styles.css';

const loadBundledMap = async (): Promise<void> => {
  const store = useAppStore.getState();
  try {
    const { graph, report } = await runImport(await fetchBundledFiles());
    if (report.fatal) throw new Error(report.problems.map((problem) => `${problem.file}: ${problem.code}`).join('; '));
    store.setBundled(graph);
  } catch (error) {
    store.setLoadError(error instanceof Error ? error.message : String(error));
  }
};

useAppStore.getState().setLang(detectLang(location.search, rememberedLang(), navigator.language));
void loadBundledMap();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
