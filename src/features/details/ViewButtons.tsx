import type { ViewEditActions } from '../expand/useViewEdits';

/** Show neighbours / Hide: one button each, kept in place (focus stays on the one pressed). */
export function ViewButtons({ id, edits }: { id: string; edits: ViewEditActions }) {
  const more = edits.toShow(id);
  const hidden = edits.isHidden(id);
  // A store may hold more than it loaded: the button then fetches them.
  const fetchable = edits.mayLoadMore(id);
  const loading = edits.loading === id;
  const usable = (more > 0 || fetchable) && !loading;
  return (
    <div className="details-actions" role="group" aria-label="View">
      <button
        type="button"
        aria-disabled={!usable}
        aria-busy={loading || undefined}
        title={showTitle(more, fetchable, loading)}
        onClick={() => {
          if (usable) edits.showNeighbours(id);
        }}
      >
        Show neighbours
      </button>
      <button
        type="button"
        title={hidden ? 'Put it back on the graph (H)' : 'Take it off the graph (H)'}
        onClick={() => (hidden ? edits.unhide(id) : edits.hide(id))}
      >
        {hidden ? 'Show on graph' : 'Hide'}
      </button>
    </div>
  );
}

function showTitle(more: number, fetchable: boolean, loading: boolean): string {
  if (loading) return 'Loading its neighbours from the store…';
  if (fetchable) return 'Load its neighbours from the store and show them (N)';
  return more ? `${more} more on the graph (N)` : 'All its neighbours are shown';
}
