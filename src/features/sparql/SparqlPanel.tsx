import { Suspense, lazy } from 'react';
import { useEscapeLayer } from '../shortcuts';
import type { SparqlPanelProps } from './SparqlPanelBody';
import type { SparqlApi } from './useSparql';
import { usePopover } from '../popover/usePopover';

const SparqlPanelBody = lazy(() => import('./SparqlPanelBody'));

/**
 * "SPARQL…" in the top bar: a popover to connect to an endpoint, search the
 * store and bring a result onto the graph (its content loads on first use).
 */
export function SparqlPanel(props: SparqlPanelProps) {
  const { open, close, anchorRef, panelId, trigger } = usePopover();
  return (
    <div className="menu-anchor" ref={anchorRef}>
      <button {...trigger} title="Explore a SPARQL endpoint that holds Parley's vocabulary">
        SPARQL…
      </button>
      {open && (
        <Suspense fallback={<div className="popover sparql-panel">Loading…</div>}>
          {/* Closed by Connect or a pick: focus stays in the top bar, not on the page. */}
          <SparqlPanelBody {...props} id={panelId} onClose={() => close(true)} />
        </Suspense>
      )}
    </div>
  );
}

/** While a request runs: what it is doing, and a way to stop it. */
export function SparqlProgress({ sparql }: { sparql: SparqlApi }) {
  // Escape stops it, as Cancel does, wherever focus is.
  useEscapeLayer(sparql.busy, sparql.cancel);
  if (sparql.status.kind !== 'busy') return null;
  return (
    <div className="opening-status sparql-progress" role="status">
      <span className="spinner" aria-hidden="true" /> {sparql.status.message}
      <button type="button" onClick={sparql.cancel}>
        Cancel
      </button>
    </div>
  );
}
