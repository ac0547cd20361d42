/**
 * The command-line tools as users run them: child processes of tsx on
 * scripts/validate.ts, export.ts and stats.ts, against the fixtures.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir, readSourceTexts } from '../../src/data/node';
import { validateFiles } from '../../src/data/validate';
import type { Dataset } from '../../src/model';
import { SOURCES_DIR, brokenDir, positionOf, readText } from './fixtureUtils';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const VALID = 'tests/fixtures/valid';
const SOURCES = 'tests/fixtures/sources';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `tsx scripts/<script>.ts ...args` from the repository root. */
function cli(script: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      [`scripts/${script}.ts`, ...args],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const lastLine = (s: string) => s.trimEnd().split('\n').at(-1);

let dataset: Dataset;
let tmp: string;
beforeAll(async () => {
  const loaded = await loadDatasetFromDir(path.join(ROOT, VALID), { sourcesDir: SOURCES_DIR });
  expect(loaded.problems).toEqual([]);
  dataset = loaded.dataset;
  tmp = mkdtempSync(path.join(tmpdir(), 'parley-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('validate', () => {
  it('exits 0 on the valid fixture and ends with a one-line summary', async () => {
    const r = await cli('validate', '--data', VALID, '--sources', SOURCES);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'OK: 5 files, 10 entities, 11 relations, 12 of 12 quotes checked against 2 source texts; 0 errors, 0 warnings\n',
    );
  });

  it('exits 1 on a broken fixture, one line per problem, then the summary', async () => {
    const r = await cli(
      'validate',
      '--data',
      'tests/fixtures/broken/three-errors',
      '--sources',
      SOURCES,
    );
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const events = readText(brokenDir('three-errors'), 'entities/events.json');
    const at = positionOf(events, '"date"', '"id": "harbour-dialogue-3"');
    expect(lines[0]).toBe(
      `error: entities/events.json:${at.line}:${at.column} $.entities[0].date [harbour-dialogue-3]: "2023-02-30" is not a calendar date — Use { "precision": "day", "value": "YYYY-MM-DD" } (or month/year), or { "precision": "unknown", "note": "…" }.`,
    );
    expect(lines[1]).toMatch(
      /^error: relations\/context\.json:\d+:\d+ \$\.relations\[2\]\.target /,
    );
    expect(lines[2]).toMatch(/^error: relations\/harbour-dialogue\.json:\d+:\d+ .*quote not found/);
    expect(lines[3]).toBe(
      'FAILED: 5 files, 10 entities, 11 relations, 12 of 12 quotes checked against 2 source texts; 3 errors, 0 warnings',
    );
  });

  it('locates a JSON syntax error by line and column', async () => {
    const r = await cli(
      'validate',
      '--data',
      'tests/fixtures/broken/json-syntax',
      '--sources',
      SOURCES,
    );
    expect(r.code).toBe(1);
    const at = positionOf(readText(brokenDir('json-syntax'), 'relations/context.json'), '// roles');
    expect(r.stdout).toContain(
      `error: relations/context.json:${at.line}:${at.column}: JSON syntax error: comments are not allowed in JSON`,
    );
    expect(lastLine(r.stdout)).toMatch(/^FAILED: .*; 1 errors, 0 warnings$/);
  });

  it('--json prints a parseable report with every problem located', async () => {
    const [ok, broken] = await Promise.all([
      cli('validate', '--data', VALID, '--sources', SOURCES, '--json'),
      cli(
        'validate',
        '--data',
        'tests/fixtures/broken/invalid-date',
        '--sources',
        SOURCES,
        '--json',
      ),
    ]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      ok: true,
      dataDir: path.join(ROOT, VALID),
      sourcesDir: path.join(ROOT, SOURCES),
      quotesVerified: true,
      files: 5,
      counts: { sources: 2, entities: 10, relations: 11, evidence: 12 },
      errors: 0,
      warnings: 0,
      problems: [],
    });
    expect(broken.code).toBe(1);
    const report = JSON.parse(broken.stdout) as {
      ok: boolean;
      errors: number;
      problems: { code: string; file: string; path: string; line: number; column: number }[];
    };
    expect(report.ok).toBe(false);
    expect(report.errors).toBe(4);
    expect(report.problems.map((p) => [p.code, p.file, p.path])).toEqual([
      ['invalid-date', 'entities/events.json', '$.entities[0].date'],
      ['invalid-date', 'entities/events.json', '$.entities[1].date'],
      ['invalid-date', 'relations/context.json', '$.relations[0].date'],
      ['invalid-date', 'relations/context.json', '$.relations[1].date'],
    ]);
    const context = readText(brokenDir('invalid-date'), 'relations/context.json');
    expect(report.problems[3]).toMatchObject(
      positionOf(context, '"date"', '"id": "lan-nguyen.met_with.tom-baker"'),
    );
  });
});

describe('export', () => {
  it('--format ttl and jsonld print RDF that oxigraph loads, with quote context from the sources', async () => {
    const [ttl, jsonld] = await Promise.all(
      ['ttl', 'jsonld'].map((f) =>
        cli('export', '--data', VALID, '--sources', SOURCES, '--format', f),
      ),
    );
    expect(ttl?.code).toBe(0);
    expect(jsonld?.code).toBe(0);
    const { Store } = (await import('oxigraph')).default;
    const a = new Store();
    a.load(ttl?.stdout ?? '', { format: 'text/turtle' });
    const b = new Store();
    b.load(jsonld?.stdout ?? '', { format: 'application/ld+json' });
    expect(a.size).toBe(b.size);
    const n = (q: string) =>
      [...(a.query(q) as Iterable<Map<string, { value: string }>>)][0]?.get('n')?.value;
    expect(n('SELECT (COUNT(*) AS ?n) WHERE { ?r a <https://w3id.org/parley/ns#Relation> }')).toBe(
      String(dataset.relations.length),
    );
    expect(ttl?.stdout).toContain('oa:prefix');
  });

  it('--format json prints only JSON on stdout, which graphology imports', async () => {
    const r = await cli('export', '--data', VALID, '--sources', SOURCES, '--format', 'json');
    expect(r.code).toBe(0);
    const graph = new MultiDirectedGraph();
    graph.import(JSON.parse(r.stdout));
    expect(graph.order).toBe(dataset.entities.length);
    expect(graph.size).toBe(dataset.relations.length);
    expect(graph.getAttribute('title')).toBe('Parley test fixture');
    expect(graph.getNodeAttribute('harbour-dialogue-3', 'date')).toEqual({
      precision: 'day',
      value: '2023-03-30',
    });
  });

  it('writes gexf, graphml, cyjs, bundle and both CSV tables with --out', async () => {
    const out = (name: string) => path.join(tmp, name);
    const runs = await Promise.all([
      cli(
        'export',
        '--data',
        VALID,
        '--sources',
        SOURCES,
        '--format',
        'gexf',
        '--out',
        out('g.gexf'),
      ),
      cli(
        'export',
        '--data',
        VALID,
        '--sources',
        SOURCES,
        '--format',
        'graphml',
        '--out',
        out('g.graphml'),
      ),
      cli(
        'export',
        '--data',
        VALID,
        '--sources',
        SOURCES,
        '--format',
        'cyjs',
        '--out',
        out('g.cyjs'),
      ),
      cli(
        'export',
        '--data',
        VALID,
        '--sources',
        SOURCES,
        '--format',
        'bundle',
        '--out',
        out('b.parley.json'),
      ),
      cli(
        'export',
        '--data',
        VALID,
        '--sources',
        SOURCES,
        '--format',
        'csv',
        '--out',
        out('g.csv'),
      ),
    ]);
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe('');
    }
    expect(runs[4]?.stderr).toContain(`wrote ${out('g.nodes.csv')}`);
    expect(readdirSync(tmp).sort()).toEqual(
      ['b.parley.json', 'g.cyjs', 'g.edges.csv', 'g.gexf', 'g.graphml', 'g.nodes.csv'].sort(),
    );
    const read = (name: string) => readFileSync(out(name), 'utf8');

    const gexf = parseGexf(MultiDirectedGraph, read('g.gexf'));
    const graphml = parseGraphml(MultiDirectedGraph, read('g.graphml'));
    for (const g of [gexf, graphml]) {
      expect([g.order, g.size]).toEqual([10, 11]);
      expect(g.getNodeAttribute('harbour-dialogue-3', 'number')).toBe(3);
    }
    const cyjs = JSON.parse(read('g.cyjs')) as { elements: { nodes: unknown[]; edges: unknown[] } };
    expect([cyjs.elements.nodes.length, cyjs.elements.edges.length]).toEqual([10, 11]);
    const rows = (name: string) =>
      Papa.parse(read(name), { header: true, skipEmptyLines: true }).data.length;
    expect([rows('g.nodes.csv'), rows('g.edges.csv')]).toEqual([10, 11]);

    // The bundle is a valid data file holding the whole dataset.
    const bundle = validateFiles([{ name: 'b.parley.json', text: read('b.parley.json') }], {
      sourceTexts: await readSourceTexts(SOURCES_DIR),
    });
    expect(bundle.problems).toEqual([]);
    expect(bundle.dataset).toEqual(dataset);
    expect(JSON.parse(read('b.parley.json'))).toMatchObject({
      format: 'parley-bundle',
      version: 1,
    });
  });

  it('refuses CSV without --out, an unknown format and a broken dataset', async () => {
    const [csv, unknown, broken] = await Promise.all([
      cli('export', '--data', VALID, '--sources', SOURCES, '--format', 'csv'),
      cli('export', '--data', VALID, '--sources', SOURCES, '--format', 'dot'),
      cli('export', '--data', 'tests/fixtures/broken/empty-evidence', '--sources', SOURCES),
    ]);
    expect([csv.code, csv.stdout]).toEqual([2, '']);
    expect(csv.stderr).toContain('--format csv writes 2 files; give --out FILE');
    expect([unknown.code, unknown.stdout]).toEqual([2, '']);
    expect(unknown.stderr).toContain('unknown format "dot"');
    expect([broken.code, broken.stdout]).toEqual([1, '']);
    expect(broken.stderr).toContain('every relation needs at least one piece of evidence');
    expect(lastLine(broken.stderr)).toMatch(/^1 error\(s\) in .*empty-evidence: fix them/);
  });
});

describe('stats', () => {
  it('prints counts by type, isolated entities and evidence', async () => {
    const [plain, json] = await Promise.all([
      cli('stats', '--data', VALID, '--sources', SOURCES),
      cli('stats', '--data', VALID, '--sources', SOURCES, '--json'),
    ]);
    expect(plain.code).toBe(0);
    const lines = plain.stdout.split('\n');
    expect(lines[0]).toBe('10 entities, 11 relations, 2 sources');
    expect(lines).toContain('  person             2');
    expect(lines).toContain('  co_chaired         2');
    expect(lines).toContain('Evidence: 12 quotes; 1 relations reported by more than one source');
    expect(lines).toContain('Isolated entities: fisheries');
    expect(lines).toContain('Relations without evidence: none');
    // the fixture's four statements: three joint at the Harbour Dialogue, one by Vietnam alone
    expect(lines).toContain('Statements by side:');
    expect(lines.some((l) => /^ {2}Vietnam +4 {2}\(3 joint\)$/.test(l))).toBe(true);
    expect(lines.some((l) => /^ {2}United States +3 {2}\(3 joint\)$/.test(l))).toBe(true);
    expect(lines[lines.indexOf('Statements by speaker:') + 1]).toBe('  none');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      entities: 10,
      relations: 11,
      sources: 2,
      isolated: ['fisheries'],
      statements: {
        bySide: [
          { id: 'vietnam', statements: 4, joint: 3 },
          { id: 'united-states', statements: 3, joint: 3 },
        ],
        bySpeaker: [],
      },
    });
  });
});
