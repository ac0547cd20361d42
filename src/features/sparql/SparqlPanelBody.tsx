import { useEffect, useRef, useState } from 'react';
import type { SourceHit } from '../../data/source';
import { ENTITY_TYPE_LABELS, ENTITY_TYPES, type EntityType } from '../../model';
import type { SparqlApi } from './useSparql';
import './sparql.css';

export interface SparqlPanelProps {
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
 * The SPARQL panel's content, loaded when it first opens: connect by
 * address; once connected, search the store's labels on the server and load
 * one more hop around the selected entity.
 */
export default function SparqlPanelBody({
  id,
  sparql,
  connected,
  labelOf,
  onClose,
}: SparqlPanelProps & { id: string; onClose: () => void }) {
  const [url, setUrl] = useState(sparql.endpoint ?? '');
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SourceHit[] | undefined>();
  const [searchError, setSearchError] = useState<string | undefined>();
  const [selected] = useState(selectedId);
  const firstRef = useRef<HTMLInputElement>(null);
  const busy = sparql.status.kind === 'busy';

  useEffect(() => firstRef.current?.focus(), []);

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

  const pick = (entity: string) => {
    onClose();
    void sparql.expand(entity);
  };

  return (
    <div id={id} className="popover sparql-panel" role="dialog" aria-label="SPARQL endpoint">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!url.trim()) return;
          onClose();
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
  );
}
