/**
 * Worker layouts kept in IndexedDB, so a reload does not lay the same map out again. Keyed by a
 * hash of the node ids and edges; any failure (no IndexedDB, quota, private mode) just means the
 * layout runs again.
 */

const DATABASE = 'chain-explorer-layouts';
const STORE = 'positions';

/** FNV-1a over the node ids and edge index pairs, with the counts: equal maps give equal keys. */
export function topologyKey(nodeIds: readonly string[], edges: Int32Array): string {
  let hash = 0x811c9dc5;
  const add = (code: number) => {
    hash = Math.imul(hash ^ code, 0x01000193);
  };
  for (const id of nodeIds) {
    for (let index = 0; index < id.length; index += 1) add(id.charCodeAt(index));
    // A separator, so ['ab', 'c'] and ['a', 'bc'] differ.
    add(0);
  }
  edges.forEach(add);
  return `${nodeIds.length}:${edges.length / 2}:${(hash >>> 0).toString(36)}`;
}

const openDatabase = (): Promise<IDBDatabase> =>
  new Promise((resolve, reject) => {
    const request = globalThis.indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
  });

const inStore = <T>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> =>
  openDatabase().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const request = use(db.transaction(STORE, mode).objectStore(STORE));
        request.onsuccess = () => {
          db.close();
          resolve(request.result);
        };
        request.onerror = () => {
          db.close();
          reject(request.error ?? new Error('IndexedDB request failed'));
        };
      }),
  );

/** The stored x, y pairs for this key, or null when there are none or IndexedDB fails. */
export async function loadLayout(key: string): Promise<Float32Array | null> {
  if (typeof globalThis.indexedDB === 'undefined') return null;
  try {
    const stored: unknown = await inStore('readonly', (store) => store.get(key));
    return stored instanceof Float32Array ? stored : null;
  } catch {
    return null;
  }
}

export async function saveLayout(key: string, positions: Float32Array): Promise<void> {
  if (typeof globalThis.indexedDB === 'undefined') return;
  try {
    await inStore('readwrite', (store) => store.put(positions, key));
  } catch {
    // Not kept: the next visit lays the map out again.
  }
}
