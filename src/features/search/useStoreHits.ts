import { useEffect, useState } from 'react';
import type { SearchHit } from '../../graph/search';
import type { SourceHit } from '../../data/source';
import { isEntityType } from '../../model';

/** A source that holds more than it loaded (a SPARQL store), searched as you type. */
export interface StoreSearch {
  search(text: string, signal: AbortSignal): Promise<SourceHit[]>;
  /** Whether an entity is already in the graph on screen (then the local hit stands for it). */
  has(id: string): boolean;
  /** Brings an entity of the store onto the graph and selects it. */
  pick(id: string): void;
}

export type StoreHit = SearchHit & { fromStore: true };
export type StoreSearchState = 'idle' | 'searching' | 'done' | 'failed';

/** How long typing pauses before the store is asked. */
const DEBOUNCE_MS = 250;
const STORE_LIMIT = 8;
const IDLE: { hits: StoreHit[]; state: StoreSearchState } = { hits: [], state: 'idle' };

/** The store's answer as search hits: known types only, those not on screen yet, capped. */
export function storeHits(hits: readonly SourceHit[], has: (id: string) => boolean): StoreHit[] {
  const out: StoreHit[] = [];
  for (const h of hits) {
    if (out.length >= STORE_LIMIT) break;
    if (has(h.id) || !isEntityType(h.type)) continue;
    out.push({ id: h.id, label: h.label, type: h.type, score: 0, fromStore: true });
  }
  return out;
}

/**
 * The store's hits for what is typed: asked after a pause, the previous
 * request cancelled by the next keystroke. Without a store, nothing.
 */
export function useStoreHits(query: string, store: StoreSearch | undefined) {
  const [result, setResult] = useState<{ hits: StoreHit[]; state: StoreSearchState }>(IDLE);
  useEffect(() => {
    const text = query.trim();
    if (!store || text.length < 2) {
      // Kept as it is when already idle: no re-render per keystroke without a store.
      setResult(IDLE);
      return;
    }
    const c = new AbortController();
    setResult((r) => ({ hits: r.hits, state: 'searching' }));
    const timer = setTimeout(() => {
      store.search(text, c.signal).then(
        (hits) => {
          if (!c.signal.aborted) setResult({ hits: storeHits(hits, store.has), state: 'done' });
        },
        () => {
          if (!c.signal.aborted) setResult({ hits: [], state: 'failed' });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      c.abort();
    };
  }, [query, store]);
  return result;
}
