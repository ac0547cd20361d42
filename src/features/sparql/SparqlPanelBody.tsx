import { useEffect, useRef, useState } from 'react';
import type { SourceHit } from '../../data/source';
import { ENTITY_TYPE_LABELS, isEntityType } from '../../model';
import { PlainErrorMessage } from '../notices/PlainErrorMessage';
import type { PlainError } from '../notices/plainError';
import { EndpointForm } from './EndpointForm';
import { sparqlErrorWords } from './sparqlWords';
import type { SparqlApi } from './useSparql';
import './sparql.css';

export interface SparqlPanelProps {
  sparql: SparqlApi;
  /** The dataset on screen came from this endpoint. */
  connected: boolean;
  /** Whether an entity is in the dataset on screen. */
  has: (id: string) => boolean;
  /** Selects a search result once it is on screen. */
  onPick: (id: string) => void;
}

const typeLabel = (t: string) => (isEntityType(t) ? ENTITY_TYPE_LABELS[t] : t);

/**
 * The SPARQL panel's content, loaded when it first opens: connect by
 * address; once connected, search the store's labels on the server and
 * bring a result (with its neighbourhood) onto the graph. One more hop
 * around an entity is Show neighbours, in Details.
 */
export default function SparqlPanelBody({
  id,
  sparql,
  connected,
  has,
  onPick,
  onClose,
}: SparqlPanelProps & { id: string; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SourceHit[] | undefined>();
  const [searchError, setSearchError] = useState<PlainError | undefined>();
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
      setSearchError(sparqlErrorWords(err));
    }
  };

  const pick = (entity: string) => {
    onClose();
    // On screen with its neighbourhood: selected at once; else fetched first.
    if (has(entity) && !sparql.mayLoadMore(entity)) return onPick(entity);
    sparql.grow(entity).then(
      () => onPick(entity),
      () => undefined, // cancelled, or the failure is shown
    );
  };

  return (
    <div id={id} className="popover sparql-panel" role="dialog" aria-label="SPARQL endpoint">
      <EndpointForm
        initial={sparql.endpoint}
        inputRef={firstRef}
        busy={busy}
        primary
        onConnect={(url) => {
          onClose();
          void sparql.connect(url);
        }}
      />
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
          {searchError && <PlainErrorMessage error={searchError} />}
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
          <p className="muted">Show neighbours, in Details, loads one more hop from the store.</p>
        </>
      )}
    </div>
  );
}
