/**
 * The shown dataset kept in IndexedDB (database `chain-explorer`), so a reload shows the same map,
 * pinned positions included, and `Undo import` still works. Raw IndexedDB rather than idb-keyval
 * (Apache-2.0, 600 bytes): a big map is written as chunks put one after another's success, each
 * cloned in a task of its own, and a slot is read and cleared by key range; idb-keyval's setMany
 * clones every value in one task and it has no key ranges, so the same code would sit around it.
 */
import type { FileSpelling, Graph, GraphEdge, GraphNode, GraphSpelling } from '../domain/graph/types';

/** Where a map came from: the bundled files, or an upload (file names, time applied). */
/** Where a map came from: the bundled files, an upload, or the fictional example shipped with the app. */
export type Origin =
  { kind: 'bundled' } | { kind: 'upload'; files: string[]; time: number } | { kind: 'example'; time: number };

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
type Part = 'nodes' | 'edges';
const PARTS: readonly Part[] = ['nodes', 'edges'];

/** Raised when the stored shape changes, so an older record is dropped instead of misread. */
const FORMAT = 1;

/**
 * Elements per stored chunk. Each chunk is cloned into storage in a task of its own, so saving a
 * big map (after a drag, say) never holds up the page for long.
 */
export const CHUNK_SIZE = 2000;

/**
 * Keys: `[slot]` for a snapshot's head, `[slot, part, index]` for its chunks. Array keys compare
 * element by element, numbers as numbers, and any array after any string: `[slot]` to `[slot, []]`
 * spans one slot's records.
 */
type StoredKey = [Slot] | [Slot, Part, number];

/** The bundled map as shipped is not copied into storage: a flag stands for it. */
interface StoredHead {
  format: typeof FORMAT;
  origin: Origin;
  graph:
    | 'bundled'
    | {
        chunks: Record<Part, number>;
        nodeExtraColumns: string[];
        edgeExtraColumns: string[];
        spelling?: GraphSpelling;
      };
}

/** One slot's records as read back: its head, and its chunks in key order. */
export interface SlotRecords {
  head: unknown;
  chunks: Record<Part, unknown[]>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const isOrigin = (value: unknown): value is Origin =>
  isRecord(value) &&
  (value.kind === 'bundled' ||
    (value.kind === 'upload' && isStrings(value.files) && typeof value.time === 'number') ||
    (value.kind === 'example' && typeof value.time === 'number'));

const isFileSpelling = (value: unknown): value is FileSpelling =>
  isRecord(value) &&
  typeof value.file === 'string' &&
  Array.isArray(value.columns) &&
  value.columns.every(
    (column) => isRecord(column) && typeof column.header === 'string' && typeof column.field === 'string',
  ) &&
  isRecord(value.values) &&
  Object.values(value.values).every(
    (pairs) => Array.isArray(pairs) && pairs.every((pair) => isStrings(pair) && pair.length === 2),
  );

const isSpelling = (value: unknown): value is GraphSpelling =>
  isRecord(value) &&
  (value.nodes === undefined || isFileSpelling(value.nodes)) &&
  (value.edges === undefined || isFileSpelling(value.edges));

const isStoredGraph = (value: unknown): value is Exclude<StoredHead['graph'], 'bundled'> =>
  isRecord(value) &&
  isRecord(value.chunks) &&
  PARTS.every((part) => Number.isSafeInteger((value.chunks as Record<string, unknown>)[part])) &&
  isStrings(value.nodeExtraColumns) &&
  isStrings(value.edgeExtraColumns);

const isStoredHead = (value: unknown): value is StoredHead =>
  isRecord(value) &&
  value.format === FORMAT &&
  isOrigin(value.origin) &&
  (value.graph === 'bundled' || isStoredGraph(value.graph));

const chunksOf = <T>(elements: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(elements.length / CHUNK_SIZE) }, (_, index) =>
    elements.slice(index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE),
  );

/** The records that store a snapshot in a slot, head first. */
export function toRecords(
  slot: Slot,
  { graph, origin }: DatasetSnapshot,
  bundled: Graph | null,
): [StoredKey, unknown][] {
  if (graph === bundled) return [[[slot], { format: FORMAT, origin, graph: 'bundled' } satisfies StoredHead]];
  const chunks = { nodes: chunksOf(graph.nodes), edges: chunksOf(graph.edges) };
  const head: StoredHead = {
    format: FORMAT,
    origin,
    graph: {
      chunks: { nodes: chunks.nodes.length, edges: chunks.edges.length },
      nodeExtraColumns: graph.nodeExtraColumns,
      edgeExtraColumns: graph.edgeExtraColumns,
      ...(graph.spelling && { spelling: graph.spelling }),
    },
  };
  return [
    [[slot], head],
    ...PARTS.flatMap((part) =>
      chunks[part].map((chunk, index): [StoredKey, unknown] => [[slot, part, index], chunk]),
    ),
  ];
}

/** Records read back (keys and values in key order), by slot. */
export function groupRecords(
  keys: readonly IDBValidKey[],
  values: readonly unknown[],
): Map<Slot, SlotRecords> {
  const slots = new Map<Slot, SlotRecords>();
  keys.forEach((key, index) => {
    if (!Array.isArray(key)) return;
    const [slot, part] = key as unknown[];
    if (!SLOTS.includes(slot as Slot)) return;
    const records = slots.get(slot as Slot) ?? { head: undefined, chunks: { nodes: [], edges: [] } };
    slots.set(slot as Slot, records);
    if (part === undefined) records.head = values[index];
    else if (PARTS.includes(part as Part)) records.chunks[part as Part].push(values[index]);
  });
  return slots;
}

/** A stored slot's elements, or null when a chunk is missing or is not a list. */
const joinChunks = <T>(chunks: readonly unknown[], expected: number): T[] | null =>
  chunks.length === expected && chunks.every(Array.isArray) ? (chunks as T[][]).flat() : null;

/**
 * A slot's records back as a snapshot; null when they are not one (another format, damaged) or
 * stand for a bundled map that could not be loaded. Structured cloning gives attributes
 * Object.prototype back; they must be null-prototype again, or a `constructor` attribute would read
 * as a function.
 */
export function fromRecords(records: SlotRecords | undefined, bundled: Graph | null): DatasetSnapshot | null {
  if (!records || !isStoredHead(records.head)) return null;
  const { origin, graph: stored } = records.head;
  if (stored === 'bundled') return bundled && { graph: bundled, origin };
  const nodes = joinChunks<GraphNode>(records.chunks.nodes, stored.chunks.nodes);
  const edges = joinChunks<GraphEdge>(records.chunks.edges, stored.chunks.edges);
  if (!nodes || !edges) return null;
  for (const item of [...nodes, ...edges]) Object.setPrototypeOf(item.attributes, null);
  return {
    graph: {
      nodes,
      edges,
      nodeExtraColumns: stored.nodeExtraColumns,
      edgeExtraColumns: stored.edgeExtraColumns,
      // Only a spelling of the right shape: a damaged one would write a damaged export.
      ...(isSpelling(stored.spelling) && { spelling: stored.spelling }),
    },
    origin,
  };
}

const isQuotaError = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'QuotaExceededError';

const requestResult = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

const transactionDone = (transaction: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () =>
      reject(transaction.error ?? new DOMException('transaction aborted', 'AbortError'));
  });

/**
 * Puts the records one after another, each from the previous one's success, so each is cloned in a
 * task of its own. Resolves when the transaction commits.
 */
function writeInTurn(
  transaction: IDBTransaction,
  store: IDBObjectStore,
  records: readonly [StoredKey, unknown][],
): Promise<void> {
  const done = transactionDone(transaction);
  let failure: unknown;
  const put = (index: number) => {
    const record = records[index];
    if (!record) return;
    try {
      store.put(record[1], record[0]).onsuccess = () => put(index + 1);
    } catch (error) {
      // A value that cannot be stored throws here instead of failing its request.
      failure = error;
      transaction.abort();
    }
  };
  put(0);
  return done.catch((error: unknown) => {
    throw failure ?? error;
  });
}

/** Snapshots are rebuilt by the caller on each save; what is stored only changes with the graph or the origin. */
const sameSnapshot = (a: DatasetSnapshot | null | undefined, b: DatasetSnapshot | null): boolean =>
  a === b || (!!a && !!b && a.graph === b.graph && a.origin === b.origin);

export interface DatasetStorage {
  /**
   * The saved dataset; null when there is none. Rejects with a StorageFailure. The bundled map may
   * still be loading: storage is read meanwhile, and it is waited for only to stand for a saved
   * "bundled" flag.
   */
  load: (bundled: Graph | null | Promise<Graph | null>) => Promise<SavedDataset | null>;
  /** Writes what changed since the last save or load (a drag rewrites only the current map). Rejects with a StorageFailure. */
  save: (dataset: SavedDataset, bundled: Graph | null) => Promise<void>;
}

/** `indexedDB` is injected so tests can stand in a fake or its absence. */
export function createDatasetStorage(
  indexedDB: () => IDBFactory | undefined = () => globalThis.indexedDB,
): DatasetStorage {
  let database: Promise<IDBDatabase> | null = null;
  /** What each slot holds in storage now; undefined until known. */
  const written: Record<Slot, DatasetSnapshot | null | undefined> = {
    current: undefined,
    previous: undefined,
  };

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
      let slots: Map<Slot, SlotRecords>;
      try {
        const store = db.transaction(STORE, 'readonly').objectStore(STORE);
        const [keys, values] = await Promise.all([
          requestResult(store.getAllKeys()),
          requestResult(store.getAll()),
        ]);
        slots = groupRecords(keys, values);
      } catch (error) {
        throw new StorageFailure('read-failed', error);
      }
      const stored = slots.get('current');
      if (!stored) return null;
      const bundledGraph = await bundled;
      const current = fromRecords(stored, bundledGraph);
      if (!current)
        throw new StorageFailure(
          'read-failed',
          new Error('the saved dataset is damaged or of another format'),
        );
      const previous = fromRecords(slots.get('previous'), bundledGraph);
      written.current = current;
      written.previous = previous;
      return { current, previous };
    },
    save: async (dataset, bundled) => {
      const changed = SLOTS.filter((slot) => !sameSnapshot(written[slot], dataset[slot]));
      if (changed.length === 0) return;
      const db = await open();
      const records = changed.flatMap((slot) => {
        const snapshot = dataset[slot];
        return snapshot ? toRecords(slot, snapshot, bundled) : [];
      });
      try {
        const transaction = db.transaction(STORE, 'readwrite');
        const store = transaction.objectStore(STORE);
        for (const slot of changed) store.delete(IDBKeyRange.bound([slot], [slot, []]));
        await writeInTurn(transaction, store, records);
      } catch (error) {
        throw new StorageFailure(isQuotaError(error) ? 'quota' : 'write-failed', error);
      }
      for (const slot of changed) written[slot] = dataset[slot];
    },
  };
}
