import type { MonthKey, MonthRange } from '../graph/months';
import { ENTITY_TYPES, type EntityType } from '../model';
import type { ColourBy, Measure } from '../graph/measures';

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

/** The List view's two tables (the List view is shown when one is chosen). */
export const LIST_TABLES = ['entities', 'relations'] as const;
export type ListTable = (typeof LIST_TABLES)[number];

export type Selection = { kind: 'entity'; id: string } | { kind: 'relation'; id: string } | null;

/** Everything a person can change about the view; all of it lives in the URL. */
export interface ViewState {
  selection: Selection;
  /** Ego-network depth around the selected entity (0 = off). */
  focusDepth: 0 | 1 | 2;
  hiddenTypes: ReadonlySet<EntityType>;
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
  sizeBy?: Measure;
  /** Node colour by entity type (absent) or by community. */
  colourBy?: ColourBy;
  /** The List view (a table twin of the graph) and which table it shows; absent = the graph. */
  list?: ListTable;
}

export const INITIAL_VIEW: ViewState = {
  selection: null,
  focusDepth: 0,
  hiddenTypes: new Set(),
  hiddenRelations: new Set(),
  hideIsolated: false,
  layout: 'force',
};

export type ViewAction =
  | { type: 'select'; selection: Selection }
  | { type: 'focus'; depth: 0 | 1 | 2 }
  | { type: 'toggleType'; entityType: EntityType }
  | { type: 'setTypes'; hidden: ReadonlySet<EntityType> }
  | { type: 'toggleRelation'; relationType: string }
  | { type: 'setPeriod'; period: MonthRange | undefined }
  | { type: 'setAsOf'; asOf: MonthKey | undefined }
  | { type: 'setThread'; id: string | undefined }
  | { type: 'setCompare'; meetings: readonly [string, string] | undefined }
  | { type: 'setHideIsolated'; value: boolean }
  | { type: 'setLayout'; layout: LayoutName }
  | { type: 'setConnection'; connection: ConnectionQuery | undefined }
  | { type: 'setEncoding'; sizeBy?: Measure; colourBy?: ColourBy }
  | { type: 'setList'; list: ListTable | undefined }
  | { type: 'resetFilters' }
  | { type: 'clear' }
  | { type: 'restore'; state: ViewState };

function toggled<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}

/** Pure reducer: (state, action) → next state. */
export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'select':
      return {
        ...state,
        selection: action.selection,
        // Focus follows the selected entity; it makes no sense without one.
        focusDepth: action.selection?.kind === 'entity' ? state.focusDepth : 0,
      };
    case 'focus':
      return state.selection?.kind === 'entity' ? { ...state, focusDepth: action.depth } : state;
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
      const { period: _p, asOf: _a, ...rest } = state;
      return {
        ...rest,
        hiddenTypes: new Set(),
        hiddenRelations: new Set(),
        hideIsolated: false,
        focusDepth: 0,
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
        ...(colourBy === 'community' ? { colourBy } : {}),
      };
    }
    case 'setList': {
      const { list: _drop, ...rest } = state;
      return action.list ? { ...rest, list: action.list } : rest;
    }
    case 'clear':
      return { ...state, selection: null, focusDepth: 0 };
    case 'restore':
      return action.state;
  }
}

export function filtersActive(s: ViewState): boolean {
  return (
    s.hiddenTypes.size > 0 ||
    s.hiddenRelations.size > 0 ||
    // "As of" hides nothing (it fades): the time bar shows it and offers "All time".
    s.period !== undefined ||
    s.hideIsolated ||
    s.focusDepth > 0
  );
}

export const ALL_ENTITY_TYPES: readonly EntityType[] = ENTITY_TYPES;
