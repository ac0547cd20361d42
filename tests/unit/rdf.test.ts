/**
 * RDF export and import on the bundled dataset: round trips through Turtle and
 * JSON-LD, independent readers (oxigraph's Rust parser and SPARQL engine,
 * jsonld's expansion), SHACL validation against the shapes in
 * graph-data/schema/, and the W3C Web Annotation form of evidence.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import jsonld from 'jsonld';
import { Parser, Store as N3Store } from 'n3';
import oxigraph from 'oxigraph';
import SHACLValidator from 'rdf-validate-shacl';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/data/importers/openFiles';
import { nodeXmlSupport } from '../../src/data/importers/node';
import { loadDatasetFromDir, readSourceTexts } from '../../src/data/node';
import { normalizeForQuoteMatch } from '../../src/data/quotes';
import { exportRdf } from '../../src/data/rdf';
import type { Dataset } from '../../src/model';

const DATA_DIR = fileURLToPath(new URL('../../graph-data', import.meta.url));
const SCHEMA_DIR = fileURLToPath(new URL('../../graph-data/schema/', import.meta.url));
const SOURCES_DIR = fileURLToPath(new URL('../../graph-data/sources', import.meta.url));

let dataset: Dataset;
let texts: Map<string, string>;
let ttl: string;
let jsonldText: string;

beforeAll(async () => {
  ({ dataset } = await loadDatasetFromDir(DATA_DIR));
  texts = await readSourceTexts(SOURCES_DIR);
  ttl = (await exportRdf(dataset, 'ttl', { sourceTexts: texts })).text;
  jsonldText = (await exportRdf(dataset, 'jsonld', { sourceTexts: texts })).text;
}, 120_000);

const open = (name: string, text: string) => importFiles([{ name, text }], nodeXmlSupport);

function sparql(store: oxigraph.Store, query: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  for (const b of store.query(query) as Iterable<Map<string, { value: string }>>) {
    const row = new Map<string, string>();
    for (const [k, v] of b) row.set(k, v.value);
    out.push(row);
  }
  return out;
}

const PREFIXES = `PREFIX parley: <https://w3id.org/parley/ns#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
`;

describe('round trip', () => {
  for (const [format, name, text] of [
    ['Turtle', 'parley.ttl', () => ttl],
    ['JSON-LD', 'parley.jsonld', () => jsonldText],
  ] as const) {
    it(`${format}: export → import gives the same entities, relations, evidence and sources`, async () => {
      const outcome = await open(name, text());
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems.slice(0, 3)));
      const got = outcome.dataset;
      const byId = <T extends { id: string }>(xs: T[]) =>
        [...xs].sort((a, b) => a.id.localeCompare(b.id));
      // RDF values are a set: JSON-LD (unlike Turtle through n3) does not keep the order of
      // aliases, speakers or sides (evidence keeps its order through the annotation IRIs).
      const aliasOrder = format === 'JSON-LD';
      const norm = (es: Dataset['entities']) =>
        byId(es).map((e) => (aliasOrder ? { ...e, aliases: [...e.aliases].sort() } : e));
      expect(norm(got.entities)).toEqual(norm(dataset.entities));
      const normRel = (rs: Dataset['relations']) =>
        byId(rs).map((r) =>
          aliasOrder
            ? {
                ...r,
                ...(r.by ? { by: [...r.by].sort() } : {}),
                ...(r.on_behalf_of ? { on_behalf_of: [...r.on_behalf_of].sort() } : {}),
                // Reference qualifiers ("a, b") are links in RDF: a set, too.
                ...(r.qualifiers
                  ? {
                      qualifiers: Object.fromEntries(
                        Object.entries(r.qualifiers).map(([k, v]) => [
                          k,
                          ['in', 'under', 'to', 'conveyed_by'].includes(k)
                            ? v?.split(', ').sort().join(', ')
                            : v,
                        ]),
                      ),
                    }
                  : {}),
              }
            : r,
        );
      expect(normRel(got.relations)).toEqual(normRel(dataset.relations));
      expect(byId(got.sources)).toEqual(byId(dataset.sources));
      expect(got.title).toBe(dataset.title);
      expect(outcome.report?.unmapped).toEqual([]);
    });
  }
});

describe('independent readers', () => {
  it('oxigraph parses the Turtle to the same triples n3 reads, and answers SPARQL over it', () => {
    const store = new oxigraph.Store();
    store.load(ttl, { format: 'text/turtle' });
    const n3Count = new Set(
      new Parser().parse(ttl).map((q) => `${q.subject.id} ${q.predicate.id} ${q.object.id}`),
    ).size;
    expect(store.size).toBe(n3Count);
    const count = (q: string) => Number(sparql(store, PREFIXES + q)[0]?.get('n') ?? 'NaN');
    expect(count('SELECT (COUNT(?r) AS ?n) WHERE { ?r a parley:Relation }')).toBe(
      dataset.relations.length,
    );
    expect(
      count(
        'SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e dcterms:identifier ?id ; rdfs:label ?l }',
      ),
    ).toBe(dataset.entities.length);
    expect(
      count(
        'SELECT (COUNT(?a) AS ?n) WHERE { ?a a oa:Annotation ; oa:motivatedBy parley:evidencing }',
      ),
    ).toBe(dataset.relations.reduce((n, r) => n + r.evidence.length, 0));
    // Dates are typed by precision.
    const dates = sparql(
      store,
      PREFIXES +
        'SELECT ?id (DATATYPE(?d) AS ?t) WHERE { ?e dcterms:identifier ?id ; parley:date ?d }',
    );
    const typeOf = (id: string) => dates.find((r) => r.get('id') === id)?.get('t');
    expect(typeOf('psd-dialogue-12')).toBe('http://www.w3.org/2001/XMLSchema#date');
    for (const e of dataset.entities)
      if ('date' in e && e.date?.value)
        expect(typeOf(e.id)).toBe(
          `http://www.w3.org/2001/XMLSchema#${{ day: 'date', month: 'gYearMonth', year: 'gYear' }[e.date.precision as 'day']}`,
        );
  });

  it('jsonld expands the JSON-LD, and it holds the same triples as the Turtle', async () => {
    const doc = JSON.parse(jsonldText) as object;
    const expanded = await jsonld.expand(doc);
    expect(expanded.length).toBeGreaterThan(dataset.entities.length + dataset.relations.length);
    const store = new oxigraph.Store();
    store.load(ttl, { format: 'text/turtle' });
    const nquads = (await jsonld.toRDF(doc, {
      format: 'application/n-quads',
    })) as unknown as string;
    const fromJsonLd = new oxigraph.Store();
    fromJsonLd.load(nquads, { format: 'application/n-quads' });
    expect(fromJsonLd.size).toBe(store.size);
  });
});

describe('SHACL', () => {
  const shapes = () => rdfDataset(readFileSync(`${SCHEMA_DIR}parley.shapes.ttl`, 'utf8'));

  it('the export conforms to the shapes in graph-data/schema/parley.shapes.ttl', async () => {
    const report = await new SHACLValidator(shapes()).validate(rdfDataset(ttl));
    const messages = report.results
      .slice(0, 5)
      .map((r) => `${r.focusNode?.value} ${r.path?.value} ${r.message.map((m) => m.value).join()}`);
    expect(messages).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('the shapes catch what the validator would reject', async () => {
    // A topic cannot co-chair a meeting; a relation without evidence; a label missing.
    const broken = `${ttl}
entity:east-sea-issue parley:co_chaired entity:psd-dialogue-12 .
relation:x a rdf:Statement, parley:Relation ; dcterms:identifier "x" ;
  rdf:subject entity:ha-kim-ngoc ; rdf:predicate parley:discussed ; rdf:object entity:east-sea-issue .
entity:y a parley:Person ; dcterms:identifier "y" ; dcterms:description "No label." .
`;
    const report = await new SHACLValidator(shapes()).validate(rdfDataset(broken));
    expect(report.conforms).toBe(false);
    const focus = new Set(report.results.map((r) => r.focusNode?.value));
    expect(focus).toContain('https://w3id.org/parley/data/entity/east-sea-issue');
    expect(focus).toContain('https://w3id.org/parley/data/relation/x');
    expect(focus).toContain('https://w3id.org/parley/data/entity/y');
  });
});

/** Parsed with n3 into an RDF/JS dataset (an N3 Store), as rdf-validate-shacl expects. */
const rdfDataset = (text: string) => new N3Store(new Parser().parse(text));

describe('evidence as Web Annotations', () => {
  it('each selector has the quote as oa:exact and its context from the source text', () => {
    const store = new oxigraph.Store();
    store.load(ttl, { format: 'text/turtle' });
    const rows = sparql(
      store,
      PREFIXES +
        `SELECT ?rel ?file ?exact ?prefix ?suffix WHERE {
          ?a a oa:Annotation ; oa:hasBody ?r ; oa:hasTarget ?t .
          ?r dcterms:identifier ?rel .
          ?t oa:hasSource ?s ; oa:hasSelector ?sel .
          ?s parley:file ?file .
          ?sel a oa:TextQuoteSelector ; oa:exact ?exact .
          OPTIONAL { ?sel oa:prefix ?prefix } OPTIONAL { ?sel oa:suffix ?suffix } }`,
    );
    expect(rows.length).toBe(dataset.relations.reduce((n, r) => n + r.evidence.length, 0));
    let withContext = 0;
    for (const row of rows) {
      const source = normalizeForQuoteMatch(texts.get(row.get('file') ?? '') ?? '');
      const passage = normalizeForQuoteMatch(
        `${row.get('prefix') ?? ''}${row.get('exact')}${row.get('suffix') ?? ''}`,
      );
      expect(source.includes(passage), `${row.get('rel')}: ${passage}`).toBe(true);
      if (row.get('prefix') || row.get('suffix')) withContext++;
    }
    expect(withContext).toBe(rows.length);
  });

  it('takes prefix and suffix from the sentence when the evidence has one', async () => {
    const sentence =
      'Both sides agreed to expand cooperation in dioxin remediation at Bien Hoa airport.';
    const d: Dataset = {
      sources: [{ id: 's1', title: 'T', language: 'en', file: 'x.txt' }],
      entities: [
        { id: 'a', type: 'country', label: 'A', aliases: [], description: 'A.' },
        { id: 'b', type: 'topic', label: 'B', aliases: [], description: 'B.' },
      ],
      relations: [
        {
          id: 'a.agreed.b',
          type: 'agreed',
          source: 'a',
          target: 'b',
          evidence: [
            { source: 's1', quote: 'expand cooperation in dioxin remediation', sentence } as never,
          ],
        },
      ],
    };
    const { text } = await exportRdf(d, 'ttl');
    expect(text).toContain('oa:prefix "Both sides agreed to "');
    expect(text).toContain('oa:suffix " at Bien Hoa airport."');
    expect(text).toContain(`parley:sentence "${sentence}"`);
  });
});

describe('foreign RDF', () => {
  it('maps RDF outside the vocabulary like other foreign formats, with a report', async () => {
    const foaf = `@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix ex: <http://example.org/people/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:alice a foaf:Person ; foaf:name "Alice" ; foaf:knows ex:bob ; foaf:age 42 .
ex:bob a foaf:Person ; rdfs:label "Bob", "Robert" ; rdfs:comment "A friend." .
ex:acme a foaf:Organization ; foaf:name "ACME" .
ex:bob foaf:member ex:acme .
ex:alice <http://example.org/vocab#visited> ex:hanoi .
ex:hanoi a <http://example.org/vocab#City> ; rdfs:label "Hanoi" .
`;
    const outcome = await open('people.ttl', foaf);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const e = new Map(outcome.dataset.entities.map((x) => [x.id, x]));
    expect(e.get('alice')).toMatchObject({ type: 'person', label: 'Alice' });
    expect(e.get('bob')).toMatchObject({
      type: 'person',
      label: 'Bob',
      aliases: ['Robert'],
      note: 'A friend.',
    });
    expect(e.get('acme')).toMatchObject({ type: 'organization', label: 'ACME' });
    const types = outcome.dataset.relations.map((r) => `${r.source} ${r.type} ${r.target}`).sort();
    // visited maps onto Parley's vocabulary; knows and member are the file's own relation types.
    expect(types).toEqual(['alice knows bob', 'alice visited hanoi', 'bob member acme']);
    expect(outcome.dataset.vocabulary?.relationType('knows')?.label).toBe('knows');
    expect(e.get('hanoi')).toMatchObject({ type: 'place', label: 'Hanoi' });
    expect(outcome.report?.mapped.join(' ')).toMatch(/plain RDF graph/);
    expect(outcome.report?.mapped.join(' ')).toMatch(/knows/);
    // foaf:age is no Parley field: kept as an attribute.
    expect(e.get('alice')?.attributes).toMatchObject({ age: expect.anything() });
  });

  it('reports triples outside the vocabulary in a Parley file, and keeps the rest', async () => {
    const extra = `${ttl}\nentity:ha-kim-ngoc <http://schema.org/birthDate> "1970" .\n`;
    const outcome = await open('extra.ttl', extra);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.dataset.entities.length).toBe(dataset.entities.length);
    expect(outcome.report?.unmapped.join(' ')).toMatch(
      /1 triple outside Parley's vocabulary was ignored \(<http:\/\/schema.org\/birthDate> ×1\)/,
    );
  });

  it('a Parley file that breaks the model fails with the validator’s messages', async () => {
    const broken = ttl.replace(
      'rdf:object entity:psd-dialogue-12;',
      'rdf:object entity:no-such-meeting;',
    );
    const outcome = await open('broken.ttl', broken);
    expect(outcome.ok).toBe(false);
    expect(outcome.problems.map((p) => p.message).join(' ')).toMatch(/no-such-meeting/);
  });
});

describe('errors', () => {
  it('a Turtle syntax error names its line', async () => {
    const outcome = await open(
      'bad.ttl',
      '@prefix ex: <http://example.org/> .\n\nex:a ex:b "unclosed .\n',
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.problems[0]).toMatchObject({ code: 'rdf-syntax', file: 'bad.ttl', line: 3 });
  });

  it('JSON-LD with a remote context is refused without fetching it', async () => {
    const outcome = await open(
      'remote.jsonld',
      '{ "@context": "https://schema.org/", "name": "x" }',
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.problems[0]?.message).toMatch(/remote JSON-LD contexts are not loaded/);
  });
});

describe('export menu', () => {
  it('lists the RDF formats the exporter writes (kept apart so n3 and jsonld load on demand)', async () => {
    const menu = await import('../../src/features/export/options');
    const rdf = await import('../../src/data/rdf');
    expect([...menu.RDF_FORMATS]).toEqual([...rdf.RDF_FORMATS]);
    expect(menu.RDF_FORMAT_LABELS).toEqual(rdf.RDF_FORMAT_LABELS);
  });
});
