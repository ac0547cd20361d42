import { useEffect, useRef } from 'react';
import { decodeView, encodeView, KEPT_KEYS, type ViewContext } from '../state/urlCodec';
import type { ViewState } from '../state/viewState';
import type { ViewStore } from '../state/viewStore';

/** What makes a new history entry: a new selection or a new connection (ends, options, pick). */
function historyKey(s: ViewState): string | null {
  const c = s.connection;
  const path = c
    ? `${c.from},${c.to},${+c.followDirection}${+c.allowHubs}${+c.ignoreFilters},${c.longer},${c.pick}`
    : '';
  const sel = s.selection?.id ?? '';
  return sel || path ? `${sel}|${path}` : null;
}

/** The data source named in the address (`sparql=`, `timeout=`, `hops=`) and the embed layout (`embed=`) are not view state, but they stay there (KEPT_KEYS). */
function keepSource(search: string): string {
  const now = new URLSearchParams(window.location.search);
  const kept = KEPT_KEYS.filter((k) => now.has(k));
  if (!kept.length) return search;
  const p = new URLSearchParams(search);
  for (const k of kept) p.set(k, now.get(k)!);
  return `?${p.toString()}`;
}

/**
 * Keeps the view state and the address bar in step: a new selection pushes a
 * history entry (so Back and Forward walk the click-through), other changes
 * replace the current one. Back/Forward restore the decoded state.
 * Undo and Redo (src/state/viewHistory.ts) change only the view, never the
 * selection or the connection, so they replace the current entry: they add
 * nothing to the browser's history, and Back still walks the trail.
 */
export function useUrlState(
  store: ViewStore,
  ctx: ViewContext | undefined,
  onRestore: (notices: string[]) => void,
) {
  const restoring = useRef(false);
  const lastSelection = useRef<string | null>(null);
  const started = useRef(false);
  const onRestoreRef = useRef(onRestore);
  onRestoreRef.current = onRestore;
  const { restore } = store.actions;

  // First load of a dataset: the URL wins. Only once per mount: a dataset
  // that grows on screen (one more hop from a store) keeps the view it has.
  useEffect(() => {
    if (!ctx || started.current) return;
    started.current = true;
    const { state: decoded, notices } = decodeView(window.location.search, ctx);
    restoring.current = true;
    // The first state of this dataset: there is nothing before it to undo.
    restore(decoded, true);
    restoring.current = false;
    lastSelection.current = historyKey(decoded);
    onRestoreRef.current(notices);
  }, [ctx, restore]);

  useEffect(() => {
    if (!ctx) return;
    const onPop = () => {
      const { state: decoded, notices } = decodeView(window.location.search, ctx);
      restoring.current = true;
      lastSelection.current = historyKey(decoded);
      restore(decoded);
      restoring.current = false;
      onRestoreRef.current(notices);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [ctx, restore]);

  // Every change of the view store is written to the address as it happens
  // (a listener, not a render: the shell does not re-render for it).
  useEffect(() => {
    if (!ctx) return;
    let written = store.get().present;
    return store.subscribe(() => {
      const state = store.get().present;
      if (state === written) return;
      written = state;
      if (!started.current || restoring.current) return;
      writeAddress(state, lastSelection);
    });
  }, [ctx, store]);
}

function writeAddress(state: ViewState, lastSelection: { current: string | null }): void {
  const url = `${window.location.pathname}${keepSource(encodeView(state))}${window.location.hash}`;
  const sel = historyKey(state);
  if (sel !== lastSelection.current && sel !== null) window.history.pushState(null, '', url);
  else if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
    window.history.replaceState(null, '', url);
  lastSelection.current = sel;
}
