/**
 * The user's stories in IndexedDB, one record per dataset. A database of its own, so it never
 * collides with the dataset's persistence. Every failure rejects; the caller keeps what it has.
 */
import { parseStory, storyToJson, type Story } from '../domain/story';

const DB_NAME = 'chain-explorer-stories';
const DB_VERSION = 1;
const STORE = 'stories';

/** Stories are kept as the JSON of an exported file, so loading checks them exactly as an import does. */
interface StoredStories {
  stories: string[];
}

const requestResult = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

const openDatabase = (): Promise<IDBDatabase> =>
  new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });

const withStore = async <T>(
  mode: IDBTransactionMode,
  request: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> => {
  const db = await openDatabase();
  try {
    const transaction = db.transaction(STORE, mode);
    // A write counts once its transaction commits, not when the request succeeds.
    const committed = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
    const [result] = await Promise.all([requestResult(request(transaction.objectStore(STORE))), committed]);
    return result;
  } finally {
    db.close();
  }
};

/** The stories saved for `dataset`; an unreadable entry (say, from a future version) is left out. */
export const loadStories = async (dataset: string): Promise<Story[]> => {
  const stored = (await withStore('readonly', (store) => store.get(dataset))) as StoredStories | undefined;
  const texts = Array.isArray(stored?.stories) ? stored.stories : [];
  return texts.flatMap((text) => {
    const { story } = typeof text === 'string' ? parseStory(text) : { story: null };
    return story ? [story] : [];
  });
};

export const saveStories = async (dataset: string, stories: readonly Story[]): Promise<void> => {
  const record: StoredStories = { stories: stories.map(storyToJson) };
  await withStore('readwrite', (store) => store.put(record, dataset));
};
