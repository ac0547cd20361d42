/**
 * Every export format, read back by an independent parser: graphology's own
 * JSON import, graphology-gexf (node), graphology-graphml, JSON.parse for
 * .cyjs, papaparse for CSV and, when installed, networkx. Run on the valid
 * fixture, on the real dataset (whatever its size today) and on hostile text.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { buildGraph } from '../../src/graph/build';
import { exportGraph, type DataFormat } from '../../src/graph/formats';
import type { EdgeAttrs, NodeAttrs, ParleyGraph } from '../../src/graph/types';
import type { Dataset } from '../../src/model';
import { miniDataset } from './helpers';
import { SOURCES_DIR, VALID_DIR } from './fixtureUtils';

type Row = Record<string, unknown>;

const text = (graph: ParleyGraph, format: DataFormat, i = 0) =>
  exportGraph(graph, format)[i]?.text ?? '';

/** '' for a missing value, so "absent" and "empty" compare equal where formats drop empty values. */
const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** What a flat format must keep of a node: every field, as text. */
function expectNodeKept(id: string, a: NodeAttrs, got: Row | undefined) {
  expect(got, id).toBeDefined();
  const row = got ?? {};
  expect(str(row.label), `${id} label`).toBe(a.label);
  expect(str(row.type), `${id} type`).toBe(a.type);
  expect(str(row.description), `${id} description`).toBe(a.description);
  expect(str(row.aliases), `${id} aliases`).toBe(a.aliases.join(' | '));
  expect(str(row.kind), `${id} kind`).toBe(str(a.kind));
  expect(str(row.number), `${id} number`).toBe(str(a.number));
  expect(str(row.note), `${id} note`).toBe(str(a.note));
  expect(str(row.date), `${id} date`).toBe(str(a.date?.value));
  expect(str(row.date_precision), `${id} date_precision`).toBe(str(a.date?.precision));
  expect(str(row.date_note), `${id} date_note`).toBe(str(a.date?.note));
}

/** What a flat format must keep of an edge: every field; evidence and qualifiers as JSON. */
function expectEdgeKept(id: string, a: EdgeAttrs, got: Row | undefined) {
  expect(got, id).toBeDefined();
  const row = got ?? {};
  expect(str(row.type), `${id} type`).toBe(a.type);
  expect(str(row.label), `${id} label`).toBe(a.label);
  expect(JSON.parse(str(row.evidence)), `${id} evidence`).toEqual(a.evidence);
  expect(str(row.evidence_count), `${id} evidence_count`).toBe(String(a.evidence.length));
  expect(str(row.evidence_sources).split(' | '), `${id} evidence_sources`).toEqual([
    ...new Set(a.evidence.map((e) => e.source)),
  ]);
  expect(row.qualifiers ? JSON.parse(str(row.qualifiers)) : undefined, `${id} qualifiers`).toEqual(
    a.qualifiers && Object.keys(a.qualifiers).length ? a.qualifiers : undefined,
  );
  expect(str(row.note), `${id} note`).toBe(str(a.note));
  expect(str(row.date), `${id} date`).toBe(str(a.date?.value));
  expect(str(row.date_precision), `${id} date_precision`).toBe(str(a.date?.precision));
  expect(str(row.date_note), `${id} date_note`).toBe(str(a.date?.note));
}

/** Endpoints, keyed by edge id. */
const endpoints = (g: AbstractGraph) => {
  const out: Record<string, [string, string]> = {};
  g.forEachEdge((e, _a, s, t) => (out[e] = [s, t]));
  return out;
};

function roundTripSuite(name: string, load: () => Promise<Dataset>) {
  describe(name, () => {
    let graph: ParleyGraph;
    beforeAll(async () => {
      graph = buildGraph(await load()).graph;
      expect(graph.order).toBeGreaterThan(0);
      expect(graph.size).toBeGreaterThan(0);
    });

    it('JSON: graphology import gives back the same graph', () => {
      const back = new MultiDirectedGraph();
      back.import(JSON.parse(text(graph, 'json')));
      expect(back.order).toBe(graph.order);
      expect(back.size).toBe(graph.size);
      expect(back.multi).toBe(true);
      expect(back.type).toBe('directed');
      graph.forEachNode((id, a) => expect(back.getNodeAttributes(id)).toEqual(a));
      graph.forEachEdge((id, a) => expect(back.getEdgeAttributes(id)).toEqual(a));
      expect(endpoints(back)).toEqual(endpoints(graph));
    });

    it('GEXF: graphology-gexf reads back every node, edge and attribute', () => {
      const back = parseGexf(MultiDirectedGraph, text(graph, 'gexf'));
      expect(back.order).toBe(graph.order);
      expect(back.size).toBe(graph.size);
      graph.forEachNode((id, a) => {
        const got = back.getNodeAttributes(id);
        expectNodeKept(id, a, got);
        if (a.number !== undefined) expect(got.number).toBe(a.number);
      });
      graph.forEachEdge((id, a) => {
        const got = back.getEdgeAttributes(id);
        expectEdgeKept(id, a, got);
        expect(got.evidence_count).toBe(a.evidence.length);
        expect(got.kind).toBe(a.type);
      });
      expect(endpoints(back)).toEqual(endpoints(graph));
    });

    it('GraphML: graphology-graphml reads back every attribute with its declared type', () => {
      const back = parseGraphml(MultiDirectedGraph, text(graph, 'graphml'));
      expect(back.order).toBe(graph.order);
      expect(back.size).toBe(graph.size);
      graph.forEachNode((id, a) => {
        const got = back.getNodeAttributes(id);
        expectNodeKept(id, a, got);
        // attr.type="int" parses back as a number, attr.type="string" stays text ("2019", not 2019).
        if (a.number !== undefined) expect(got.number).toBe(a.number);
        if (a.date?.value) expect(got.date).toBe(a.date.value);
      });
      graph.forEachEdge((id, a) => {
        const got = back.getEdgeAttributes(id);
        expectEdgeKept(id, a, got);
        expect(got.evidence_count).toBe(a.evidence.length);
        if (a.date?.value) expect(got.date).toBe(a.date.value);
      });
      expect(endpoints(back)).toEqual(endpoints(graph));
    });

    it('Cytoscape JSON: elements carry ids, names, interactions and attributes', () => {
      const cyjs = JSON.parse(text(graph, 'cyjs')) as {
        data: { name: string };
        elements: { nodes: { data: Row }[]; edges: { data: Row }[] };
      };
      expect(cyjs.elements.nodes).toHaveLength(graph.order);
      expect(cyjs.elements.edges).toHaveLength(graph.size);
      expect(cyjs.data.name).toBe(graph.getAttribute('title') ?? 'Parley graph');
      const nodes = new Map(cyjs.elements.nodes.map((n) => [n.data.id, n.data]));
      graph.forEachNode((id, a) => {
        expectNodeKept(id, a, nodes.get(id));
        expect(nodes.get(id)?.name).toBe(a.label);
      });
      const edges = new Map(cyjs.elements.edges.map((e) => [e.data.id, e.data]));
      graph.forEachEdge((id, a, s, t) => {
        const got = edges.get(id);
        expectEdgeKept(id, a, got);
        expect([got?.source, got?.target, got?.interaction]).toEqual([s, t, a.type]);
      });
    });

    it('CSV: papaparse reads back both tables, with commas, quotes and newlines intact', () => {
      const parse = (csv: string) => Papa.parse<Row>(csv, { header: true, skipEmptyLines: true });
      const nodes = parse(text(graph, 'csv', 0));
      const edges = parse(text(graph, 'csv', 1));
      expect(nodes.errors).toEqual([]);
      expect(edges.errors).toEqual([]);
      expect(nodes.data).toHaveLength(graph.order);
      expect(edges.data).toHaveLength(graph.size);
      expect(nodes.meta.fields?.slice(0, 3)).toEqual(['id', 'label', 'type']);
      expect(edges.meta.fields?.slice(0, 4)).toEqual(['id', 'source', 'target', 'type']);
      const byId = (rows: Row[]) => new Map(rows.map((r) => [r.id, r]));
      const nodeRows = byId(nodes.data);
      graph.forEachNode((id, a) => expectNodeKept(id, a, nodeRows.get(id)));
      const edgeRows = byId(edges.data);
      graph.forEachEdge((id, a, s, t) => {
        expectEdgeKept(id, a, edgeRows.get(id));
        expect([edgeRows.get(id)?.source, edgeRows.get(id)?.target]).toEqual([s, t]);
      });
    });
  });
}

const loadDir = async (dir: string, sourcesDir?: string) =>
  (await loadDatasetFromDir(dir, sourcesDir ? { sourcesDir } : {})).dataset;

roundTripSuite('the valid fixture', () => loadDir(VALID_DIR, SOURCES_DIR));
roundTripSuite('the real dataset (graph-data/)', () => loadDir(path.resolve('graph-data')));

describe('the valid fixture exercises the hard cases', () => {
  it('has text with commas, double quotes and newlines, multi-edges and every date form', async () => {
    const { graph } = buildGraph(await loadDir(VALID_DIR, SOURCES_DIR));
    expect(graph.getNodeAttribute('maritime-safety', 'description')).toContain('\n');
    expect(graph.getEdgeAttribute('vietnam.committed_to.harbour-accord', 'note')).toMatch(/".*",/);
    const quotes = graph.mapEdges((_e, a) => a.evidence.map((e) => e.quote)).flat();
    expect(quotes.some((q) => q.includes('"') && q.includes(','))).toBe(true);
    const precisions = new Set(
      [...graph.mapNodes((_n, a) => a.date), ...graph.mapEdges((_e, a) => a.date)].map(
        (d) => d?.precision,
      ),
    );
    expect([...precisions].sort()).toEqual(['day', 'month', 'unknown', 'year', undefined].sort());
    expect(graph.outEdges('harbour-dialogue-3', 'maritime-safety')).toHaveLength(2);
  });

  it('CSV keeps the exact text of a cell with a comma, quotes and a newline', async () => {
    const { graph } = buildGraph(await loadDir(VALID_DIR, SOURCES_DIR));
    const edgesCsv = text(graph, 'csv', 1);
    // Quoted, with inner quotes doubled, as RFC 4180 wants.
    expect(edgesCsv).toContain('"Stated by Lan Nguyen, ""firmly"", on behalf of Vietnam."');
    const rows = Papa.parse<Row>(text(graph, 'csv', 0), { header: true, skipEmptyLines: true });
    const row = rows.data.find((r) => r.id === 'maritime-safety');
    expect(row?.description).toBe('Safety at sea.\nIncludes joint search and rescue.');
  });
});

// ---------------------------------------------------------------------------
// Hostile text: markup, entities, quotes, control characters, astral characters.

const HOSTILE_LABEL = `<script>alert("x")</script> & &amp; 'q' ]]> \u0001\u0008\u000B\u001F\uFFFE end`;
const HOSTILE_DESCRIPTION = '  line one,\r\nline "two"\ttabbed\nemoji 😀 </desc>  ';
/** Characters XML 1.0 does not allow. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** What XML 1.0 can carry of a string: the characters it forbids are dropped. */
const xmlVisible = (s: string) => s.replace(NOT_XML, '');

function hostileGraph(): ParleyGraph {
  const dataset = miniDataset();
  dataset.title = 'Title with <tags> & "quotes"';
  const first = dataset.entities[0];
  if (!first) throw new Error('helpers changed');
  first.label = HOSTILE_LABEL;
  first.description = HOSTILE_DESCRIPTION;
  first.aliases = ['a|b', '<alias>'];
  const rel = dataset.relations[0];
  if (!rel) throw new Error('helpers changed');
  rel.note = `note with <b>bold</b> & ${'"quotes"'}, commas\nand a newline`;
  rel.evidence = [{ source: 's1', quote: 'He said "<no>" & left,\nquickly' }];
  rel.qualifiers = { title: 'Deputy <Minister> & "Co"' };
  return buildGraph(dataset).graph;
}

describe('hostile text', () => {
  let graph: ParleyGraph;
  const id = 'ha-kim-ngoc';
  const edge = 'r1';
  beforeAll(() => {
    graph = hostileGraph();
  });

  it('the XML formats contain no character XML 1.0 forbids, and no raw markup from the data', () => {
    for (const format of ['gexf', 'graphml'] as const) {
      const xml = text(graph, format);
      expect(xmlVisible(xml), format).toBe(xml);
      expect(xml, format).not.toContain('<script>');
      expect(xml, format).not.toContain('</desc>');
      expect(xml, format).not.toContain('<b>');
      expect(xml, format).toContain('&lt;script');
    }
  });

  it('GEXF keeps markup, ampersands, quotes, tabs, CR/LF and emoji', () => {
    const back = parseGexf(MultiDirectedGraph, text(graph, 'gexf'));
    expect(back.getNodeAttribute(id, 'label')).toBe(xmlVisible(HOSTILE_LABEL));
    expect(back.getNodeAttribute(id, 'description')).toBe(HOSTILE_DESCRIPTION);
    expect(back.getNodeAttribute(id, 'aliases')).toBe('a|b | <alias>');
    expectEdgeKept(edge, graph.getEdgeAttributes(edge), back.getEdgeAttributes(edge));
    expect(back.getAttribute('title')).toBe('Title with <tags> & "quotes"');
  });

  it('GraphML keeps markup, ampersands, quotes, tabs, CR/LF and emoji', () => {
    const back = parseGraphml(MultiDirectedGraph, text(graph, 'graphml'));
    expect(back.getNodeAttribute(id, 'label')).toBe(xmlVisible(HOSTILE_LABEL));
    expect(back.getNodeAttribute(id, 'description')).toBe(HOSTILE_DESCRIPTION);
    expect(back.getNodeAttribute(id, 'aliases')).toBe('a|b | <alias>');
    expectEdgeKept(edge, graph.getEdgeAttributes(edge), back.getEdgeAttributes(edge));
  });

  it('Cytoscape JSON and graphology JSON keep every character', () => {
    const cyjs = JSON.parse(text(graph, 'cyjs')) as { elements: { nodes: { data: Row }[] } };
    const node = cyjs.elements.nodes.find((n) => n.data.id === id)?.data;
    expect(node?.name).toBe(HOSTILE_LABEL);
    expect(node?.description).toBe(HOSTILE_DESCRIPTION);
    const back = new MultiDirectedGraph();
    back.import(JSON.parse(text(graph, 'json')));
    expect(back.getNodeAttributes(id)).toEqual(graph.getNodeAttributes(id));
  });

  it('CSV keeps every character', () => {
    const rows = Papa.parse<Row>(text(graph, 'csv', 0), { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    const row = rows.data.find((r) => r.id === id);
    expect(row?.label).toBe(HOSTILE_LABEL);
    expect(row?.description).toBe(HOSTILE_DESCRIPTION);
    const edges = Papa.parse<Row>(text(graph, 'csv', 1), { header: true, skipEmptyLines: true });
    expectEdgeKept(
      edge,
      graph.getEdgeAttributes(edge),
      edges.data.find((r) => r.id === edge),
    );
  });
});

describe('positions', () => {
  it('are written as GEXF viz, GraphML x/y and .cyjs position', async () => {
    const { graph } = buildGraph(await loadDir(VALID_DIR, SOURCES_DIR));
    const positions = Object.fromEntries(graph.mapNodes((n, _a) => [n, { x: 1.234, y: -5 }]));
    const gexf = parseGexf(
      MultiDirectedGraph,
      exportGraph(graph, 'gexf', positions)[0]?.text ?? '',
    );
    expect([gexf.getNodeAttribute('hanoi', 'x'), gexf.getNodeAttribute('hanoi', 'y')]).toEqual([
      1.234, -5,
    ]);
    const graphml = parseGraphml(
      MultiDirectedGraph,
      exportGraph(graph, 'graphml', positions)[0]?.text ?? '',
    );
    expect([
      graphml.getNodeAttribute('hanoi', 'x'),
      graphml.getNodeAttribute('hanoi', 'y'),
    ]).toEqual([1.23, -5]);
    const cyjs = JSON.parse(exportGraph(graph, 'cyjs', positions)[0]?.text ?? '') as {
      elements: { nodes: { data: { id: string }; position?: unknown }[] };
    };
    expect(cyjs.elements.nodes.find((n) => n.data.id === 'hanoi')?.position).toEqual({
      x: 1.234,
      y: -5,
    });
  });
});

// ---------------------------------------------------------------------------
// networkx: a reader written by other people in another language.

const NETWORKX_SCRIPT = `
import json, sys
import networkx as nx
out = {}
for kind, path in (("gexf", sys.argv[1]), ("graphml", sys.argv[2])):
    g = nx.read_gexf(path) if kind == "gexf" else nx.read_graphml(path)
    out[kind] = {
        "edges": g.number_of_edges(),
        "multi": g.is_multigraph(),
        "directed": g.is_directed(),
        "nodes": {
            n: [a.get("label"), a.get("type"), a.get("number")] for n, a in g.nodes(data=True)
        },
    }
print(json.dumps(out))
`;

const networkx = spawnSync('python3', ['-c', 'import networkx; print(networkx.__version__)'], {
  encoding: 'utf8',
});
const networkxMissing =
  networkx.status === 0
    ? undefined
    : `python3 with networkx is not available (${(networkx.stderr || String(networkx.error)).trim().split('\n').at(-1)})`;

describe('networkx', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'parley-nx-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function readWithNetworkx(graph: ParleyGraph) {
    const gexf = path.join(dir, 'g.gexf');
    const graphml = path.join(dir, 'g.graphml');
    writeFileSync(gexf, text(graph, 'gexf'));
    writeFileSync(graphml, text(graph, 'graphml'));
    return JSON.parse(
      execFileSync('python3', ['-c', NETWORKX_SCRIPT, gexf, graphml], { encoding: 'utf8' }),
    ) as Record<'gexf' | 'graphml', Row>;
  }

  it.each([
    ['the real dataset', async () => buildGraph(await loadDir(path.resolve('graph-data'))).graph],
    ['the valid fixture', async () => buildGraph(await loadDir(VALID_DIR, SOURCES_DIR)).graph],
    ['hostile text', async () => hostileGraph()],
  ])('reads the GEXF and GraphML of %s', async (_name, make) => {
    if (networkxMissing) {
      // Not installed here: nothing to compare against. Say so rather than pass silently.
      console.warn(`networkx check not run: ${networkxMissing}`);
      expect(networkx.status).not.toBe(0);
      return;
    }
    const graph = await make();
    const got = readWithNetworkx(graph);
    // networkx returns a multigraph only when some pair really has parallel edges.
    const pairs = graph.mapEdges((_e, _a, s, t) => `${s} ${t}`);
    const nodes = Object.fromEntries(
      graph.mapNodes((n, a) => [n, [xmlVisible(a.label), a.type, a.number ?? null]]),
    );
    for (const kind of ['gexf', 'graphml'] as const) {
      expect(got[kind], kind).toEqual({
        edges: graph.size,
        multi: new Set(pairs).size < pairs.length,
        directed: true,
        nodes,
      });
    }
  });
});
