import { useMemo } from 'react';
import { useViewEdits } from '../features/expand/useViewEdits';
import type { ExplorerApi, Shown } from '../features/shell';
import { useSyncExternalStore } from 'react';
import { withEdits } from '../graph/expand';
import { visibleElements, type GraphFilter } from '../graph/filter';
import type { ViewState } from '../state/viewState';

/** Reads one field of the view store (the shell's own, before its context exists). */
function useField<K extends keyof ViewState>(api: ExplorerApi, key: K): ViewState[K] {
  return useSyncExternalStore(api.view.subscribe, () => api.view.get().present[key]);
}

/**
 * What the filters leave on the view, derived once from the store: the
 * filter, what layouts follow, what is shown after Show neighbours and Hide.
 */
export function useShownState(
  api: ExplorerApi,
  more?: {
    beforeExpand?: ((id: string) => Promise<void>) | undefined;
    mayLoadMore?: ((id: string) => boolean) | undefined;
  },
): Shown {
  const { graph } = api;
  const hiddenTypes = useField(api, 'hiddenTypes');
  const hiddenRelations = useField(api, 'hiddenRelations');
  const period = useField(api, 'period');
  const asOf = useField(api, 'asOf');
  const hideIsolated = useField(api, 'hideIsolated');
  const depth = useField(api, 'focusDepth');
  const center = useField(api, 'focusCenter');
  const expanded = useField(api, 'expanded');
  const hidden = useField(api, 'hidden');
  const focusCenter = depth > 0 && center && graph.hasNode(center) ? center : undefined;
  const filter = useMemo<GraphFilter>(
    () => ({
      hiddenTypes,
      hiddenRelations,
      ...(period && !asOf ? { period } : {}),
      hideIsolated,
      ...(focusCenter ? { focus: { center: focusCenter, depth } } : {}),
    }),
    [hiddenTypes, hiddenRelations, period, asOf, hideIsolated, focusCenter, depth],
  );
  const base = useMemo(() => visibleElements(graph, filter), [graph, filter]);
  const visible = useMemo(
    () => withEdits(graph, filter, base, { expanded, hidden }),
    [graph, filter, base, expanded, hidden],
  );
  const { beforeExpand, mayLoadMore } = more ?? {};
  const edits = useViewEdits({
    graph,
    filter,
    shown: visible.nodes,
    hidden,
    dispatch: api.view.dispatch,
    ...(beforeExpand && mayLoadMore ? { beforeExpand, mayLoadMore } : {}),
  });
  return useMemo(
    () => ({ filter, base, visible, focusCenter, edits }),
    [filter, base, visible, focusCenter, edits],
  );
}
