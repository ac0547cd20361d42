import { useSyncExternalStore } from 'react';

/**
 * What curating tells the rest of the explorer, and what the Article tells
 * curating, without the shell passing it along: whether Edit is on, the ids
 * with unsaved edits (marked on the canvas, in the Legend and in Details),
 * the names picked in the Article for a New relation, and a request to move
 * focus to the Selection toolbar. Tiny on purpose: it is in the first chunk,
 * the editor itself loads with the first press of Edit.
 */
export interface CurateLink {
  editing: boolean;
  unsaved: ReadonlySet<string>;
  /** Entity ids picked in the Article, for New relation's From and To. */
  picks: { from?: string; to?: string };
  /** Bumped when a person asks, by key, for what the selection can become. */
  actionsAsked: number;
  /** Where focus goes back to when the Selection toolbar is left with Escape. */
  returnTo?: HTMLElement | null;
}

const EMPTY: ReadonlySet<string> = new Set();
let state: CurateLink = { editing: false, unsaved: EMPTY, picks: {}, actionsAsked: 0 };
const listeners = new Set<() => void>();

export const curateLink = {
  get: () => state,
  set(patch: Partial<CurateLink>) {
    state = { ...state, ...patch };
    for (const fn of listeners) fn();
  },
  subscribe(fn: () => void) {
    listeners.add(fn);
    return () => {
      listeners.delete(fn);
    };
  },
  /** A name picked in the Article: From first, then To (a later pick replaces To). */
  pick(id: string) {
    const { from, to } = state.picks;
    if (from === id) return;
    curateLink.set({ picks: !from ? { from: id, ...(to ? { to } : {}) } : { from, to: id } });
  },
  clearPicks() {
    curateLink.set({ picks: {} });
  },
  askActions(returnTo: HTMLElement | null) {
    curateLink.set({ actionsAsked: state.actionsAsked + 1, returnTo });
  },
};

export function useCurateLink<T>(select: (s: CurateLink) => T): T {
  return useSyncExternalStore(
    curateLink.subscribe,
    () => select(state),
    () => select(state),
  );
}
