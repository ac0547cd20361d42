import { useCallback, useMemo, useRef } from 'react';
import type { GraphFilter } from '../../graph/filter';
import { neighboursToShow } from '../../graph/expand';
import type { ParleyGraph } from '../../graph/types';
import type { ViewAction } from '../../state/viewState';

/** What the Details panel and the keys offer on the selected entity. */
export interface ViewEditActions {
  /** How many neighbours "Show neighbours" would bring into view. */
  toShow(id: string): number;
  showNeighbours(id: string): void;
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
}

/**
 * "Show neighbours" and "Hide": the one place they are handled (Details
 * buttons, keyboard commands). Show neighbours adds the entity to the
 * expanded ones and brings back any of its neighbours that were hidden.
 */
export function useViewEdits(o: Options): ViewEditActions {
  const latest = useRef(o);
  latest.current = o;
  const showNeighbours = useCallback((id: string) => {
    const run = () => {
      const { graph, filter, shown, dispatch } = latest.current;
      if (!graph.hasNode(id)) return;
      dispatch({ type: 'expand', id, reveal: neighboursToShow(graph, filter, shown, id) });
    };
    const before = latest.current.beforeExpand;
    if (before) void before(id).then(run, () => undefined);
    else run();
  }, []);
  const { graph, filter, shown, hidden, dispatch } = o;
  return useMemo(
    () => ({
      toShow: (id) => (graph.hasNode(id) ? neighboursToShow(graph, filter, shown, id).length : 0),
      showNeighbours,
      isHidden: (id) => hidden.has(id),
      hide: (id) => dispatch({ type: 'hide', id }),
      unhide: (id) => dispatch({ type: 'unhide', id }),
    }),
    [graph, filter, shown, hidden, dispatch, showNeighbours],
  );
}
