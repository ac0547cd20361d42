import { Suspense, lazy, useId, useRef, useState } from 'react';
import { useEscapeLayer } from '../shortcuts';
import type { SparqlPanelProps } from './SparqlPanelBody';
import type { SparqlApi } from './useSparql';
import { usePointerOutside } from '../popover/usePointerOutside';

const SparqlPanelBody = lazy(() => import('./SparqlPanelBody'));

/**
 * "SPARQL…" in the top bar: a popover to connect to an endpoint, search the
 * store and bring a result onto the graph (its content loads on first use).
 */
export function SparqlPanel(props: SparqlPanelProps) {
  const [open, setOpen] = useState(false);
  const anchorRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const ids = useId();

  usePointerOutside(anchorRef, open, () => setOpen(false));

  useEscapeLayer(open, () => {
    setOpen(false);
    buttonRef.current?.focus();
  });

  return (
    <div className="menu-anchor" ref={anchorRef}>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? `${ids}-panel` : undefined}
        onClick={() => setOpen((o) => !o)}
        title="Explore a SPARQL endpoint that holds Parley's vocabulary"
      >
        SPARQL…
      </button>
      {open && (
        <Suspense fallback={<div className="popover sparql-panel">Loading…</div>}>
          <SparqlPanelBody
            {...props}
            id={`${ids}-panel`}
            onClose={() => {
              // Closed by Connect or a pick: focus stays in the top bar, not on the page.
              setOpen(false);
              buttonRef.current?.focus();
            }}
          />
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
