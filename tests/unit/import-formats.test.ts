import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build';
import { exportGraph, type DataFormat } from '../../src/graph/formats';
import {
  detectFormat,
  importDataset,
  MAX_OPEN_BYTES,
  openSummary,
  sizeProblem,
  type OpenOutcome,
} from '../../src/data/importers';
import { entityTypeOf, relationTypeOf, slugify } from '../../src/data/importers/mapGraph';
import { nodeXmlSupport } from '../../src/data/importers/node';
import { validateFiles } from '../../src/data/validate';
import type { Dataset } from '../../src/model';
import { miniDataset } from './helpers';

const fixture = (name: string) => ({
  name,
  text: readFileSync(`tests/fixtures/open/${name}`, 'utf8'),
});
const open = (file: { name: string; text: string }) => importDataset(file, nodeXmlSupport);

function ok(o: OpenOutcome) {
  if (!o.ok) throw new Error(`expected success, got:\n${JSON.stringify(o.problems, null, 2)}`);
  return o;
}

describe('detectFormat', () => {
  it('tells the formats apart by extension and content', () => {
    const f = (name: string, text: string) => {
      const d = detectFormat(name, text);
      return d.ok ? d.format : d.problem.code;
    };
    expect(f('a.json', '{ "entities": [] }')).toBe('parley');
    expect(f('a.json', '{ "format": "parley-bundle" }')).toBe('parley');
    expect(f('a.json', '{ "attributes": {}, "nodes": [] }')).toBe('graphology-json');
    // Keys nested deeper do not count: only top-level ones decide.
    expect(f('a.json', '{ "attributes": { "nodes": 1 }, "entities": [] }')).toBe('parley');
    expect(f('a.gexf', '')).toBe('gexf');
    expect(f('a.graphml', '')).toBe('graphml');
    expect(f('a.xml', '<?xml version="1.0"?>\n<gexf version="1.3"/>')).toBe('gexf');
    expect(f('export', '<graphml xmlns="x"></graphml>')).toBe('graphml');
    expect(f('a.xml', '<html></html>')).toBe('unsupported-format');
    expect(f('a.csv', 'id,label\n')).toBe('csv');
    expect(f('a.ttl', '')).toBe('turtle');
    expect(f('data', '@prefix ex: <http://example.org/> .')).toBe('turtle');
    expect(f('a.jsonld', '{}')).toBe('jsonld');
    expect(f('a.json', '{ "@context": {}, "@graph": [] }')).toBe('jsonld');
    // Every JSON graph shape (Cytoscape, d3, Gephi Lite…) is told apart after parsing.
    expect(f('a.cyjs', '{ "elements": {} }')).toBe('graphology-json');
    expect(f('a.json', '{ "elements": {} }')).toBe('graphology-json');
    expect(f('a.json', '[{ "data": { "id": "a" } }]')).toBe('graphology-json');
    expect(f('notes.txt', 'hello')).toBe('unsupported-format');
    expect(f('image.png', '\u0089PNG\r\n\u001a\n\u0000\u0000')).toBe('unsupported-format');
  });

  it('says which formats are accepted', () => {
    const d = detectFormat('notes.txt', 'hello');
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.problem.hint).toMatch(/GEXF.*GraphML/);
  });
});

describe('size limit', () => {
  it('is 50 MB and refuses anything larger before reading', () => {
    expect(MAX_OPEN_BYTES).toBe(50 * 1024 * 1024);
    expect(sizeProblem('a.json', MAX_OPEN_BYTES)).toBeUndefined();
    const p = sizeProblem('a.json', MAX_OPEN_BYTES + 1);
    expect(p?.code).toBe('file-too-large');
    expect(p?.message).toContain('50.0 MB');
    expect(sizeProblem('a.json', 2048, 1024)?.message).toMatch(/2\.0 KB.*1\.0 KB/);
  });
});

describe('Parley bundles', () => {
  it('opens a valid bundle with its sources', () => {
    const o = ok(open(fixture('mini.parley.json')));
    expect(o.format).toBe('parley');
    expect(o.dataset.entities).toHaveLength(9);
    expect(o.dataset.relations).toHaveLength(6);
    expect(o.dataset.sources).toHaveLength(2);
    expect(o.dataset.title).toBe('Mini dialogue (test bundle)');
  });

  it('reports every problem of a broken bundle with file, line:column, path and id', () => {
    const file = fixture('broken.parley.json');
    const o = open(file);
    expect(o.ok).toBe(false);
    if (o.ok) return;
    // The same problems the CLI validator reports.
    expect(o.problems).toEqual(validateFiles([file]).problems);
    const codes = o.problems.map((p) => p.code);
    for (const code of [
      'duplicate-id',
      'invalid-date',
      'unknown-entity-type',
      'dangling-reference',
      'empty-evidence',
      'unknown-source',
    ])
      expect(codes).toContain(code);
    for (const p of o.problems) {
      expect(p.file).toBe('broken.parley.json');
      expect(p.line).toBeGreaterThan(0);
      expect(p.path).toMatch(/^\$/);
    }
    expect(o.problems.find((p) => p.code === 'dangling-reference')?.id).toBe(
      'alice.attended.nowhere',
    );
  });

  it('reports JSON syntax errors with their position', () => {
    const o = open({
      name: 'bad.json',
      text: '{\n  "entities": [\n    { "id": "a" }\n    { "id": "b" }\n  ]\n}',
    });
    expect(o.ok).toBe(false);
    if (!o.ok) {
      expect(o.problems[0]?.code).toBe('json-syntax');
      expect(o.problems[0]?.line).toBe(4);
    }
  });

  it('refuses a file without entities', () => {
    const o = open({ name: 'empty.json', text: '{}' });
    expect(o.ok).toBe(false);
  });

  it('strips a byte-order mark', () => {
    const f = fixture('mini.parley.json');
    expect(ok(open({ ...f, text: `\ufeff${f.text}` })).dataset.entities).toHaveLength(9);
  });
});

/** Parley → format → Parley keeps every entity and relation field (sources are not carried). */
describe.each(['json', 'gexf', 'graphml'] as const)('round trip through %s', (format) => {
  const original = miniDataset();
  const graph = buildGraph(original).graph;
  const [file] = exportGraph(graph, format as DataFormat);
  const name = `mini${file!.suffix}`;
  const o = ok(open({ name, text: file!.text }));

  it('keeps every entity with its fields', () => {
    expect(sortById(o.dataset.entities)).toEqual(sortById(original.entities));
  });

  it('keeps every relation with its type, date, qualifiers and evidence', () => {
    expect(sortById(o.dataset.relations)).toEqual(sortById(original.relations));
  });

  it('says that the source list is not carried', () => {
    expect(o.report?.unmapped.join('\n')).toMatch(/cites 1 source/);
    expect(o.report?.unmapped.join('\n')).not.toMatch(/Not mapped/);
  });

  it('keeps U+2028 and U+2029 inside a text (XML 1.0 folds only CR and CRLF)', () => {
    const d = miniDataset();
    const e = d.entities[0]!;
    const odd = {
      ...d,
      entities: [{ ...e, label: 'a\u2028b', description: 'c\u2029d' }, ...d.entities.slice(1)],
    };
    const [f] = exportGraph(buildGraph(odd).graph, format as DataFormat);
    const back = ok(open({ name: `odd${f!.suffix}`, text: f!.text })).dataset.entities;
    expect(back.find((x) => x.id === e.id)).toMatchObject({
      label: 'a\u2028b',
      description: 'c\u2029d',
    });
  });

  it('builds a graph of the same size', () => {
    const again = buildGraph(o.dataset);
    expect(again.graph.order).toBe(graph.order);
    expect(again.graph.size).toBe(graph.size);
  });
});

describe('foreign files', () => {
  it('maps a Gephi GEXF file and says what it could not map', () => {
    const o = ok(open(fixture('gephi-network.gexf')));
    expect(o.format).toBe('gexf');
    const d = o.dataset;
    expect(d.title).toBe('Delegations network (Gephi test file)');
    expect(d.entities.map((e) => [e.id, e.type, e.label])).toEqual([
      ['0', 'person', 'Bui Thanh Son'],
      ['1', 'person', 'Antony Blinken'],
      ['2', 'meeting', "Foreign Ministers' Dialogue 2024"],
      ['3', 'place', 'Hanoi'],
      ['4', 'place', 'Comprehensive Strategic Partnership'],
    ]);
    // A kind Parley does not know is the file's own, never a Topic.
    expect(d.entities[4]?.addedType).toBe('framework');
    expect(d.vocabulary!.entityLabel('framework')).toBe('Framework');
    // Ids are unique across entities and relations: edge "0" becomes "0-2".
    const byId = new Map(d.relations.map((r) => [r.id, r]));
    expect([...byId.keys()]).toEqual(['0-2', '1-2', '2-2', '3-2']);
    expect(byId.get('0-2')?.type).toBe('co_chaired');
    expect(byId.get('1-2')?.type).toBe('co_chaired'); // "co-chaired", the label, maps too
    expect(byId.get('2-2')?.type).toBe('held_in'); // "held in"
    expect(byId.get('3-2')?.type).toBe('celebrated');
    expect(d.vocabulary!.relationType('celebrated')?.label).toBe('celebrated');
    // Meetings need a date: unknown, with a note.
    expect(d.entities[2]).toMatchObject({ kind: 'other', date: { precision: 'unknown' } });
    const mapped = o.report!.mapped.join('\n');
    expect(mapped).toMatch(/Entity types from the file's .*Framework \(1\)/);
    expect(mapped).toMatch(/Relation types from the file's .*celebrated \(1\)/);
    // Nothing is dropped: the file's own attributes are kept, its weights too.
    expect(mapped).toMatch(
      /Kept as node attributes \(shown in Details and the List\): .*modularity_class.*country/,
    );
    expect(d.entities[0]?.attributes).toMatchObject({ modularity_class: expect.anything() });
    expect(d.relations.some((r) => r.weight !== undefined)).toBe(true);
    expect(o.problems.every((p) => p.severity === 'warning' && p.code === 'import-mapping')).toBe(
      true,
    );
  });

  it('maps a networkx GraphML file: slug ids, undirected edges, unknown relation types', () => {
    const o = ok(open(fixture('networkx.graphml')));
    const d = o.dataset;
    expect(d.entities.map((e) => e.id)).toEqual([
      'vietnam',
      'united-states',
      'asean',
      'mekong',
      'climate',
      'energy',
    ]);
    expect(d.entities.map((e) => e.type)).toEqual([
      'country',
      'country',
      'organization',
      'place',
      'topic',
      'place',
    ]);
    // Region is the file's word (a place); a node without a type is "No type", not a Topic.
    expect(d.entities.map((e) => e.addedType)).toEqual([
      undefined,
      undefined,
      undefined,
      'region',
      undefined,
      'node',
    ]);
    expect(d.vocabulary!.entityLabel('node')).toBe('No type');
    expect(d.entities[3]?.label).toBe('Mekong sub-region');
    expect(d.relations).toHaveLength(5);
    expect(d.relations.find((r) => r.source === 'vietnam' && r.target === 'asean')?.type).toBe(
      'member_of',
    );
    // discussed needs a speaker (person, country, organization, meeting) and a subject: allowed here.
    expect(d.relations.filter((r) => r.type === 'discussed')).toHaveLength(1);
    // …but not with a node of no kind: there it is the file's own "discussed".
    expect(d.vocabulary!.relationType('discussed_2')?.label).toBe('discussed');
    for (const r of d.relations) expect(r.id).toMatch(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/);
    const report = o.report!.unmapped.join('\n');
    expect(report).toMatch(/5 edges are undirected: drawn without an arrowhead/);
    expect(d.relations.every((r) => r.undirected === true)).toBe(true);
    expect(report).toMatch(/ids were rewritten as slugs.*“United States” → “united-states”/);
    expect(o.report!.mapped.join('\n')).toMatch(/Kept as node attributes .*pagerank/);
    expect(d.entities[0]?.attributes?.pagerank).toEqual(expect.any(Number));
    expect(d.vocabulary!.relationType('partner')?.label).toBe('partner');
    expect(report).toMatch(/5 relations have no evidence/);
  });

  it('maps a graphology JSON file', () => {
    const o = ok(open(fixture('graph.graphology.json')));
    const d = o.dataset;
    expect(d.title).toBe('Ministers and meetings (graphology test file)');
    expect(d.entities).toHaveLength(4);
    expect(d.entities[2]).toMatchObject({
      type: 'meeting',
      kind: 'dialogue',
      date: { precision: 'month', value: '2024-06' },
    });
    expect(d.relations.map((r) => r.type)).toEqual(['co_chaired', 'co_chaired', 'held_in']);
    expect(d.relations[0]?.evidence).toEqual([
      { source: 's001', quote: 'co-chaired by Minister Bui Thanh Son' },
    ]);
    const report = o.report!.unmapped.join('\n');
    expect(o.report!.mapped.join('\n')).toMatch(/Kept as edge attributes .*confidence/);
    expect(d.relations.some((r) => r.attributes?.confidence !== undefined)).toBe(true);
    expect(report).toMatch(/2 relations have no evidence/);
    const [head, gist] = openSummary('graph.graphology.json', o.format, d, o.report);
    expect(head).toBe('Opened “graph.graphology.json” (graphology JSON): 4 entities, 3 relations.');
    expect(gist).toMatch(/2 relations without evidence; 1 cited source not described/);
  });

  it('lists every structural problem of a graphology JSON file with its position', () => {
    const text = JSON.stringify(
      {
        nodes: [{ key: 'a' }, { key: 'a' }, { attributes: {} }],
        edges: [
          { source: 'a', target: 'zz' },
          { source: 'qq', target: 'a' },
        ],
      },
      null,
      2,
    );
    const o = open({ name: 'g.json', text });
    expect(o.ok).toBe(false);
    if (o.ok) return;
    expect(o.problems.map((p) => p.path)).toEqual([
      '$.nodes[1].key',
      '$.nodes[2]',
      '$.edges[0].target',
      '$.edges[1].source',
    ]);
    for (const p of o.problems) expect(p.line).toBeGreaterThan(1);
  });

  it('lists every problem of a broken GEXF file', () => {
    const o = open(fixture('broken.gexf'));
    expect(o.ok).toBe(false);
    if (o.ok) return;
    expect(o.problems.map((p) => p.message)).toEqual([
      'node id "a" is used twice',
      'target "missing" is not the id of any node',
    ]);
    expect(o.problems[1]).toMatchObject({ id: 'e2', path: '/gexf/graph//edge[2]/@target' });
  });

  it('reports malformed XML with its line', () => {
    const o = open({
      name: 'bad.graphml',
      text: '<graphml>\n<graph>\n<node id="a">\n</graph></graphml>',
    });
    expect(o.ok).toBe(false);
    if (!o.ok) {
      expect(o.problems[0]?.message).toMatch(/^XML syntax error/);
      expect(o.problems[0]?.line).toBeGreaterThan(1);
    }
  });

  it('refuses an XML file whose root does not match its extension', () => {
    const o = open({ name: 'x.gexf', text: '<graphml><graph/></graphml>' });
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.problems[0]?.hint).toMatch(/\.graphml/);
  });
});

describe('mapping helpers', () => {
  it('recognizes entity types, plurals and synonyms', () => {
    expect(entityTypeOf('Person')).toBe('person');
    expect(entityTypeOf('people')).toBe('person');
    expect(entityTypeOf('Organisations')).toBe('organization');
    expect(entityTypeOf('event')).toBe('meeting');
    expect(entityTypeOf('widget')).toBeUndefined();
  });
  it('recognizes relation ids and labels', () => {
    expect(relationTypeOf('co_chaired')).toBe('co_chaired');
    expect(relationTypeOf('Co-Chaired')).toBe('co_chaired');
    expect(relationTypeOf('holds role at')).toBe('holds_role');
    expect(relationTypeOf('likes')).toBeUndefined();
  });
  it('slugifies ids, diacritics included', () => {
    expect(slugify('Hà Kim Ngọc')).toBe('ha-kim-ngoc');
    expect(slugify('Đà Nẵng')).toBe('da-nang');
    expect(slugify('  ')).toBe('');
  });
});

function sortById<T extends { id: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.id.localeCompare(b.id));
}

export type { Dataset };
