import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OpenOutcome } from '../../src/data/importers';
import { mergeRepeated } from '../../src/data/importers/mapGraph';
import { Notes } from '../../src/data/importers/mappingNotes';
import { nodeXmlSupport } from '../../src/data/importers/node';
import { inferTypeColumn } from '../../src/data/importers/typeInference';
import { importFiles, importFiles as importAny } from '../../src/data/importers/openFiles';
import type { Relation } from '../../src/model';

/** Real files from public projects (tests/fixtures/foreign/README.md says where each comes from). */
const read = (name: string) => ({
  name,
  text: readFileSync(`tests/fixtures/foreign/${name}`, 'utf8'),
});

async function open(name: string) {
  const o: OpenOutcome = await importAny([read(name)], nodeXmlSupport);
  if (!o.ok) throw new Error(`${name}: ${JSON.stringify(o.problems, null, 2)}`);
  return o;
}

describe('the formats people have', () => {
  it('yEd GraphML: port keys do not stop it; labels, places and colours come from y:NodeLabel, y:Geometry, y:Fill', async () => {
    const o = await open('yed-groups.graphml');
    expect(o.format).toBe('graphml');
    const labels = o.dataset.entities.map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(['Group 3', 'Group 1', '1', '2']));
    expect(o.dataset.entities.find((e) => e.label === '2')?.attributes).toEqual({
      CustomProperty: 'CustomPropertyValue',
    });
    const look = o.dataset.look!;
    expect(Object.keys(look.positions!)).toHaveLength(o.dataset.entities.length);
    // yEd's geometry is the top-left corner in screen coordinates: the centre is kept, y not flipped.
    expect(look.positions!.n0).toEqual({ x: 140, y: -255.4611111111111 + 15 });
    expect(look.colours!.n0).toBe('#ffcc00');
  });

  it('TinkerPop GraphML: labelV and labelE are the vocabulary, age and lang are kept, weights too', async () => {
    const o = await open('tinkerpop-modern.graphml');
    const marko = o.dataset.entities.find((e) => e.label === 'marko')!;
    expect(marko.type).toBe('person');
    expect(marko.addedType).toBeUndefined();
    expect(marko.attributes).toEqual({ age: 29 });
    const lop = o.dataset.entities.find((e) => e.label === 'lop')!;
    expect(lop.addedType).toBe('software');
    expect(lop.attributes).toEqual({ lang: 'java' });
    const v = o.dataset.vocabulary!;
    expect(v.entityLabel('software')).toBe('software');
    expect(v.relationType('knows')?.label).toBe('knows');
    expect(new Set(o.dataset.relations.map((r) => r.type))).toEqual(new Set(['knows', 'created']));
    expect(o.dataset.relations.map((r) => r.weight)).toEqual([0.5, 1, 0.4, 1, 0.4, 0.2]);
    expect(o.report!.mapped.join('\n')).toMatch(
      /Relation types from the file's labelE: created \(4\), knows \(2\)/,
    );
    expect(o.report!.typeFrom?.node.key).toBe('labelV');
  });

  it("d3's Les Misérables (names linked by position): 77 characters, 254 undirected links", async () => {
    const o = await open('miserables-d3.json');
    expect(o.format).toBe('node-link-json');
    expect(o.dataset.entities).toHaveLength(77);
    expect(o.dataset.relations).toHaveLength(254);
    // The group is the kind (in the file's words), not a Topic.
    expect(o.dataset.entities[0]).toMatchObject({ label: 'Myriel', addedType: 'group_1' });
    expect(o.dataset.vocabulary!.entityLabel('group_1')).toBe('group 1');
    const napoleon = o.dataset.relations[0]!;
    expect(napoleon).toMatchObject({ source: '1', target: '0', undirected: true, weight: 1 });
    expect(napoleon.attributes).toEqual({ value: 1 });
  });

  it('Cytoscape JSON, {nodes:[{data}], edges:[{data}]}: interactions and attributes kept', async () => {
    const o = await open('cytoscape-gal-trimmed.json');
    expect(o.format).toBe('cytoscape-json');
    expect(o.dataset.entities).toHaveLength(60);
    expect(o.dataset.relations).toHaveLength(54);
    expect(o.dataset.entities[0]?.attributes).toMatchObject({ COMMON: 'MCM1', Degree: 18 });
    expect(o.dataset.relations[0]?.type).toBe('pp');
    expect(o.dataset.vocabulary!.relationType('pp')?.label).toBe('pp');
  });

  it('Cytoscape desktop .cyjs ({elements:{nodes, edges}}, positions in screen coordinates)', async () => {
    const o = await open('genemania-trimmed.cyjs');
    expect(o.format).toBe('cytoscape-json');
    expect(o.dataset.entities).toHaveLength(10);
    expect(Object.keys(o.dataset.look!.positions!)).toHaveLength(10);
    expect(o.dataset.entities.map((e) => e.addedType).sort()).toEqual([
      ...Array<string>(7).fill('query'),
      ...Array<string>(3).fill('result'),
    ]);
    expect(o.report!.mapped.join('\n')).toMatch(/Written by cytoscape-3\.1\.0/);
  });

  it('Cytoscape.js elements array', async () => {
    const o = await open('cytoscape-elements-array.json');
    expect(o.dataset.entities).toHaveLength(24);
    expect(o.dataset.relations).toHaveLength(12);
  });

  it('Gephi Lite: graph, data and layout; undirected, weights kept', async () => {
    const o = await open('gephi-lite-miserables-trimmed.json');
    expect(o.format).toBe('gephi-lite-json');
    expect(o.dataset.title).toBe('Les Miserables');
    expect(o.dataset.entities).toHaveLength(17);
    expect(o.dataset.relations.every((r) => r.undirected)).toBe(true);
    expect(o.dataset.relations.find((r) => r.weight === 8)?.attributes).toEqual({
      cooccurrence: 8,
    });
    expect(Object.keys(o.dataset.look!.positions!)).toHaveLength(17);
    expect(o.dataset.look!.colours!['11']).toBe('#f55b5b');
  });

  it("Gephi GEXF: the author's layout, colours and sizes", async () => {
    const o = await open('les-miserables.gexf');
    const look = o.dataset.look!;
    expect(Object.keys(look.positions!)).toHaveLength(77);
    // viz:position y is drawn upwards in Gephi: flipped for the screen.
    expect(look.positions!['0.0']).toEqual({ x: 268.72385, y: -91.18155 });
    expect(look.colours!['0.0']).toBe('#d8482d');
    expect(look.sizes!['0.0']).toBeCloseTo(22.714287);
    expect(o.dataset.entities[0]?.attributes).toEqual({ authority: 0.01880342, hub: 0.01880342 });
  });

  it('JSON-LD with relative IRIs: resolved against the file name and said in the report', async () => {
    const o = await open('relative-iris.jsonld');
    expect(o.dataset.entities.map((e) => e.id).sort()).toEqual([
      'ada',
      'analytical-society',
      'charles',
      'mary',
    ]);
    expect(o.dataset.relations).toHaveLength(4);
    expect(o.report!.mapped.join('\n')).toMatch(
      /3 resources have relative IRIs, resolved against the file's name \(file:\/\/\/relative-iris\.jsonld\)/,
    );
  });

  it('a JSON file that is no graph gets one problem saying what it looks like', async () => {
    const o = await importFiles(
      [
        {
          name: 'package.json',
          text: JSON.stringify({ name: 'x', version: '1', dependencies: {} }),
        },
      ],
      nodeXmlSupport,
    );
    expect(o.ok).toBe(false);
    expect(o.problems).toHaveLength(1);
    expect(o.problems[0]?.message).toBe(
      'this is a JSON object with the keys "name", "version", "dependencies", not a graph Parley knows',
    );
    expect(o.problems[0]?.hint).toMatch(/d3\/networkx node-link JSON/);
    const arr = await importFiles([{ name: 'list.json', text: '[1, 2, 3]' }], nodeXmlSupport);
    expect(arr.ok).toBe(false);
    expect(arr.problems).toHaveLength(1);
  });

  it('a node-link file with 500 bad links lists at most 20 problems', async () => {
    const text = JSON.stringify({
      nodes: [{ id: 'a' }],
      links: Array.from({ length: 500 }, () => ({ source: 'a', target: 'nowhere' })),
    });
    const o = await importFiles([{ name: 'bad.json', text }], nodeXmlSupport);
    expect(o.ok).toBe(false);
    expect(o.problems.length).toBeLessThanOrEqual(20);
    expect(o.problems[0]?.message).toBe('target "nowhere" is not the id of any node');
  });
});

describe('repeated edges and direction', () => {
  it("Gephi's repeated-edges CSV: one relation per pair with a count and the summed weight (as Gephi merges)", async () => {
    const o = await open('gephi-repeated-edges.csv');
    const byPair = new Map(o.dataset.relations.map((r) => [`${r.source}>${r.target}`, r]));
    expect(byPair.get('1>2')).toMatchObject({ count: 3, weight: 7.5 });
    expect(byPair.get('3>4')).toMatchObject({ weight: 2 });
    expect(byPair.get('3>4')?.count).toBeUndefined();
    expect(o.dataset.relations).toHaveLength(3);
    expect(o.report!.summary.join('; ')).toMatch(/2 repeated edges merged into 1 relation/);
  });

  it('a Gephi edges table: Type = Undirected is direction, not a relation type', async () => {
    const o = await open('gephi-undirected-merged.csv');
    expect(o.dataset.relations.every((r) => r.undirected === true)).toBe(true);
    expect(o.dataset.relations.every((r) => r.qualifiers?.original_type === undefined)).toBe(true);
    expect(o.dataset.relations[2]).toMatchObject({ source: 'sosunl', weight: 2883 });
  });

  it('merges either way round when undirected, never facts with evidence', () => {
    const r = (id: string, s: string, t: string, extra: Partial<Relation> = {}): Relation =>
      ({ id, type: 'related_to', source: s, target: t, evidence: [], ...extra }) as Relation;
    const out = mergeRepeated(new Notes(), [
      r('1', 'a', 'b', { undirected: true }),
      r('2', 'b', 'a', { undirected: true, weight: 4 }),
      r('3', 'b', 'a'),
      r('4', 'a', 'b', { evidence: [{ source: 's', quote: 'q' }] }),
      r('5', 'a', 'b', { evidence: [{ source: 's', quote: 'q' }] }),
    ]);
    expect(out.map((x) => x.id)).toEqual(['1', '3', '4', '5']);
    expect(out[0]).toMatchObject({ count: 2, weight: 5 });
  });
});

describe('inferTypeColumn', () => {
  it('finds the kind by name, in the file’s words, and ignores names and direction words', () => {
    expect(
      inferTypeColumn([{ labelV: 'person' }, { labelV: 'software' }, { labelV: 'person' }], 'node'),
    ).toEqual({
      key: 'labelV',
      values: [
        { value: 'person', count: 2 },
        { value: 'software', count: 1 },
      ],
      covered: 3,
    });
    // Every value distinct: names, not kinds.
    const names = Array.from({ length: 10 }, (_, i) => ({ type: `n${i}` }));
    expect(inferTypeColumn(names, 'node')).toBeUndefined();
    expect(
      inferTypeColumn(
        [
          { Type: 'Directed', Relationship: 'Ownership' },
          { Type: 'Undirected', Relationship: 'Ownership' },
        ],
        'edge',
      )?.key,
    ).toBe('Relationship');
    expect(
      inferTypeColumn([{ club: 'Mr. Hi' }, { club: 'Officer' }, { club: 'Officer' }], 'node')?.key,
    ).toBe('club');
    expect(inferTypeColumn([{ x: 1 }], 'node', 'x')?.values).toEqual([{ value: '1', count: 1 }]);
  });
});

describe('the command line', () => {
  it('convert writes a dataset folder with kinds, look and load report; --keep-repeated keeps edges apart', async () => {
    const { mkdtempSync, readFileSync: read, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { convertCommand } = await import('../../scripts/convertCommand');
    const dir = mkdtempSync(`${tmpdir()}/parley-convert-`);
    try {
      const r = await convertCommand([
        'tests/fixtures/foreign/tinkerpop-modern.graphml',
        '--out',
        dir,
      ]);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/6 entities, 6 relations \(graphml\)/);
      const kinds = JSON.parse(read(`${dir}/kinds.json`, 'utf8'));
      expect(kinds.relations).toEqual([
        { value: 'created', count: 4 },
        { value: 'knows', count: 2 },
      ]);
      const { entities } = JSON.parse(read(`${dir}/entities/entities.json`, 'utf8'));
      expect(entities).toHaveLength(6);
      expect(read(`${dir}/load-report.md`, 'utf8')).toMatch(
        /Relation types from the file's labelE/,
      );
      expect(JSON.parse(read(`${dir}/vocabulary.json`, 'utf8')).entityTypes).toMatchObject([
        { id: 'software', label: 'software' },
      ]);
      expect(entities.find((e: { label: string }) => e.label === 'lop').type).toBe('software');
      const g = await convertCommand([
        'tests/fixtures/foreign/les-miserables.gexf',
        '--out',
        `${dir}/g`,
      ]);
      expect(g.status).toBe(0);
      expect(Object.keys(JSON.parse(read(`${dir}/g/look.json`, 'utf8')).positions)).toHaveLength(
        77,
      );
      const kept = await convertCommand([
        'tests/fixtures/foreign/gephi-repeated-edges.csv',
        '--out',
        `${dir}/k`,
        '--keep-repeated',
      ]);
      expect(kept.stdout).toMatch(/4 entities, 5 relations/);
      const bad = await convertCommand(['tests/fixtures/foreign/README.md', '--out', `${dir}/x`]);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/unknown file type/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('validate fails on a folder with no Parley data file and names the graph files in it', async () => {
    const { mkdtempSync, copyFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { validateCommand } = await import('../../scripts/validateCommand');
    const dir = mkdtempSync(`${tmpdir()}/parley-validate-`);
    try {
      copyFileSync('tests/fixtures/foreign/les-miserables.gexf', `${dir}/les-miserables.gexf`);
      const r = await validateCommand(['--data', dir]);
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(
        /no Parley data file here, only 1 graph file of other formats \(les-miserables\.gexf\)/,
      );
      expect(r.stdout).toMatch(/npm run convert/);
      expect(r.stdout).not.toMatch(/^OK/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
