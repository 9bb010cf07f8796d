import { runImport } from '../../io/runImport';
import { useAppStore } from '../../store';

/** Reads the chosen files and stages the result for the report; the map changes only on Apply. */
export const importFileList = async (files: readonly File[]): Promise<void> => {
  if (files.length === 0) return;
  const store = useAppStore.getState();
  const names = files.map((file) => file.name);
  store.startImport(names);
  const result = await runImport([...files], store.graph);
  useAppStore.getState().stageImport({ result, files: names });
};
