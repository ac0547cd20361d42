import { useCallback, useMemo, useRef, useState } from 'react';
import type { GraphFilter } from '../../graph/filter';
import { neighboursToShow } from '../../graph/expand';
import type { ParleyGraph } from '../../graph/types';
import type { ViewAction } from '../../state/viewState';

/** What the Details panel and the keys offer on the selected entity. */
export interface ViewEditActions {
  /** How many neighbours "Show neighbours" would bring into view. */
  toShow(id: string): number;
  showNeighbours(id: string): void;
  /** Whether the source may hold neighbours of it that are not loaded yet (Show neighbours fetches them). */
  mayLoadMore(id: string): boolean;
  /** The entity whose neighbours are being fetched now. */
  loading: string | undefined;
  isHidden(id: string): boolean;
  hide(id: string): void;
  unhide(id: string): void;
}

interface Options {
  graph: ParleyGraph;
  filter: GraphFilter;
  /** The entities shown now. */
  shown: ReadonlySet<string>;
  hidden: ReadonlySet<string>;
  dispatch: (a: ViewAction) => void;
  /**
   * The seam for sources that hold more than they loaded (a SPARQL store,
   * `GraphSource.expand` in src/data/source.ts): an async step run *before*
   * the neighbours are shown, which fetches one more hop around `id` and
   * resolves once the new graph is in place. The neighbours are then read
   * from the latest graph, filter and view (through refs), not the ones of
   * the click. Absent for the bundled and opened datasets, which hold
   * everything.
   */
  beforeExpand?: (id: string) => Promise<void>;
  /** With `beforeExpand`: whether the source holds more around `id` than it loaded. */
  mayLoadMore?: (id: string) => boolean;
}

/**
 * "Show neighbours" and "Hide": the one place they are handled (Details
 * buttons, keyboard commands). Show neighbours adds the entity to the
 * expanded ones and brings back any of its neighbours that were hidden.
 */
export function useViewEdits(o: Options): ViewEditActions {
  const latest = useRef(o);
  latest.current = o;
  const [loading, setLoading] = useState<string | undefined>();
  const busy = useRef(false);
  const showNeighbours = useCallback((id: string) => {
    const run = () => {
      const { graph, filter, shown, dispatch } = latest.current;
      if (!graph.hasNode(id)) return;
      dispatch({ type: 'expand', id, reveal: neighboursToShow(graph, filter, shown, id) });
    };
    const { beforeExpand, mayLoadMore } = latest.current;
    if (!beforeExpand || !mayLoadMore?.(id)) return run();
    if (busy.current) return; // one hop at a time: the first one's progress line is showing
    busy.current = true;
    setLoading(id);
    // Cancelled or failed: nothing is shown (the failure is told where it happened).
    void beforeExpand(id)
      .then(run, () => undefined)
      .finally(() => {
        busy.current = false;
        setLoading(undefined);
      });
  }, []);
  const { graph, filter, shown, hidden, dispatch, mayLoadMore } = o;
  return useMemo(
    () => ({
      toShow: (id) => (graph.hasNode(id) ? neighboursToShow(graph, filter, shown, id).length : 0),
      showNeighbours,
      mayLoadMore: (id) => mayLoadMore?.(id) ?? false,
      loading,
      isHidden: (id) => hidden.has(id),
      hide: (id) => dispatch({ type: 'hide', id }),
      unhide: (id) => dispatch({ type: 'unhide', id }),
    }),
    [graph, filter, shown, hidden, dispatch, showNeighbours, mayLoadMore, loading],
  );
}
