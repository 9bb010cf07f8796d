import type { Graph } from '../../domain/graph/types';
import {
  createDatasetStorage,
  StorageFailure,
  type SavedDataset,
  type StorageProblem,
} from '../../io/persistence';
import { rememberShowChanges } from '../../io/preferences';
import { useAppStore } from '../../store';

const storage = createDatasetStorage();

/** A drag saves positions node by node; one save after the last of a burst is enough. */
const SAVE_DELAY_MS = 300;

const problemOf = (error: unknown, fallback: StorageProblem): StorageProblem =>
  error instanceof StorageFailure ? error.problem : fallback;

/**
 * The dataset saved before the reload, or null, and the caller shows the bundled map. A saved map
 * that cannot be read is said; storage that is missing altogether only is once a save needs it.
 * Storage is read while the bundled map (`bundled`) still loads.
 */
export async function loadSavedDataset(
  bundled: Graph | null | Promise<Graph | null>,
): Promise<SavedDataset | null> {
  try {
    return await storage.load(bundled);
  } catch (error) {
    const problem = problemOf(error, 'read-failed');
    if (problem !== 'unavailable') useAppStore.getState().setStorageProblem(problem);
    return null;
  }
}

function saveNow(): void {
  const { graph, origin, previous, bundled } = useAppStore.getState();
  storage.save({ current: { graph, origin }, previous }, bundled).then(
    () => {
      // A later save that works clears a failed save's notice, but not the news that a restore failed.
      const { storageProblem, setStorageProblem } = useAppStore.getState();
      if (storageProblem !== null && storageProblem !== 'read-failed') setStorageProblem(null);
    },
    (error: unknown) => useAppStore.getState().setStorageProblem(problemOf(error, 'write-failed')),
  );
}

/**
 * From now on, the shown map and the one Undo brings back are saved whenever they change (Apply,
 * Undo, Reset, saved positions), and whether the map shows the changes between them is
 * remembered. Returns the unsubscribe.
 */
export function keepDatasetSaved(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = useAppStore.subscribe((state, before) => {
    if (state.showChanges !== before.showChanges) rememberShowChanges(state.showChanges);
    if (state.graph === before.graph && state.origin === before.origin && state.previous === before.previous)
      return;
    clearTimeout(timer);
    timer = setTimeout(saveNow, SAVE_DELAY_MS);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
