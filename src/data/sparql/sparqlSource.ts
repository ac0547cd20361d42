import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import type { Dataset } from '../../model';
import { countErrors, type Problem } from '../problems';
import { readParleyQuads, usesParleyVocabulary } from '../rdf/fromQuads';
import { validateFiles } from '../validate';
import type { GraphSource, SourceContext, SourceHit, SourceLoad } from '../source';
import { SparqlError, sparqlRequest, type RequestOptions } from './client';
import {
  entitiesQuery,
  entityByIdQuery,
  hubQuery,
  neighbourhoodQuery,
  probeQuery,
  searchQuery,
} from './queries';

const RESULTS_JSON = 'application/sparql-results+json';
/** Extra neighbourhoods a link may ask for at start (each costs a lookup). */
const MAX_ALSO = 50;
const TRIPLES = 'application/n-triples, text/turtle;q=0.9';

interface Bindings {
  boolean?: boolean;
  results?: { bindings: Record<string, { type: string; value: string }>[] };
}

/**
 * A SPARQL endpoint holding Parley's vocabulary (the Turtle export loaded
 * into any store). It never reads the whole store: it loads the
 * neighbourhood of one entity (its relations with their evidence and the
 * entities at the other end), searches labels on the server, and adds one
 * more hop when asked. What it has read so far is kept as triples and read
 * back through the same reader and validator as an opened Turtle file.
 */
export class SparqlSource implements GraphSource {
  readonly kind = 'sparql';
  private readonly triples = new Map<string, Quad>();
  private iris = new Map<string, string>();
  private readonly expanded = new Set<string>();

  constructor(
    readonly endpoint: string,
    private readonly options: Pick<RequestOptions, 'timeoutMs' | 'fetch'> = {},
  ) {}

  get label(): string {
    return this.endpoint;
  }

  /** Entities whose neighbourhood is already loaded. */
  isExpanded(id: string): boolean {
    return this.expanded.has(id);
  }

  /** The ids of the entities whose neighbourhoods are loaded (what a link needs to load again). */
  get hops(): string[] {
    return [...this.hopIds];
  }
  private hopIds: string[] = [];

  /**
   * The first view: the named entity's neighbourhood, else the best-connected
   * entity's; plus the neighbourhoods of `alsoIds` (the entities a shared
   * link had loaded, `hops=`), those the store knows, at most 50.
   */
  async load(
    ctx: SourceContext = {},
    seedId?: string,
    alsoIds: readonly string[] = [],
  ): Promise<SourceLoad> {
    return this.run(ctx, async (req) => {
      ctx.onProgress?.(`Checking ${this.endpoint}…`);
      const probe = JSON.parse(await req(probeQuery(), RESULTS_JSON)) as Bindings;
      if (probe.boolean !== true) throw notInVocabulary(this.endpoint);
      let seed = seedId ? await this.iriOf(seedId, req) : undefined;
      if (!seed) {
        ctx.onProgress?.('Finding where to start…');
        const hub = JSON.parse(await req(hubQuery(), RESULTS_JSON)) as Bindings;
        seed = hub.results?.bindings[0]?.e?.value;
      }
      if (!seed) throw notInVocabulary(this.endpoint);
      const also: string[] = [];
      for (const id of alsoIds.slice(0, MAX_ALSO)) {
        const iri = await this.iriOf(id, req);
        if (iri && iri !== seed) also.push(iri);
      }
      await this.fetchNeighbourhood([seed, ...also], req, ctx);
    });
  }

  /** Labels and aliases containing the text, searched on the server. */
  async search(text: string, ctx: SourceContext = {}): Promise<SourceHit[]> {
    if (!text.trim()) return [];
    const body = await sparqlRequest(this.endpoint, searchQuery(text), RESULTS_JSON, this.req(ctx));
    const rows = (JSON.parse(body) as Bindings).results?.bindings ?? [];
    const seen = new Set<string>();
    const hits: SourceHit[] = [];
    for (const r of rows) {
      const id = r.id?.value;
      const iri = r.e?.value;
      if (!id || !iri || seen.has(id)) continue;
      seen.add(id);
      this.iris.set(id, iri);
      const type = (r.type?.value ?? '').split('#').pop()?.toLowerCase() ?? 'topic';
      hits.push({ id, label: r.label?.value ?? id, type });
    }
    return hits;
  }

  /** One more hop: the neighbourhoods of these entities, added to what is loaded. */
  async expand(ids: readonly string[], ctx: SourceContext = {}): Promise<SourceLoad> {
    return this.run(ctx, async (req) => {
      const seeds: string[] = [];
      for (const id of ids) {
        const iri = await this.iriOf(id, req);
        if (!iri)
          throw new SparqlError('invalid', `no entity with the id “${id}” in ${this.endpoint}`);
        seeds.push(iri);
      }
      await this.fetchNeighbourhood(seeds, req, ctx);
    });
  }

  private req(ctx: SourceContext): RequestOptions {
    return { ...this.options, ...(ctx.signal ? { signal: ctx.signal } : {}) };
  }

  private async iriOf(
    id: string,
    req: (q: string, accept: string) => Promise<string>,
  ): Promise<string | undefined> {
    const known = this.iris.get(id);
    if (known) return known;
    const body = JSON.parse(await req(entityByIdQuery(id), RESULTS_JSON)) as Bindings;
    return body.results?.bindings[0]?.e?.value;
  }

  private async fetchNeighbourhood(
    seeds: string[],
    req: (q: string, accept: string) => Promise<string>,
    ctx: SourceContext,
  ) {
    ctx.onProgress?.(
      `Loading ${seeds.length === 1 ? 'the neighbourhood' : `${seeds.length} neighbourhoods`}…`,
    );
    const text = await req(neighbourhoodQuery(seeds), TRIPLES);
    let quads = parseTriples(text);
    // An entity with no relation at all still comes, alone.
    if (!quads.length) quads = parseTriples(await req(entitiesQuery(seeds), TRIPLES));
    if (quads.length && !usesParleyVocabulary(quads)) throw notInVocabulary(this.endpoint);
    ctx.onProgress?.(`Reading ${quads.length.toLocaleString('en')} triples…`);
    for (const q of quads)
      this.triples.set(
        `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}`,
        q,
      );
    for (const s of seeds) this.expanded.add(s);
  }

  /** Runs the requests, then reads everything loaded so far into a validated dataset. */
  private async run(
    ctx: SourceContext,
    work: (req: (q: string, accept: string) => Promise<string>) => Promise<void>,
  ): Promise<SourceLoad> {
    const req = (q: string, accept: string) =>
      sparqlRequest(this.endpoint, q, accept, this.req(ctx));
    const undo = this.checkpoint();
    try {
      await work(req);
      // Cancelled after the last answer arrived: what it brought is not shown, so not kept.
      if (ctx.signal?.aborted) throw new SparqlError('cancelled', 'the request was cancelled');
    } catch (e) {
      undo();
      return { ok: false, problems: [problemOf(this.endpoint, e)] };
    }
    const result = this.read();
    if (!result.ok) undo();
    return result;
  }

  /** What is loaded now, to go back to when a step fails or is cancelled. */
  private checkpoint(): () => void {
    const triples = new Set(this.triples.keys());
    const expanded = new Set(this.expanded);
    const iris = new Map(this.iris);
    const hops = this.hopIds;
    return () => {
      this.hopIds = hops;
      for (const k of [...this.triples.keys()]) if (!triples.has(k)) this.triples.delete(k);
      this.expanded.clear();
      for (const x of expanded) this.expanded.add(x);
      this.iris = iris;
    };
  }

  /** Everything loaded so far, read back as a validated dataset. */
  private read(): SourceLoad {
    const read = readParleyQuads([...this.triples.values()]);
    this.iris = new Map([...this.iris, ...read.entityIris]);
    const expandedIds = new Set(
      [...read.entityIris].filter(([, iri]) => this.expanded.has(iri)).map(([id]) => id),
    );
    for (const id of expandedIds) this.expanded.add(id);
    this.hopIds = [...expandedIds].sort();
    const { ignored: _i, entityIris: _e, ...records } = read;
    const { dataset, problems } = validateFiles([
      {
        name: this.endpoint,
        text: JSON.stringify({ format: 'parley-bundle', version: 1, ...records }),
      },
    ]);
    const plain = problems.map(({ line: _l, column: _c, path: _p, ...p }) => p);
    if (countErrors(plain) > 0) return { ok: false, problems: plain };
    return { ok: true, dataset: titled(dataset, this.endpoint), problems: plain, format: 'sparql' };
  }
}

function titled(d: Dataset, endpoint: string): Dataset {
  return d.title ? d : { ...d, title: `SPARQL: ${endpoint}` };
}

function parseTriples(text: string): Quad[] {
  try {
    return new Parser({ format: 'Turtle' }).parse(text) as Quad[];
  } catch (e) {
    throw new SparqlError(
      'invalid',
      `the endpoint's answer is not RDF (${e instanceof Error ? e.message : String(e)})`,
    );
  }
}

function notInVocabulary(endpoint: string): SparqlError {
  return new SparqlError(
    'vocabulary',
    `${endpoint} holds no relations in Parley's vocabulary (parley:Relation statement nodes)`,
    'Load Parley’s Turtle export (npm run export -- --format ttl) into the store, or point Parley at a store that holds it.',
  );
}

function problemOf(endpoint: string, e: unknown): Problem {
  const err =
    e instanceof SparqlError
      ? e
      : new SparqlError('invalid', e instanceof Error ? e.message : String(e));
  return {
    severity: 'error',
    code: 'sparql',
    file: endpoint,
    message: err.message.replace(/^parley\/sparql: /, ''),
    ...(err.hint ? { hint: err.hint } : {}),
    id: err.kind,
  };
}
