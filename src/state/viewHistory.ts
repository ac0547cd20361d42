import { keepEqualSets, viewReducer, type ViewAction, type ViewState } from './viewState';

/**
 * Undo and redo of view changes. A view change is anything that changes
 * what the graph shows or how it is drawn: focus, Show neighbours, Hide,
 * pins, filters, the time range, layout, size and colour. The selection on
 * its own and the open panels (thread, comparison, connection) are not —
 * Back and Forward walk those — so undoing puts back the view and leaves
 * the selection and panels as they are.
 */
export interface ViewHistory {
  past: readonly ViewState[];
  present: ViewState;
  future: readonly ViewState[];
}

export type HistoryAction = ViewAction | { type: 'undo' } | { type: 'redo' };

/** Steps kept; the oldest go first. */
export const HISTORY_CAP = 100;

export const startHistory = (present: ViewState): ViewHistory => ({
  past: [],
  present,
  future: [],
});

/** The fields undo and redo restore: everything about the view except the selection and the panels. */
const VIEW_FIELDS = [
  'focusDepth',
  'focusCenter',
  'expanded',
  'hidden',
  'pinned',
  'hiddenTypes',
  'hiddenRelations',
  'period',
  'asOf',
  'hideIsolated',
  'layout',
  'sizeBy',
  'colourBy',
] as const satisfies readonly (keyof ViewState)[];

const setKey = (s: ReadonlySet<string>) => [...s].sort().join(',');

/** A comparable summary of the view fields (sets and maps by content). */
export function viewKey(s: ViewState): string {
  return JSON.stringify([
    s.focusDepth,
    s.focusCenter ?? '',
    setKey(s.expanded),
    setKey(s.hidden),
    [...s.pinned].map(([id, p]) => `${id}:${p.x}:${p.y}`).sort(),
    setKey(s.hiddenTypes),
    setKey(s.hiddenRelations),
    s.period ?? '',
    s.asOf ?? '',
    s.hideIsolated,
    s.layout,
    s.sizeBy ?? '',
    s.colourBy ?? '',
  ]);
}

/** `present` with the view fields of `from` (optional ones removed when `from` has none). */
function withViewOf(present: ViewState, from: ViewState): ViewState {
  const next: Record<string, unknown> = { ...present };
  for (const k of VIEW_FIELDS) {
    if (from[k] === undefined) delete next[k];
    else next[k] = from[k];
  }
  return next as unknown as ViewState;
}

/** Pure: applies an action, recording the previous view when the action changed it. */
export function historyReducer(h: ViewHistory, action: HistoryAction): ViewHistory {
  if (action.type === 'undo') {
    const prev = h.past.at(-1);
    if (!prev) return h;
    return {
      past: h.past.slice(0, -1),
      present: withViewOf(h.present, prev),
      future: [...h.future, h.present],
    };
  }
  if (action.type === 'redo') {
    const next = h.future.at(-1);
    if (!next) return h;
    return {
      past: [...h.past, h.present],
      present: withViewOf(h.present, next),
      future: h.future.slice(0, -1),
    };
  }
  if (action.type === 'restore' && action.initial)
    return startHistory(keepEqualSets(h.present, action.state));
  const present = viewReducer(h.present, action);
  if (present === h.present) return h;
  if (viewKey(present) === viewKey(h.present)) return { ...h, present };
  // A new change: it can be undone, and what was undone before can no longer be redone.
  return { past: [...h.past, h.present].slice(-HISTORY_CAP), present, future: [] };
}

export const canUndo = (h: ViewHistory): boolean => h.past.length > 0;
export const canRedo = (h: ViewHistory): boolean => h.future.length > 0;
