/**
 * Every GraphSource hands the explorer a validated dataset the same way:
 * the bundled files, files picked in Open…, a stored copy. Each is loaded
 * here as the app loads it, and what the explorer builds from it is checked.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadedFrom } from '../../src/app/useDataset';
import { storedSource } from '../../src/app/storage';
import { parleyFilesSource } from '../../src/data/fileSources';
import { openedFilesSource, type FileLike } from '../../src/data/importers/fileSource';
import { nodeXmlSupport } from '../../src/data/importers/node';
import { loadDatasetFromDir, readDataDir } from '../../src/data/node';
import { exportRdf } from '../../src/data/rdf';
import type { GraphSource, LoadedFromSource, SourceLoad } from '../../src/data/source';
import { buildGraph } from '../../src/graph/build';
import { exportGraph } from '../../src/graph/formats';
import type { Dataset } from '../../src/model';

const DATA_DIR = fileURLToPath(new URL('../../graph-data', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/open', import.meta.url));
let dataset: Dataset;

beforeAll(async () => {
  ({ dataset } = await loadDatasetFromDir(DATA_DIR));
});

/** A browser File as far as a source uses it; counts reads. */
function file(name: string, text: string, size = new TextEncoder().encode(text).length) {
  const f = {
    name,
    size,
    reads: 0,
    arrayBuffer: () => {
      f.reads++;
      return Promise.resolve(new TextEncoder().encode(text).buffer as ArrayBuffer);
    },
  };
  return f;
}

async function loadOk(source: GraphSource, progress: string[] = []): Promise<LoadedFromSource> {
  const r: SourceLoad = await source.load({ onProgress: (m) => progress.push(m) });
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r;
}

describe('the bundled files as a source', () => {
  it('loads graph-data/ validated, as npm run validate reads it, with progress', async () => {
    const source = parleyFilesSource('bundled', 'bundled dataset', () => readDataDir(DATA_DIR));
    expect(source.kind).toBe('bundled');
    expect(source.expand).toBeUndefined(); // holds everything: nothing more to fetch
    const progress: string[] = [];
    const r = await loadOk(source, progress);
    expect(r.dataset.entities.length).toBe(dataset.entities.length);
    expect(r.dataset.relations.length).toBe(dataset.relations.length);
    expect(progress[0]).toBe('Reading the bundled dataset…');
    const loaded = loadedFrom(source, r);
    expect(loaded.origin).toEqual({ kind: 'bundled' });
    expect(loaded.graph.order).toBe(dataset.entities.length);
    expect(loaded.source).toBe(source);
  });

  it('files with errors do not load: every problem is handed back', async () => {
    const files = await readDataDir(DATA_DIR);
    const broken = files.map((f, i) => (i === 0 ? { ...f, text: f.text.replace('{', '{,') } : f));
    const r = await parleyFilesSource('bundled', 'bundled dataset', () =>
      Promise.resolve(broken),
    ).load();
    expect(r.ok).toBe(false);
    expect(r.problems.some((p) => p.severity === 'error' && p.file === files[0]!.name)).toBe(true);
  });
});

describe('opened files as a source', () => {
  const xml = nodeXmlSupport;

  it('a Parley bundle: origin, notice and counts', async () => {
    const text = readFileSync(`${FIXTURES}/mini.parley.json`, 'utf8');
    const source = openedFilesSource([file('mini.parley.json', text)], xml);
    expect(source.kind).toBe('file');
    expect(source.label).toBe('mini.parley.json');
    const r = await loadOk(source);
    expect(r.format).toBe('parley');
    expect(r.notices?.[0]).toMatch(/^Opened “mini.parley.json” \(Parley bundle\): 9 entities/);
    const loaded = loadedFrom(source, r);
    expect(loaded.origin).toEqual({
      kind: 'opened',
      fileName: 'mini.parley.json',
      format: 'parley',
    });
    expect(loaded.graph.order).toBe(9);
  });

  it('Turtle and JSON-LD exports of the bundled data load whole', async () => {
    for (const format of ['ttl', 'jsonld'] as const) {
      const { text } = await exportRdf(dataset, format);
      const r = await loadOk(openedFilesSource([file(`parley.${format}`, text)], xml));
      expect(r.dataset.entities.length).toBe(dataset.entities.length);
      expect(r.dataset.relations.length).toBe(dataset.relations.length);
    }
  });

  it('a nodes + edges CSV pair is one source named after both files', async () => {
    const csv = exportGraph(buildGraph(dataset).graph, 'csv');
    const files = csv.map((f) => file(`g${f.suffix}`, f.text));
    const source = openedFilesSource(files, xml);
    expect(source.label).toBe('g.nodes.csv + g.edges.csv');
    const r = await loadOk(source);
    expect(r.format).toBe('csv');
    expect(r.dataset.relations.length).toBe(dataset.relations.length);
    // The column mapping goes to the load report.
    const loaded = loadedFrom(source, r);
    expect(loaded.mapping.join('\n')).toMatch(/label → label/);
  });

  it('a file over the limit is refused before it is read', async () => {
    const big = file('big.json', '{}', 101);
    const r = await openedFilesSource([big], xml, 100).load();
    expect(r.ok).toBe(false);
    expect(r.problems[0]?.code).toBe('file-too-large');
    expect(big.reads).toBe(0);
  });

  it('a file that cannot be read gets a located problem, not an exception', async () => {
    const gone: FileLike = {
      name: 'gone.json',
      size: 10,
      arrayBuffer: () => Promise.reject(new Error('NotFoundError')),
    };
    const r = await openedFilesSource([gone], xml).load();
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ file: 'gone.json', code: 'unsupported-format' });
  });
});

describe('a stored copy as a source', () => {
  it('hands back what was kept, said as such', async () => {
    const source = storedSource({
      v: 1,
      fileName: 'kept.ttl',
      format: 'turtle',
      savedAt: '2026-12-01T10:00:00.000Z',
      dataset,
      problems: [],
    });
    const r = await loadOk(source);
    const loaded = loadedFrom(source, r);
    expect(loaded.origin).toEqual({ kind: 'opened', fileName: 'kept.ttl', format: 'turtle' });
    expect(loaded.notices?.[0]).toMatch(/^Showing “kept.ttl”, opened on 2026-12-01/);
  });
});
