/**
 * The shown dataset kept in IndexedDB (database `chain-explorer`), so a reload shows the same map,
 * pinned positions included, and `Undo import` still works. Raw IndexedDB: two records and no
 * queries do not need a library.
 */
import type { Graph } from '../domain/graph/types';

/** Where a map came from: the bundled files, or an upload (file names, time applied). */
export type Origin = { kind: 'bundled' } | { kind: 'upload'; files: string[]; time: number };

/** A map and where it came from. */
export interface DatasetSnapshot {
  graph: Graph;
  origin: Origin;
}

/** What is kept: the map shown, and the one `Undo import` brings back. */
export interface SavedDataset {
  current: DatasetSnapshot;
  previous: DatasetSnapshot | null;
}

/** Why storage failed, worded by the UI. */
export type StorageProblem = 'unavailable' | 'quota' | 'write-failed' | 'read-failed';

export class StorageFailure extends Error {
  constructor(
    readonly problem: StorageProblem,
    cause: unknown,
  ) {
    super(`dataset storage: ${problem}`, { cause });
  }
}

const DATABASE = 'chain-explorer';
const VERSION = 1;
const STORE = 'dataset';
type Slot = keyof SavedDataset;
const SLOTS: readonly Slot[] = ['current', 'previous'];

/** Raised when the stored shape changes, so an older record is dropped instead of misread. */
const FORMAT = 1;

/** The bundled map as shipped is not copied into storage: a flag stands for it. */
interface StoredSnapshot {
  format: typeof FORMAT;
  origin: Origin;
  graph: Graph | 'bundled';
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const isOrigin = (value: unknown): value is Origin =>
  isRecord(value) &&
  (value.kind === 'bundled' ||
    (value.kind === 'upload' && Array.isArray(value.files) && value.files.every((file) => typeof file === 'string') && typeof value.time === 'number'));

const isGraph = (value: unknown): value is Graph =>
  isRecord(value) && ['nodes', 'edges', 'nodeExtraColumns', 'edgeExtraColumns'].every((key) => Array.isArray(value[key]));

const isStoredSnapshot = (value: unknown): value is StoredSnapshot =>
  isRecord(value) && value.format === FORMAT && isOrigin(value.origin) && (value.graph === 'bundled' || isGraph(value.graph));

export const toStored = ({ graph, origin }: DatasetSnapshot, bundled: Graph | null): StoredSnapshot => ({
  format: FORMAT,
  origin,
  graph: graph === bundled ? 'bundled' : graph,
});

/**
 * A stored record back as a snapshot; null when it is not one (another format, damaged) or stands
 * for a bundled map that could not be loaded. Structured cloning gives attributes Object.prototype
 * back; they must be null-prototype again, or a `constructor` attribute would read as a function.
 */
export const fromStored = (value: unknown, bundled: Graph | null): DatasetSnapshot | null => {
  if (!isStoredSnapshot(value)) return null;
  if (value.graph === 'bundled') return bundled && { graph: bundled, origin: value.origin };
  const { graph } = value;
  for (const item of [...graph.nodes, ...graph.edges]) Object.setPrototypeOf(item.attributes, null);
  return { graph, origin: value.origin };
};

const isQuotaError = (error: unknown): boolean => error instanceof DOMException && error.name === 'QuotaExceededError';

const requestResult = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

const transactionDone = (transaction: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new DOMException('transaction aborted', 'AbortError'));
  });

/** Snapshots are rebuilt by the caller on each save; what is stored only changes with the graph or the origin. */
const sameSnapshot = (a: DatasetSnapshot | null | undefined, b: DatasetSnapshot | null): boolean =>
  a === b || (!!a && !!b && a.graph === b.graph && a.origin === b.origin);

export interface DatasetStorage {
  /** The saved dataset; null when there is none. Rejects with a StorageFailure. */
  load: (bundled: Graph | null) => Promise<SavedDataset | null>;
  /** Writes what changed since the last save or load (a drag rewrites only the current map). Rejects with a StorageFailure. */
  save: (dataset: SavedDataset, bundled: Graph | null) => Promise<void>;
}

/** `indexedDB` is injected so tests can stand in a fake or its absence. */
export function createDatasetStorage(indexedDB: () => IDBFactory | undefined = () => globalThis.indexedDB): DatasetStorage {
  let database: Promise<IDBDatabase> | null = null;
  /** What each slot holds in storage now; undefined until known. */
  const written: Record<Slot, DatasetSnapshot | null | undefined> = { current: undefined, previous: undefined };

  const open = (): Promise<IDBDatabase> => {
    database ??= new Promise<IDBDatabase>((resolve, reject) => {
      const factory = indexedDB();
      if (!factory) throw new Error('IndexedDB is missing');
      const request = factory.open(DATABASE, VERSION);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      requestResult(request).then((db) => {
        // Another tab upgrading the database must not be blocked by this one; the next save reopens.
        db.onversionchange = () => {
          db.close();
          database = null;
        };
        resolve(db);
      }, reject);
    }).catch((error: unknown) => {
      database = null;
      throw new StorageFailure('unavailable', error);
    });
    return database;
  };

  return {
    load: async (bundled) => {
      const db = await open();
      let records: unknown[];
      try {
        const store = db.transaction(STORE, 'readonly').objectStore(STORE);
        records = await Promise.all(SLOTS.map((slot) => requestResult(store.get(slot))));
      } catch (error) {
        throw new StorageFailure('read-failed', error);
      }
      const [current, previous] = records;
      if (current === undefined) return null;
      if (!isStoredSnapshot(current)) throw new StorageFailure('read-failed', new Error('the saved dataset has another format'));
      const dataset = { current: fromStored(current, bundled), previous: fromStored(previous, bundled) };
      if (!dataset.current) return null;
      written.current = dataset.current;
      written.previous = dataset.previous;
      return { current: dataset.current, previous: dataset.previous };
    },
    save: async (dataset, bundled) => {
      const changed = SLOTS.filter((slot) => !sameSnapshot(written[slot], dataset[slot]));
      if (changed.length === 0) return;
      const db = await open();
      try {
        const transaction = db.transaction(STORE, 'readwrite');
        const store = transaction.objectStore(STORE);
        for (const slot of changed) {
          const snapshot = dataset[slot];
          if (snapshot) store.put(toStored(snapshot, bundled), slot);
          else store.delete(slot);
        }
        await transactionDone(transaction);
      } catch (error) {
        throw new StorageFailure(isQuotaError(error) ? 'quota' : 'write-failed', error);
      }
      for (const slot of changed) written[slot] = dataset[slot];
    },
  };
}
