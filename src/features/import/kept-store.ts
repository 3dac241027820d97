// "Keep on this device": the history's stored form and a snapshot of what a reload paints
// first (status and all-time top tracks), in one IndexedDB database. The page reads the
// snapshot itself, so a reload paints without waiting for the worker; the worker reads and
// writes the rest. Delete removes the database.
import { type KeptHistory } from './protocol';

export const IMPORT_DB = 'heavy-rotation-import';
const STORE = 'kept';
const HISTORY_KEY = 'history';
const SNAPSHOT_KEY = 'snapshot';

export class StorageUnavailableError extends Error {
  constructor(cause?: unknown) {
    // A code, worded by the page (import-errors.ts): private window or storage full.
    super('storage-unavailable', { cause });
    this.name = 'StorageUnavailableError';
  }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function open(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new StorageUnavailableError());
  const opening = indexedDB.open(IMPORT_DB, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
  return request(opening).catch((error: unknown) => Promise.reject(new StorageUnavailableError(error)));
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(new StorageUnavailableError(tx.error));
    tx.onabort = () => reject(new StorageUnavailableError(tx.error));
  });
}

/** Whether a database exists, without creating one (a visit that never kept anything leaves none). */
async function exists(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  if (!('databases' in indexedDB)) return true;
  const list = await indexedDB.databases();
  return list.some((db) => db.name === IMPORT_DB);
}

async function get<T>(key: string): Promise<T | undefined> {
  if (!(await exists())) return undefined;
  const db = await open();
  try {
    return await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(key) as IDBRequest<T | undefined>);
  } finally {
    db.close();
  }
}

export interface KeptRecord {
  /** The deflated stored form (store-codec.ts). */
  data: Uint8Array;
}

export const readSnapshot = () => get<KeptHistory>(SNAPSHOT_KEY);
export const readHistory = () => get<KeptRecord>(HISTORY_KEY);

export async function writeKept(record: KeptRecord, snapshot: KeptHistory): Promise<void> {
  const db = await open();
  try {
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    store.put(record, HISTORY_KEY);
    store.put(snapshot, SNAPSHOT_KEY);
    await done(tx);
  } finally {
    db.close();
  }
}

export async function deleteKept(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await request(indexedDB.deleteDatabase(IMPORT_DB));
}
