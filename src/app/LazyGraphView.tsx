import { lazy } from 'react';

/**
 * The canvas (Cytoscape, fcose, react-cytoscapejs: about half of Parley's
 * JavaScript) is a chunk of its own, fetched as soon as the page starts, so the
 * top bar, search and summary are interactive before it has arrived and been
 * evaluated.
 */
const loadCanvas = () => import('../canvas/GraphView');
let pending: ReturnType<typeof loadCanvas> | undefined;

export function preloadGraphView(): ReturnType<typeof loadCanvas> {
  pending ??= loadCanvas();
  // A failed fetch may be retried (the error boundary's "Try again").
  pending.catch(() => (pending = undefined));
  return pending;
}

export const GraphView = lazy(() => preloadGraphView().then((m) => ({ default: m.GraphView })));

/** Stands where the graph will be while its code loads: same box, so nothing jumps. */
export function GraphLoading() {
  return (
    <div className="graph" role="region" aria-label="Graph" aria-busy="true">
      <div className="graph-progress" role="status">
        <span className="spinner" aria-hidden="true" /> Loading the graph…
      </div>
    </div>
  );
}
