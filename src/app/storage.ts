import type { Problem } from '../data/problems';
import { staticSource, type GraphSource } from '../data/source';
import { Vocabulary, type Dataset } from '../model';

/**
 * The opened dataset, kept in IndexedDB (datasets can be several MB, beyond
 * localStorage) so that it survives a reload until "Reset to bundled
 * dataset". One record; structured clone, no serialization step.
 */
const DB_NAME = 'parley';
const DB_VERSION = 1;
const STORE = 'datasets';
const KEY = 'opened';
export const STORED_VERSION = 1;

export interface StoredDataset {
  v: typeof STORED_VERSION;
  fileName: string;
  format: string;
  /** ISO date-time */
  savedAt: string;
  dataset: Dataset;
  problems: Problem[];
  /** How a foreign file's fields were mapped (older records have none). */
  mapped?: string[];
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  op: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = op(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? req.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

export async function saveOpened(record: Omit<StoredDataset, 'v' | 'savedAt'>): Promise<void> {
  const value: StoredDataset = { v: STORED_VERSION, savedAt: new Date().toISOString(), ...record };
  await withStore('readwrite', (s) => s.put(value, KEY));
}

/** The stored dataset, or undefined when there is none (or it is unreadable, then it is cleared). */
export async function loadOpened(): Promise<StoredDataset | undefined> {
  const value: unknown = await withStore('readonly', (s) => s.get(KEY));
  if (value === undefined) return undefined;
  if (isStored(value)) return value;
  await clearOpened().catch(() => undefined);
  return undefined;
}

export async function clearOpened(): Promise<void> {
  await withStore('readwrite', (s) => s.delete(KEY));
}

function isStored(v: unknown): v is StoredDataset {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Partial<StoredDataset>;
  const d = r.dataset;
  return (
    r.v === STORED_VERSION &&
    typeof r.fileName === 'string' &&
    typeof d === 'object' &&
    d !== null &&
    Array.isArray(d.entities) &&
    Array.isArray(d.relations) &&
    Array.isArray(d.sources) &&
    Array.isArray(r.problems)
  );
}

/** The stored copy as a GraphSource: already validated when it was opened, so read as it is. */
export function storedSource(stored: StoredDataset): GraphSource {
  // Structured clone keeps a vocabulary's fields, not its class: rebuild it.
  const v: unknown = stored.dataset.vocabulary;
  const cloned = v as { file: Vocabulary['file']; fileName: string } | undefined;
  const dataset =
    cloned && !(v instanceof Vocabulary)
      ? { ...stored.dataset, vocabulary: new Vocabulary(cloned.file, cloned.fileName) }
      : stored.dataset;
  return staticSource('file', stored.fileName, () =>
    Promise.resolve({
      ok: true,
      dataset,
      problems: stored.problems,
      format: stored.format,
      mapped: stored.mapped ?? [],
      notices: [
        `Showing “${stored.fileName}”, opened on ${stored.savedAt.slice(0, 10)} and kept in this browser. “Reset to bundled dataset” returns to the default.`,
      ],
    }),
  );
}
