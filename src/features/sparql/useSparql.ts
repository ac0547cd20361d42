import { useCallback, useEffect, useRef, useState } from 'react';
import type { Problem } from '../../data/problems';
import type { LoadedFromSource, SourceHit, SourceLoad } from '../../data/source';
import type { SparqlSource } from '../../data/sparql/sparqlSource';

const loadSource = () => import('../../data/sparql/sparqlSource');

/** The URL parameter naming an endpoint: `?sparql=https://…/sparql&e=ha-kim-ngoc`. */
export const SPARQL_PARAM = 'sparql';

export type SparqlStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; message: string }
  | { kind: 'failed'; endpoint: string; problems: Problem[] };

export interface SparqlLoaded {
  endpoint: string;
  source: SparqlSource;
  /** Everything read from the store so far, validated. */
  load: LoadedFromSource;
  /** The entity to select in the new view. */
  select?: string;
}

/**
 * The SPARQL source's life in the app: connect (from the address or typed
 * in), search the store, load one more hop; each step shows progress, can be
 * cancelled, and fails with the source's own problems. The source object is
 * kept across datasets so that what was read accumulates.
 */
export function useSparql(onLoaded: (l: SparqlLoaded) => void, ready: boolean) {
  const [status, setStatus] = useState<SparqlStatus>({ kind: 'idle' });
  const [endpoint, setEndpoint] = useState<string | undefined>();
  const source = useRef<SparqlSource | undefined>(undefined);
  const controller = useRef<AbortController | undefined>(undefined);
  const onLoadedRef = useRef(onLoaded);
  useEffect(() => {
    onLoadedRef.current = onLoaded;
  }, [onLoaded]);

  const step = useCallback(
    async (
      url: string,
      work: (s: SparqlSource, signal: AbortSignal) => Promise<SourceLoad>,
      select?: string,
      fresh = false,
    ) => {
      controller.current?.abort();
      const c = new AbortController();
      controller.current = c;
      setStatus({ kind: 'busy', message: `Connecting to ${url}…` });
      try {
        // A new endpoint starts from nothing, but replaces the current one only once it loaded.
        const s =
          !fresh && source.current ? source.current : new (await loadSource()).SparqlSource(url);
        const result = await work(s, c.signal);
        if (c.signal.aborted) {
          setStatus({ kind: 'idle' });
          return;
        }
        if (!result.ok) {
          setStatus({ kind: 'failed', endpoint: url, problems: result.problems });
          return;
        }
        source.current = s;
        setEndpoint(url);
        setStatus({ kind: 'idle' });
        onLoadedRef.current({
          endpoint: url,
          source: s,
          load: result,
          ...(select ? { select } : {}),
        });
      } catch (e) {
        setStatus({
          kind: 'failed',
          endpoint: url,
          problems: [
            {
              severity: 'error',
              code: 'sparql',
              file: url,
              message: e instanceof Error ? e.message : String(e),
            },
          ],
        });
      }
    },
    [],
  );

  const progress = (message: string) => setStatus({ kind: 'busy', message });

  const connect = useCallback(
    (url: string, seed?: string) => {
      return step(url, (s, signal) => s.load({ signal, onProgress: progress }, seed), seed, true);
    },
    [step],
  );

  const expand = useCallback(
    (id: string) => {
      const url = source.current?.endpoint;
      if (!url) return Promise.resolve();
      return step(url, (s, signal) => s.expand([id], { signal, onProgress: progress }), id);
    },
    [step],
  );

  const search = useCallback(async (text: string, signal?: AbortSignal): Promise<SourceHit[]> => {
    const s = source.current;
    if (!s) return [];
    return s.search(text, signal ? { signal } : {});
  }, []);

  const cancel = useCallback(() => {
    controller.current?.abort();
    setStatus({ kind: 'idle' });
  }, []);
  const dismiss = useCallback(() => setStatus({ kind: 'idle' }), []);
  const isExpanded = useCallback((id: string) => source.current?.isExpanded(id) ?? false, []);

  // An endpoint in the address connects at start, seeded with the selected entity — once the
  // first dataset is on screen, so that it cannot replace what the endpoint sends.
  const started = useRef(false);
  useEffect(() => {
    if (!ready || started.current) return;
    started.current = true;
    const params = new URLSearchParams(window.location.search);
    const url = params.get(SPARQL_PARAM);
    if (url) void connect(url, params.get('e') ?? undefined);
  }, [ready, connect]);

  return { status, endpoint, connect, expand, search, cancel, dismiss, isExpanded };
}

export type SparqlApi = ReturnType<typeof useSparql>;
