import { useCallback, useEffect, useRef } from 'react';
import { TIMEOUT_PARAM } from '../data/sparql/timeout';
import {
  HOPS_PARAM,
  SPARQL_PARAM,
  useSparql,
  type SparqlLoaded,
} from '../features/sparql/useSparql';
import { keepKey } from './datasetKey';
import { loadedFrom, type DatasetState, type LoadedDataset } from './useDataset';

/** The address of a view freshly read from an endpoint: the source, its time limit, the selection, what was loaded. */
function freshAddress(l: SparqlLoaded, hops: string): string {
  const now = new URLSearchParams(window.location.search);
  const p = new URLSearchParams();
  p.set(SPARQL_PARAM, l.endpoint);
  const timeout = now.get(TIMEOUT_PARAM);
  if (timeout) p.set(TIMEOUT_PARAM, timeout);
  if (l.select) p.set('e', l.select);
  if (hops) p.set(HOPS_PARAM, hops);
  return `${window.location.pathname}?${p.toString()}`;
}

/**
 * A SPARQL endpoint's data on screen. It is shown, not stored: the address
 * (sparql=…, hops=…) brings it back. A first read replaces the dataset (a
 * new view); one more hop replaces it with a grown one under the same key
 * (the view stays) and resolves once the Explorer has it.
 */
export function useSparqlDataset(state: DatasetState, replace: (loaded: LoadedDataset) => void) {
  const shown = useRef<LoadedDataset | undefined>(undefined);
  shown.current = state.status === 'ready' ? state.loaded : undefined;
  const drawnWaiters = useRef<(() => void)[]>([]);
  useEffect(() => {
    // Parents' effects run after their children's: the Explorer has the new dataset by now.
    for (const done of drawnWaiters.current.splice(0)) done();
  }, [state]);

  const onSparql = useCallback(
    (l: SparqlLoaded): Promise<void> | void => {
      const { dataset } = l.load;
      const loaded = loadedFrom(l.source, {
        ...l.load,
        notices: [
          `Started from ${dataset.entities.length} entities and ${dataset.relations.length} relations read from ${l.endpoint}. Search the store from “SPARQL…”; Show neighbours loads one more hop from it.`,
        ],
      });
      // What was loaded stays in the address, so that a link loads it again.
      const hops = l.source.hops.join(',');
      const prev = shown.current;
      if (l.grown && prev?.source === l.source) {
        const here = new URL(window.location.href);
        here.searchParams.set(HOPS_PARAM, hops);
        window.history.replaceState(null, '', here.pathname + here.search + here.hash);
        keepKey(loaded, prev);
        const drawn = new Promise<void>((resolve) => drawnWaiters.current.push(resolve));
        replace(loaded);
        return drawn;
      }
      window.history.replaceState(null, '', freshAddress(l, hops));
      replace(loaded);
    },
    [replace],
  );
  return useSparql(onSparql, state.status !== 'loading');
}
