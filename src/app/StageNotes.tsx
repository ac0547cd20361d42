import { isLarge } from '../canvas/lod';
import { Notices } from '../features/notices/Notices';
import { useExplorer, useSession, useShown, useView } from '../features/shell';
import { filtersActive } from '../state/viewState';

/** Notices in their own row under the top bar (what a link or a load left out): never over the graph. */
export function AppNotices() {
  const { actions } = useExplorer();
  const notices = useSession((s) => s.notices);
  return <Notices notices={notices} onDismiss={actions.dismissNotices} />;
}

/** Notes on the stage: a big graph's simplified drawing, the filters' count. */
export function StageNotes() {
  const { graph } = useExplorer();
  return (
    <>
      {isLarge(graph.order, graph.size) && (
        <p className="lod-note" role="note">
          Large graph ({graph.order.toLocaleString('en')} entities,{' '}
          {graph.size.toLocaleString('en')} relations), drawn in simplified form
          {/* On a phone the why is read out but not shown: five lines would cover the selection. */}
          <span className="lod-more">
            : labels and relations are shown only around the selected entity, there is no hover
            highlighting, nodes cannot be dragged, and the force layout runs at draft quality
          </span>
          .
        </p>
      )}
      <FilterNote />
    </>
  );
}

/** "12 of 80 entities hidden. Reset filters" while any filter is on. */
function FilterNote() {
  const { graph, actions } = useExplorer();
  const { visible, focusCenter } = useShown();
  const active = useView(filtersActive);
  const depth = useView((v) => v.focusDepth);
  if (!active) return null;
  const label = focusCenter ? graph.getNodeAttribute(focusCenter, 'label') : undefined;
  return (
    <div className="filter-note" role="status">
      {graph.order - visible.nodes.size} of {graph.order} entities hidden
      {depth > 0 && label ? ` (showing ${depth}-step network of ${label})` : ''}.{' '}
      <button type="button" className="link-button" onClick={actions.resetFilters}>
        Reset filters
      </button>
    </div>
  );
}

/** Nothing to draw: an empty dataset, or filters that leave nothing. */
export function EmptyStage() {
  const { graph, actions } = useExplorer();
  const { visible } = useShown();
  if (visible.nodes.size > 0) return null;
  return (
    <div className="empty-state" role="status">
      {graph.order === 0 ? (
        <p>This dataset has no entities yet.</p>
      ) : (
        <>
          <p>Nothing matches the current filters.</p>
          <button type="button" onClick={actions.resetFilters}>
            Reset filters
          </button>
        </>
      )}
    </div>
  );
}
