import type { MonthKey, MonthRange } from '../graph/months';
import { ENTITY_TYPES, type EntityType } from '../model';
import type { ColourBy, SizeBy } from '../graph/measures';

export const LAYOUTS = [
  'force',
  'concentric',
  'circle',
  'grid',
  'breadthfirst',
  'timeline',
] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  force: 'Force-directed',
  concentric: 'Concentric (by degree)',
  circle: 'Circle',
  grid: 'Grid',
  breadthfirst: 'Tree from selection',
  timeline: 'Timeline',
};

/** A "Find connection" query: the two ends, the options, and which listed path is shown. */
export interface ConnectionQuery {
  from: string;
  to: string;
  /** Follow relation direction (default: ignore it). */
  followDirection: boolean;
  /** Allow countries and dialogue mechanisms as steps (default: avoid them). */
  allowHubs: boolean;
  /** Use every relation type, not only those the filters show. */
  ignoreFilters: boolean;
  /** How many lengths beyond the shortest are listed ("Show longer ones"). */
  longer: number;
  /** Index of the highlighted path in the list. */
  pick: number;
}

/** A node position in model coordinates (what Cytoscape calls `position`). */
export interface Point {
  x: number;
  y: number;
}

/** The List view's two tables (the List view is shown when one is chosen). */
export const LIST_TABLES = ['entities', 'relations'] as const;
export type ListTable = (typeof LIST_TABLES)[number];

export type Selection = { kind: 'entity'; id: string } | { kind: 'relation'; id: string } | null;

/** Everything a person can change about the view; all of it lives in the URL. */
export interface ViewState {
  selection: Selection;
  /** Ego-network depth around `focusCenter` (0 = off). */
  focusDepth: 0 | 1 | 2;
  /**
   * The entity the ego network is centred on (set with focusDepth > 0). It
   * starts as the selected entity; selecting inside the network keeps it, so
   * that the network can be explored and grown ("Show neighbours").
   */
  focusCenter?: string;
  /** Entities whose neighbours were added to the view ("Show neighbours"). */
  expanded: ReadonlySet<string>;
  /** Entities taken off the view ("Hide"). */
  hidden: ReadonlySet<string>;
  /** Nodes placed by hand (dragged): kept there through relayouts. */
  pinned: ReadonlyMap<string, Point>;
  /** Entity types hidden from the legend: built-in ones, or ones the vocabulary adds. */
  hiddenTypes: ReadonlySet<string>;
  hiddenRelations: ReadonlySet<string>;
  /** The time bar's range of months (inclusive); absent = all of time. */
  period?: MonthRange;
  /** "As of" mode: the world at the end of this month (later meetings fade). */
  asOf?: MonthKey;
  hideIsolated: boolean;
  layout: LayoutName;
  /** The entity whose thread is open. */
  thread?: string;
  /** The two meetings being compared (either may still be unpicked). */
  compare?: readonly [string, string];
  /** The connection shown (path search), if any. */
  connection?: ConnectionQuery;
  /** Node size by an importance measure (absent = degree). */
  sizeBy?: SizeBy;
  /** Node colour by entity type (absent) or by community. */
  colourBy?: ColourBy;
  /** The List view (a table twin of the graph) and which table it shows; absent = the graph. */
  list?: ListTable;
  /** The Article view: a source's full text, at one of its quotes (a quoteKey, src/graph/article.ts). */
  article?: { source: string; quote?: string };
}

export const INITIAL_VIEW: ViewState = {
  selection: null,
  focusDepth: 0,
  expanded: new Set(),
  hidden: new Set(),
  pinned: new Map(),
  hiddenTypes: new Set(),
  hiddenRelations: new Set(),
  hideIsolated: false,
  layout: 'force',
};

export type ViewAction =
  /** `within`: picked inside the view shown (on the canvas): a focused network stays put. */
  | { type: 'select'; selection: Selection; within?: boolean }
  /** Show neighbours: `reveal` are the neighbours it brings (taken off the hidden list). */
  | { type: 'expand'; id: string; reveal: readonly string[] }
  | { type: 'hide'; id: string }
  | { type: 'unhide'; id: string }
  /** Nodes dropped after a drag, at these positions. */
  | { type: 'pin'; positions: ReadonlyMap<string, Point> }
  | { type: 'unpinAll' }
  | { type: 'focus'; depth: 0 | 1 | 2 }
  | { type: 'toggleType'; entityType: string }
  | { type: 'setTypes'; hidden: ReadonlySet<string> }
  | { type: 'toggleRelation'; relationType: string }
  | { type: 'setPeriod'; period: MonthRange | undefined }
  | { type: 'setAsOf'; asOf: MonthKey | undefined }
  | { type: 'setThread'; id: string | undefined }
  | { type: 'setCompare'; meetings: readonly [string, string] | undefined }
  | { type: 'setHideIsolated'; value: boolean }
  | { type: 'setLayout'; layout: LayoutName }
  | { type: 'setConnection'; connection: ConnectionQuery | undefined }
  | { type: 'setEncoding'; sizeBy?: SizeBy; colourBy?: ColourBy }
  | { type: 'setList'; list: ListTable | undefined }
  | { type: 'setArticle'; article: ViewState['article'] }
  | { type: 'resetFilters' }
  | { type: 'clear' }
  /** A decoded address; `initial` for a dataset's first load (nothing to undo before it). */
  | { type: 'restore'; state: ViewState; initial?: boolean };

function toggled<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}

function without<T>(set: ReadonlySet<T>, items: readonly T[]): ReadonlySet<T> {
  if (!items.some((i) => set.has(i))) return set;
  const next = new Set(set);
  for (const i of items) next.delete(i);
  return next;
}

/**
 * Focus on `center` (depth 0: off). A new centre starts a new network: the
 * neighbours shown around the previous one go.
 */
function focused(state: ViewState, center: string, depth: 0 | 1 | 2): ViewState {
  const { focusCenter: previous, ...rest } = state;
  if (depth === 0) return { ...rest, focusDepth: 0, expanded: new Set() };
  const same = previous === center;
  return {
    ...rest,
    focusDepth: depth,
    focusCenter: center,
    expanded: same ? state.expanded : new Set(),
  };
}

/** Pure reducer: (state, action) → next state. */
export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'select': {
      const next = { ...state, selection: action.selection };
      if (state.focusDepth === 0 || action.within) return next;
      // Picked from elsewhere (search, a link): the focus follows the selected entity.
      const sel = action.selection;
      return sel?.kind === 'entity'
        ? focused(next, sel.id, state.focusDepth)
        : focused(next, '', 0);
    }
    case 'focus':
      return state.selection?.kind === 'entity'
        ? focused(state, state.selection.id, action.depth)
        : state;
    case 'expand':
      return {
        ...state,
        expanded: new Set(state.expanded).add(action.id),
        hidden: without(state.hidden, action.reveal),
      };
    case 'hide': {
      if (state.hidden.has(action.id)) return state;
      return {
        ...state,
        hidden: new Set(state.hidden).add(action.id),
        expanded: without(state.expanded, [action.id]),
      };
    }
    case 'unhide':
      return state.hidden.has(action.id)
        ? { ...state, hidden: without(state.hidden, [action.id]) }
        : state;
    case 'pin': {
      const pinned = new Map(state.pinned);
      for (const [id, p] of action.positions) pinned.set(id, { x: p.x, y: p.y });
      return { ...state, pinned };
    }
    case 'unpinAll':
      return state.pinned.size ? { ...state, pinned: new Map() } : state;
    case 'toggleType':
      return { ...state, hiddenTypes: toggled(state.hiddenTypes, action.entityType) };
    case 'setTypes':
      return { ...state, hiddenTypes: new Set(action.hidden) };
    case 'toggleRelation':
      return { ...state, hiddenRelations: toggled(state.hiddenRelations, action.relationType) };
    case 'setPeriod': {
      const { period: _drop, ...rest } = state;
      return action.period ? { ...rest, period: action.period } : rest;
    }
    case 'setAsOf': {
      const { asOf: _drop, ...rest } = state;
      return action.asOf ? { ...rest, asOf: action.asOf } : rest;
    }
    case 'setThread': {
      const { thread: _drop, ...rest } = state;
      return action.id ? { ...rest, thread: action.id } : rest;
    }
    case 'setCompare': {
      const { compare: _drop, ...rest } = state;
      return action.meetings ? { ...rest, compare: action.meetings } : rest;
    }
    case 'setHideIsolated':
      return { ...state, hideIsolated: action.value };
    case 'setLayout':
      return { ...state, layout: action.layout };
    case 'resetFilters': {
      const { period: _p, asOf: _a, focusCenter: _f, ...rest } = state;
      return {
        ...rest,
        hiddenTypes: new Set(),
        hiddenRelations: new Set(),
        hideIsolated: false,
        focusDepth: 0,
        expanded: new Set(),
        hidden: new Set(),
      };
    }
    case 'setConnection': {
      const { connection: _drop, ...rest } = state;
      return action.connection ? { ...rest, connection: action.connection } : rest;
    }
    case 'setEncoding': {
      const { sizeBy: _s, colourBy: _c, ...rest } = state;
      const sizeBy = action.sizeBy ?? state.sizeBy;
      const colourBy = action.colourBy ?? state.colourBy;
      return {
        ...rest,
        ...(sizeBy && sizeBy !== 'degree' ? { sizeBy } : {}),
        ...(colourBy && colourBy !== 'type' ? { colourBy } : {}),
      };
    }
    case 'setList': {
      const { list: _drop, ...rest } = state;
      return action.list ? { ...rest, list: action.list } : rest;
    }
    case 'setArticle': {
      const { article: _drop, ...rest } = state;
      return action.article ? { ...rest, article: action.article } : rest;
    }
    case 'clear':
      return focused({ ...state, selection: null }, '', 0);
    case 'restore':
      return keepEqualSets(state, action.state);
  }
}

/**
 * The next state with the current one's sets wherever they hold the same
 * members. What is derived from a set (what the filters leave visible: a big
 * file's 100,000 relations walked) is not derived again for an equal one —
 * the address restores a view that says "nothing hidden" as new empty sets.
 */
export function keepEqualSets(prev: ViewState, next: ViewState): ViewState {
  let out = next;
  for (const key of Object.keys(next) as (keyof ViewState)[]) {
    const a = prev[key];
    const b = next[key];
    if (a === b || !(a instanceof Set) || !(b instanceof Set) || !sameMembers(a, b)) continue;
    if (out === next) out = { ...next };
    (out as unknown as Record<string, unknown>)[key] = a;
  }
  return out;
}

function sameMembers(a: ReadonlySet<unknown>, b: ReadonlySet<unknown>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

export function filtersActive(s: ViewState): boolean {
  return (
    s.hiddenTypes.size > 0 ||
    s.hiddenRelations.size > 0 ||
    // "As of" hides nothing (it fades): the time bar shows it and offers "All time".
    s.period !== undefined ||
    s.hideIsolated ||
    s.focusDepth > 0 ||
    s.hidden.size > 0
  );
}

export const ALL_ENTITY_TYPES: readonly EntityType[] = ENTITY_TYPES;
