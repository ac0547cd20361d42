/**
 * One SPARQL 1.1 Protocol request (POST, form-encoded: a CORS "simple"
 * request, so no preflight), with a timeout and cancellation, and failures
 * told apart so the UI can say what went wrong.
 */
export type SparqlErrorKind =
  'unreachable' | 'cors' | 'timeout' | 'cancelled' | 'http' | 'vocabulary' | 'invalid';

export class SparqlError extends Error {
  constructor(
    readonly kind: SparqlErrorKind,
    message: string,
    readonly hint?: string,
  ) {
    super(`parley/sparql: ${message}`);
    this.name = 'SparqlError';
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

export async function sparqlRequest(
  endpoint: string,
  query: string,
  accept: string,
  options: RequestOptions = {},
): Promise<string> {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  try {
    if (options.signal?.aborted) throw new SparqlError('cancelled', 'the request was cancelled');
    let res: Response;
    try {
      res = await doFetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: accept },
        body: new URLSearchParams({ query }).toString(),
        signal: controller.signal,
      });
    } catch (e) {
      if (timedOut)
        throw new SparqlError(
          'timeout',
          `${endpoint} did not answer within ${Math.round(timeoutMs / 1000)} s`,
          'The store may be busy or the query too broad; try again, or a smaller neighbourhood.',
        );
      if (options.signal?.aborted) throw new SparqlError('cancelled', 'the request was cancelled');
      throw await unreachableOrCors(endpoint, doFetch, e);
    }
    const body = await res.text();
    if (!res.ok)
      throw new SparqlError(
        'http',
        `${endpoint} answered ${res.status} ${res.statusText}: ${body.replace(/\s+/g, ' ').trim().slice(0, 200)}`,
        'Check that the address is a SPARQL endpoint (often ending in /sparql or /query).',
      );
    return body;
  } catch (e) {
    if (e instanceof SparqlError) throw e;
    if (timedOut)
      throw new SparqlError(
        'timeout',
        `${endpoint} did not answer within ${Math.round(timeoutMs / 1000)} s`,
      );
    if (options.signal?.aborted) throw new SparqlError('cancelled', 'the request was cancelled');
    throw e;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * A browser hides why a request failed. An opaque `no-cors` request tells the
 * two cases apart: it succeeds when the server answers (so CORS refused the
 * real request) and fails when nothing answers at all.
 */
async function unreachableOrCors(
  endpoint: string,
  doFetch: typeof fetch,
  cause: unknown,
): Promise<SparqlError> {
  const detail = cause instanceof Error ? cause.message : String(cause);
  if (typeof window !== 'undefined') {
    try {
      await doFetch(endpoint, { method: 'GET', mode: 'no-cors' });
      return new SparqlError(
        'cors',
        `${endpoint} answered, but its CORS headers do not allow this page to read the answer`,
        'The store must send Access-Control-Allow-Origin for this site (most stores have a CORS setting), or be served from the same origin.',
      );
    } catch {
      // nothing answered: unreachable
    }
  }
  return new SparqlError(
    'unreachable',
    `${endpoint} cannot be reached (${detail})`,
    'Check the address and that the store is running and reachable from this machine.',
  );
}
