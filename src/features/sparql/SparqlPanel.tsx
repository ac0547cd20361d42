import { useEffect, useId, useRef, useState } from 'react';
import type { SourceHit } from '../../data/source';
import { ENTITY_TYPE_LABELS, ENTITY_TYPES, type EntityType } from '../../model';
import { useEscapeLayer } from '../shortcuts';
import type { SparqlApi } from './useSparql';
import './sparql.css';

interface Props {
  sparql: SparqlApi;
  /** The dataset on screen came from this endpoint. */
  connected: boolean;
  /** Label of an entity id in the current dataset. */
  labelOf: (id: string) => string | undefined;
}

const typeLabel = (t: string) =>
  (ENTITY_TYPES as readonly string[]).includes(t) ? ENTITY_TYPE_LABELS[t as EntityType] : t;

/** The entity selected in the explorer (the address holds it). */
const selectedId = () => new URLSearchParams(window.location.search).get('e') ?? undefined;

/**
 * "SPARQL…": connect to an endpoint by address; once connected, search the
 * store's labels on the server and load one more hop around the selected
 * entity. Progress and Cancel show while a request runs.
 */
export function SparqlPanel({ sparql, connected, labelOf }: Props) {
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState(sparql.endpoint ?? '');
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SourceHit[] | undefined>();
  const [searchError, setSearchError] = useState<string | undefined>();
  const [selected, setSelected] = useState<string | undefined>();
  const anchorRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const ids = useId();
  const busy = sparql.status.kind === 'busy';

  useEffect(() => {
    if (!open) return;
    setSelected(selectedId());
    firstRef.current?.focus();
    const onPointer = (e: PointerEvent) => {
      if (anchorRef.current && !anchorRef.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  useEscapeLayer(open, () => {
    setOpen(false);
    buttonRef.current?.focus();
  });

  const runSearch = async (e: React.FormEvent) => {
    e.preventDefault();
    setSearchError(undefined);
    try {
      setHits(await sparql.search(query));
    } catch (err) {
      setHits(undefined);
      setSearchError(
        err instanceof Error ? err.message.replace(/^parley\/sparql: /, '') : String(err),
      );
    }
  };

  const pick = (id: string) => {
    setOpen(false);
    void sparql.expand(id);
  };

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
        <div
          id={`${ids}-panel`}
          className="popover sparql-panel"
          role="dialog"
          aria-label="SPARQL endpoint"
        >
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (!url.trim()) return;
              setOpen(false);
              void sparql.connect(url.trim());
            }}
          >
            <label className="field">
              <span>SPARQL endpoint URL</span>
              <input
                ref={firstRef}
                type="url"
                required
                value={url}
                placeholder="https://example.org/sparql"
                onChange={(e) => setUrl(e.target.value)}
              />
            </label>
            <button type="submit" className="primary" disabled={busy}>
              Connect
            </button>
          </form>
          {connected && (
            <>
              <form onSubmit={(e) => void runSearch(e)} role="search">
                <label className="field">
                  <span>Search the store</span>
                  <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
                </label>
                <button type="submit" disabled={busy || !query.trim()}>
                  Search
                </button>
              </form>
              {searchError && <p role="alert">{searchError}</p>}
              {hits && (
                <ul className="sparql-hits" aria-label="Results from the store">
                  {hits.length === 0 && <li>Nothing in the store matches.</li>}
                  {hits.map((h) => (
                    <li key={h.id}>
                      <button type="button" onClick={() => pick(h.id)}>
                        {h.label} <span className="muted">· {typeLabel(h.type)}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              {selected && (
                <button
                  type="button"
                  disabled={busy || sparql.isExpanded(selected)}
                  onClick={() => pick(selected)}
                >
                  {sparql.isExpanded(selected)
                    ? `Neighbours of ${labelOf(selected) ?? selected} loaded`
                    : `Load neighbours of ${labelOf(selected) ?? selected}`}
                </button>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}

/** While a request runs: what it is doing, and a way to stop it. */
export function SparqlProgress({ sparql }: { sparql: SparqlApi }) {
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
