import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { GraphSource } from '../../data/source';
import type { GraphFilter, Visible } from '../../graph/filter';
import type { LoadReport } from '../../graph/build';
import type { LazySearchIndex } from '../../graph/search';
import { timeWindow, type TimeWindow } from '../../graph/timeWindow';
import type { ParleyGraph } from '../../graph/types';
import type { Dataset, Source } from '../../model';
import type { Store } from '../../state/store';
import type { ViewHistory } from '../../state/viewHistory';
import type { ViewState } from '../../state/viewState';
import type { ViewStore } from '../../state/viewStore';
import type { ViewEditActions } from '../expand/useViewEdits';
import type { ExplorerActions } from './actions';
import type { Session } from './session';

/** What every panel may read: the dataset, its search index, the two stores and the named actions. */
export interface ExplorerApi {
  graph: ParleyGraph;
  dataset: Dataset;
  report: LoadReport;
  sources: ReadonlyMap<string, Source>;
  /** Where the dataset came from: it may serve the sources' texts (the Article). */
  source: GraphSource;
  /** The layout is the opened file's own (the layout menu says "From the file"). */
  layoutFromFile: boolean;
  /** `embed=1`: the layout for an iframe (graph, search, one compact card). */
  embed: boolean;
  index: LazySearchIndex;
  view: ViewStore;
  session: Store<Session>;
  actions: ExplorerActions;
  /** Offered by every panel's error boundary. */
  onResetToBundled?: (() => void) | undefined;
}

/** What the filters leave on the view (derived from the store once, in the shell). */
export interface Shown {
  filter: GraphFilter;
  /** What layouts follow; Show neighbours and Hide edit it without a relayout. */
  base: Visible;
  visible: Visible;
  /** The ego network's centre, when one is shown. */
  focusCenter: string | undefined;
  /** Show neighbours and Hide, through the source (a store fetches one more hop first). */
  edits: ViewEditActions;
}

export const ExplorerContext = createContext<ExplorerApi | null>(null);
export const ShownContext = createContext<Shown | null>(null);

export function useExplorer(): ExplorerApi {
  const api = useContext(ExplorerContext);
  if (!api) throw new Error('shell/useExplorer: used outside the Explorer');
  return api;
}

export function useShown(): Shown {
  const shown = useContext(ShownContext);
  if (!shown) throw new Error('shell/useShown: used outside the Explorer');
  return shown;
}

export const useActions = (): ExplorerActions => useExplorer().actions;

/**
 * Reads part of the view state; the component re-renders only when that
 * part changes. The selector returns a field or a primitive (a new object
 * each call would never settle).
 */
export function useView<T>(select: (v: ViewState) => T): T {
  const { view } = useExplorer();
  return useSyncExternalStore(view.subscribe, () => select(view.get().present));
}

/** Reads the undo history (can undo, can redo). */
export function useHistory<T>(select: (h: ViewHistory) => T): T {
  const { view } = useExplorer();
  return useSyncExternalStore(view.subscribe, () => select(view.get()));
}

/** Reads part of this visit's session (marks, notices, asked panels). */
export function useSession<T>(select: (s: Session) => T): T {
  const { session } = useExplorer();
  return useSyncExternalStore(session.subscribe, () => select(session.get()));
}

/** What the panels (Details, Thread, Comparison) show of time: the range, or up to "as of". */
export function useTimeWindow(): TimeWindow {
  const period = useView((v) => v.period);
  const asOf = useView((v) => v.asOf);
  return useMemo(() => timeWindow(period, asOf), [period, asOf]);
}

/** The dataset in one line ("Title; 5 sources."): a comparison's caption, the embed's card. */
export function useCaptionBase(): string {
  const { dataset } = useExplorer();
  return useMemo(
    () =>
      `${dataset.title ?? 'Parley dataset'}; ${dataset.sources.length} ${dataset.sources.length === 1 ? 'source' : 'sources'}.`,
    [dataset],
  );
}
