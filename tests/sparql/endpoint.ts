/**
 * A small SPARQL 1.1 Protocol endpoint for tests: a real oxigraph store
 * (Rust, compiled to WebAssembly) behind node:http, loaded with Turtle. GET
 * ?query= and POST (form-encoded or application/sparql-query) are answered
 * with SPARQL JSON results (SELECT, ASK) or N-Triples (CONSTRUCT, DESCRIBE).
 * `cors: false` leaves out the CORS headers, so a browser refuses the answer;
 * `delayMs` holds every answer back (timeouts, cancellation, progress).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import oxigraph from 'oxigraph';

export interface Endpoint {
  url: string;
  /** Queries received, in order (to check that only parts of the store are read). */
  queries: string[];
  /** Changed at run time by tests. */
  options: EndpointOptions;
  close(): Promise<void>;
}

export interface EndpointOptions {
  cors?: boolean;
  delayMs?: number;
}

export async function startEndpoint(
  turtle: string,
  options: EndpointOptions = {},
): Promise<Endpoint> {
  const store = new oxigraph.Store();
  store.load(turtle, { format: 'text/turtle' });
  const queries: string[] = [];
  const state: EndpointOptions = { cors: true, delayMs: 0, ...options };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const headers: Record<string, string> = state.cors
        ? {
            'Access-Control-Allow-Origin': '*',
            'Access-Control-Allow-Headers': 'Content-Type, Accept',
            'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
          }
        : {};
      if (req.method === 'OPTIONS') {
        res.writeHead(204, headers).end();
        return;
      }
      if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/sparql') {
        res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      const query = await queryOf(req);
      if (!query) {
        res.writeHead(400, { ...headers, 'Content-Type': 'text/plain' }).end('no query');
        return;
      }
      queries.push(query);
      if (state.delayMs) await new Promise((r) => setTimeout(r, state.delayMs));
      try {
        const graphResult = /^\s*(PREFIX[^\n]*\n\s*)*(CONSTRUCT|DESCRIBE)/i.test(query);
        const type = graphResult ? 'application/n-triples' : 'application/sparql-results+json';
        const body = store.query(query, { results_format: type }) as string;
        res.writeHead(200, { ...headers, 'Content-Type': type }).end(body);
      } catch (e) {
        res
          .writeHead(400, { ...headers, 'Content-Type': 'text/plain' })
          .end(`query error: ${e instanceof Error ? e.message : String(e)}`);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sparql`,
    queries,
    options: state,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function queryOf(req: IncomingMessage): Promise<string | undefined> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'GET') return url.searchParams.get('query') ?? undefined;
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  if ((req.headers['content-type'] ?? '').startsWith('application/sparql-query')) return body;
  return new URLSearchParams(body).get('query') ?? undefined;
}
