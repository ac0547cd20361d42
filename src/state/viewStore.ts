import type { MonthKey, MonthRange } from '../graph/months';
import type { ColourBy, SizeBy } from '../graph/measures';
import { createStore } from './store';
import { historyReducer, startHistory, type HistoryAction, type ViewHistory } from './viewHistory';
import {
  INITIAL_VIEW,
  type ConnectionQuery,
  type LayoutName,
  type ListTable,
  type Point,
  type Selection,
  type ViewState,
} from './viewState';

/**
 * The one view store: the view state with its undo history
 * (historyReducer), read through `get`/`subscribe` and changed only through
 * `dispatch` or the named actions below.
 */
export interface ViewStore {
  get(): ViewHistory;
  subscribe(listener: () => void): () => void;
  dispatch(action: HistoryAction): void;
  actions: ViewActions;
}

/** What a person can do to the view, by name (each is one reducer action). */
export function viewActions(dispatch: (a: HistoryAction) => void) {
  return {
    /** `within`: picked inside the view shown, so a focused network stays put. */
    select: (selection: Selection, within?: boolean) =>
      dispatch({ type: 'select', selection, ...(within ? { within } : {}) }),
    clear: () => dispatch({ type: 'clear' }),
    focus: (depth: 0 | 1 | 2) => dispatch({ type: 'focus', depth }),
    /** Selects the entity and shows its 1-step network (a double click on the canvas). */
    focusOn: (id: string) => {
      dispatch({ type: 'select', selection: { kind: 'entity', id } });
      dispatch({ type: 'focus', depth: 1 });
    },
    expand: (id: string, reveal: readonly string[]) => dispatch({ type: 'expand', id, reveal }),
    hide: (id: string) => dispatch({ type: 'hide', id }),
    unhide: (id: string) => dispatch({ type: 'unhide', id }),
    pin: (positions: ReadonlyMap<string, Point>) => dispatch({ type: 'pin', positions }),
    unpinAll: () => dispatch({ type: 'unpinAll' }),
    toggleType: (entityType: string) => dispatch({ type: 'toggleType', entityType }),
    setTypes: (hidden: ReadonlySet<string>) => dispatch({ type: 'setTypes', hidden }),
    toggleRelation: (relationType: string) => dispatch({ type: 'toggleRelation', relationType }),
    setHideIsolated: (value: boolean) => dispatch({ type: 'setHideIsolated', value }),
    setPeriod: (period: MonthRange | undefined) => dispatch({ type: 'setPeriod', period }),
    setAsOf: (asOf: MonthKey | undefined) => dispatch({ type: 'setAsOf', asOf }),
    setThread: (id: string | undefined) => dispatch({ type: 'setThread', id }),
    setCompare: (meetings: readonly [string, string] | undefined) =>
      dispatch({ type: 'setCompare', meetings }),
    setLayout: (layout: LayoutName) => dispatch({ type: 'setLayout', layout }),
    setConnection: (connection: ConnectionQuery | undefined) =>
      dispatch({ type: 'setConnection', connection }),
    setEncoding: (change: { sizeBy?: SizeBy; colourBy?: ColourBy }) =>
      dispatch({ type: 'setEncoding', ...change }),
    setList: (list: ListTable | undefined) => dispatch({ type: 'setList', list }),
    /** The Article view: a source's text, at one of its quotes; undefined closes it. */
    setArticle: (article: ViewState['article']) => dispatch({ type: 'setArticle', article }),
    resetFilters: () => dispatch({ type: 'resetFilters' }),
    undo: () => dispatch({ type: 'undo' }),
    redo: () => dispatch({ type: 'redo' }),
    /** A decoded address; `initial` for a dataset's first load (nothing to undo before it). */
    restore: (state: ViewState, initial?: boolean) =>
      dispatch({ type: 'restore', state, ...(initial ? { initial } : {}) }),
  };
}
export type ViewActions = ReturnType<typeof viewActions>;

export function createViewStore(initial: ViewState = INITIAL_VIEW): ViewStore {
  const store = createStore<ViewHistory>(startHistory(initial));
  const dispatch = (action: HistoryAction) => store.set((h) => historyReducer(h, action));
  return { get: store.get, subscribe: store.subscribe, dispatch, actions: viewActions(dispatch) };
}
