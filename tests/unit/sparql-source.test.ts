/**
 * The SPARQL source against a real store: oxigraph loaded with the Turtle
 * export of the bundled dataset, behind a local HTTP endpoint this test
 * starts. Nothing is mocked: requests go over HTTP, answers are oxigraph's.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { exportRdf } from '../../src/data/rdf';
import { SparqlSource } from '../../src/data/sparql/sparqlSource';
import type { Dataset } from '../../src/model';
import { startEndpoint, type Endpoint } from '../sparql/endpoint';

const DATA_DIR = fileURLToPath(new URL('../../graph-data', import.meta.url));
let dataset: Dataset;
let endpoint: Endpoint;

beforeAll(async () => {
  ({ dataset } = await loadDatasetFromDir(DATA_DIR));
  endpoint = await startEndpoint((await exportRdf(dataset, 'ttl')).text);
}, 60_000);
afterAll(() => endpoint?.close());

// A store keeps repeated values as a set: aliases, speakers and sides come back in any order.
const sorted = (xs: string[] | undefined) => (xs ? [...xs].sort() : xs);
// Reference qualifiers ("a, b") are links in RDF: a set, too.
const sortedRefs = (q: Record<string, string | undefined>) =>
  Object.fromEntries(
    Object.entries(q).map(([k, v]) => [
      k,
      ['in', 'under', 'to', 'conveyed_by'].includes(k) ? v?.split(', ').sort().join(', ') : v,
    ]),
  );
const relationsOf = (d: Dataset, id: string) =>
  d.relations
    .filter((r) => r.source === id || r.target === id)
    .map((r) => ({
      ...r,
      by: sorted(r.by),
      on_behalf_of: sorted(r.on_behalf_of),
      qualifiers: r.qualifiers && sortedRefs(r.qualifiers),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
const entityOf = (d: Dataset, id: string) => {
  const e = d.entities.find((x) => x.id === id);
  return e && { ...e, aliases: sorted(e.aliases) };
};

function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(JSON.stringify((r as { problems?: unknown }).problems));
  return r as Extract<T, { ok: true }>;
}

describe('SparqlSource', () => {
  it('loads one entity’s neighbourhood — its relations with their evidence — not the whole store', async () => {
    const source = new SparqlSource(endpoint.url);
    const progress: string[] = [];
    const { dataset: d } = ok(
      await source.load({ onProgress: (m) => progress.push(m) }, 'ha-kim-ngoc'),
    );
    expect(relationsOf(d, 'ha-kim-ngoc')).toEqual(relationsOf(dataset, 'ha-kim-ngoc'));
    expect(d.entities.length).toBeLessThan(dataset.entities.length);
    expect(d.relations.length).toBeLessThan(dataset.relations.length);
    // The entities at the other end are there, with their labels and types.
    const other = relationsOf(dataset, 'ha-kim-ngoc').map((r) =>
      r.source === 'ha-kim-ngoc' ? r.target : r.source,
    );
    for (const id of other) expect(entityOf(d, id)).toEqual(entityOf(dataset, id));
    // The sources cited come too, so evidence shows its title and publisher.
    for (const r of d.relations)
      for (const ev of r.evidence) expect(d.sources.map((s) => s.id)).toContain(ev.source);
    expect(progress.some((p) => /neighbourhood/.test(p))).toBe(true);
    expect(source.isExpanded('ha-kim-ngoc')).toBe(true);
  });

  it('starts from the best-connected entity when none is named', async () => {
    const source = new SparqlSource(endpoint.url);
    const { dataset: d } = ok(await source.load());
    const degree = new Map<string, number>();
    for (const r of dataset.relations)
      for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const hub = [...degree].sort((a, b) => b[1] - a[1])[0]![0];
    expect(relationsOf(d, hub)).toEqual(relationsOf(dataset, hub));
  });

  it('searches labels and aliases on the server', async () => {
    const source = new SparqlSource(endpoint.url);
    const hits = await source.search('ngoc');
    expect(hits.map((h) => h.id)).toContain('ha-kim-ngoc');
    expect(hits.find((h) => h.id === 'ha-kim-ngoc')).toMatchObject({ type: 'person' });
    expect(await source.search('"} ; DROP ALL #')).toEqual([]);
    expect(endpoint.queries.at(-1)).toContain('\\"} ; DROP ALL #');
  });

  it('adds one more hop on request, keeping what it had', async () => {
    const source = new SparqlSource(endpoint.url);
    const first = ok(await source.load({}, 'ha-kim-ngoc')).dataset;
    const next = relationsOf(first, 'ha-kim-ngoc').find((r) => r.type === 'co_chaired')!.target;
    expect(source.isExpanded(next)).toBe(false);
    const second = ok(await source.expand([next])).dataset;
    expect(relationsOf(second, next)).toEqual(relationsOf(dataset, next));
    expect(relationsOf(second, 'ha-kim-ngoc')).toEqual(relationsOf(dataset, 'ha-kim-ngoc'));
    expect(second.entities.length).toBeGreaterThan(first.entities.length);
    expect(source.isExpanded(next)).toBe(true);
  });

  it('starts from a link’s hops too (hops=…): the same graph as the hop gave', async () => {
    const hopped = new SparqlSource(endpoint.url);
    const first = ok(await hopped.load({}, 'ha-kim-ngoc')).dataset;
    const next = relationsOf(first, 'ha-kim-ngoc').find((r) => r.type === 'co_chaired')!.target;
    const grown = ok(await hopped.expand([next])).dataset;
    const again = new SparqlSource(endpoint.url);
    expect(hopped.hops).toEqual(['ha-kim-ngoc', next].sort());
    const loaded = ok(await again.load({}, next, [...hopped.hops, 'not-in-the-store'])).dataset;
    const ids = (d: Dataset) => d.entities.map((e) => e.id).sort();
    expect(ids(loaded)).toEqual(ids(grown));
    expect(loaded.relations.length).toBe(grown.relations.length);
    expect(again.isExpanded(next)).toBe(true);
  });

  it('a hop cancelled after its answer came keeps nothing of it', async () => {
    const source = new SparqlSource(endpoint.url);
    const first = ok(await source.load({}, 'ha-kim-ngoc')).dataset;
    const next = relationsOf(first, 'ha-kim-ngoc').find((r) => r.type === 'co_chaired')!.target;
    const controller = new AbortController();
    // Cancel at the last moment: the triples have arrived and are being read.
    const late = await source.expand([next], {
      signal: controller.signal,
      onProgress: (m) => {
        if (m.startsWith('Reading')) controller.abort();
      },
    });
    expect(late.ok).toBe(false);
    expect(source.isExpanded(next)).toBe(false);
    // The next hop starts from what was shown, not from the cancelled answer.
    const again = ok(await source.expand(['ha-kim-ngoc'])).dataset;
    expect(again.entities.map((e) => e.id).sort()).toEqual(first.entities.map((e) => e.id).sort());
    expect(again.relations.length).toBe(first.relations.length);
  });
});

describe('SparqlSource errors', () => {
  const problem = async (
    p: Promise<{ ok: boolean; problems?: { id?: string; message: string }[] }>,
  ) => {
    const r = await p;
    expect(r.ok).toBe(false);
    return r.problems?.[0];
  };

  it('an unreachable endpoint', async () => {
    const dead = await startEndpoint('');
    const url = dead.url;
    await dead.close();
    const p = await problem(new SparqlSource(url).load());
    expect(p).toMatchObject({ id: 'unreachable' });
    expect(p?.message).toMatch(/cannot be reached/);
  });

  it('a timeout', async () => {
    const slow = await startEndpoint('', { delayMs: 2_000 });
    try {
      const p = await problem(new SparqlSource(slow.url, { timeoutMs: 300 }).load());
      expect(p).toMatchObject({ id: 'timeout' });
      expect(p?.message).toMatch(/did not answer within/);
    } finally {
      await slow.close();
    }
  });

  it('cancellation', async () => {
    const slow = await startEndpoint('', { delayMs: 2_000 });
    try {
      const controller = new AbortController();
      const pending = new SparqlSource(slow.url).load({ signal: controller.signal });
      setTimeout(() => controller.abort(), 100);
      expect(await problem(pending)).toMatchObject({ id: 'cancelled' });
    } finally {
      await slow.close();
    }
  });

  it('a store whose data is not in Parley’s vocabulary', async () => {
    const foaf = await startEndpoint(
      '<http://example.org/a> <http://xmlns.com/foaf/0.1/knows> <http://example.org/b> .',
    );
    try {
      const p = await problem(new SparqlSource(foaf.url).load());
      expect(p).toMatchObject({ id: 'vocabulary' });
      expect(p?.message).toMatch(/no relations in Parley's vocabulary/);
    } finally {
      await foaf.close();
    }
  });

  it('an address that is not a SPARQL endpoint', async () => {
    const p = await problem(new SparqlSource(endpoint.url.replace('/sparql', '/nothing')).load());
    expect(p).toMatchObject({ id: 'http' });
    expect(p?.message).toMatch(/answered 404/);
  });
});
