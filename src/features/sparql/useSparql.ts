import { useCallback, useEffect, useRef, useState } from 'react';
import type { Problem } from '../../data/problems';
import type { LoadedFromSource, SourceHit, SourceLoad } from '../../data/source';
import type { SparqlSource } from '../../data/sparql/sparqlSource';
import { TIMEOUT_PARAM, timeoutFromParam } from '../../data/sparql/timeout';

const loadSource = () => import('../../data/sparql/sparqlSource');

/** The URL parameter naming an endpoint: `?sparql=https://…/sparql&e=ha-kim-ngoc`. */
export const SPARQL_PARAM = 'sparql';
/** The entities whose neighbourhoods were loaded from the store: `&hops=ha-kim-ngoc,psd-12`. */
export const HOPS_PARAM = 'hops';

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
  /**
   * One more hop on the graph already shown: the view (selection, filters,
   * positions, address) stays, only the graph grows.
   */
  grown?: boolean;
}

/** How a step ended. */
export type StepEnd = 'loaded' | 'cancelled' | 'failed';

/** Thrown by `grow` when the hop did not land (the caller shows nothing new). */
export class GrowStopped extends Error {
  constructor(readonly end: Exclude<StepEnd, 'loaded'>) {
    super(`one more hop ${end}`);
    this.name = 'GrowStopped';
  }
}

const timeoutNow = () =>
  timeoutFromParam(new URLSearchParams(window.location.search).get(TIMEOUT_PARAM));

/**
 * The SPARQL source's life in the app: connect (from the address or typed
 * in), search the store, load one more hop; each step shows progress, can be
 * cancelled, and fails with the source's own problems. The source object is
 * kept across datasets so that what was read accumulates.
 *
 * `onLoaded` may return a promise that settles once the new graph is on
 * screen: a hop (`grow`) resolves only then.
 */
export function useSparql(onLoaded: (l: SparqlLoaded) => void | Promise<void>, ready: boolean) {
  const [status, setStatus] = useState<SparqlStatus>({ kind: 'idle' });
  const [endpoint, setEndpoint] = useState<string | undefined>();
  const source = useRef<SparqlSource | undefined>(undefined);
  const controller = useRef<AbortController | undefined>(undefined);
  // Where focus was when a step started: Cancel vanishes with the progress line.
  const focusBack = useRef<HTMLElement | null>(null);
  const onLoadedRef = useRef(onLoaded);
  useEffect(() => {
    onLoadedRef.current = onLoaded;
  }, [onLoaded]);

  const step = useCallback(
    async (
      url: string,
      work: (s: SparqlSource, signal: AbortSignal) => Promise<SourceLoad>,
      o: { select?: string; fresh?: boolean; grown?: boolean } = {},
    ): Promise<StepEnd> => {
      controller.current?.abort();
      const c = new AbortController();
      controller.current = c;
      const active = document.activeElement;
      focusBack.current = active instanceof HTMLElement && active !== document.body ? active : null;
      setStatus({ kind: 'busy', message: `Connecting to ${url}…` });
      const failed = (problems: Problem[]): StepEnd => {
        setStatus({ kind: 'failed', endpoint: url, problems });
        return 'failed';
      };
      try {
        // A new endpoint starts from nothing, but replaces the current one only once it loaded.
        const s =
          !o.fresh && source.current
            ? source.current
            : new (await loadSource()).SparqlSource(url, { timeoutMs: timeoutNow() });
        const result = await work(s, c.signal);
        if (c.signal.aborted) return 'cancelled';
        if (!result.ok) return failed(result.problems);
        source.current = s;
        setEndpoint(url);
        setStatus({ kind: 'idle' });
        await onLoadedRef.current({
          endpoint: url,
          source: s,
          load: result,
          ...(o.select ? { select: o.select } : {}),
          ...(o.grown ? { grown: true } : {}),
        });
        return 'loaded';
      } catch (e) {
        if (c.signal.aborted) return 'cancelled';
        return failed([
          {
            severity: 'error',
            code: 'sparql',
            file: url,
            message: e instanceof Error ? e.message : String(e),
          },
        ]);
      }
    },
    [],
  );

  const progress = (message: string) => setStatus({ kind: 'busy', message });

  const connect = useCallback(
    (url: string, seed?: string, also: readonly string[] = []) =>
      step(url, (s, signal) => s.load({ signal, onProgress: progress }, seed, also), {
        ...(seed ? { select: seed } : {}),
        fresh: true,
      }),
    [step],
  );

  /**
   * One more hop around `id` on the graph shown (Show neighbours, a search
   * result): resolves once the grown graph is on screen, rejects with
   * GrowStopped when it was cancelled or failed (the failure is shown).
   */
  const grow = useCallback(
    async (id: string): Promise<void> => {
      const url = source.current?.endpoint;
      if (!url) return;
      const end = await step(url, (s, signal) => s.expand([id], { signal, onProgress: progress }), {
        grown: true,
      });
      if (end !== 'loaded') throw new GrowStopped(end);
    },
    [step],
  );

  const search = useCallback(async (text: string, signal?: AbortSignal): Promise<SourceHit[]> => {
    const s = source.current;
    if (!s) return [];
    return s.search(text, signal ? { signal } : {});
  }, []);

  // Cancel and the failure's Close go with what they belong to: focus goes back to what started the step.
  const returnFocus = () => {
    const back = focusBack.current;
    focusBack.current = null;
    requestAnimationFrame(() => {
      const lost = !document.activeElement || document.activeElement === document.body;
      if (lost && back?.isConnected) back.focus();
    });
  };
  const cancel = useCallback(() => {
    controller.current?.abort();
    setStatus({ kind: 'idle' });
    returnFocus();
  }, []);
  const dismiss = useCallback(() => {
    setStatus({ kind: 'idle' });
    returnFocus();
  }, []);
  /** Whether the store may hold more around this entity than is loaded. */
  const mayLoadMore = useCallback(
    (id: string) => source.current !== undefined && !source.current.isExpanded(id),
    [],
  );

  // An endpoint in the address connects at start, seeded with the selected entity — once the
  // first dataset is on screen, so that it cannot replace what the endpoint sends.
  const started = useRef(false);
  useEffect(() => {
    if (!ready || started.current) return;
    started.current = true;
    const params = new URLSearchParams(window.location.search);
    const url = params.get(SPARQL_PARAM);
    // A shared link brings back every neighbourhood it had loaded (hops=a,b), not only its selection.
    const also = (params.get(HOPS_PARAM) ?? '').split(',').filter(Boolean);
    if (url) void connect(url, params.get('e') ?? undefined, also);
  }, [ready, connect]);

  return {
    status,
    endpoint,
    busy: status.kind === 'busy',
    connect,
    grow,
    search,
    cancel,
    dismiss,
    mayLoadMore,
  };
}

export type SparqlApi = ReturnType<typeof useSparql>;
