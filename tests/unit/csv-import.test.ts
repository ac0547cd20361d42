/**
 * CSV import: Parley's own nodes + edges export read back, a bare edge list,
 * the column mapping report, and broken rows listed with their line numbers
 * while the rest of the graph is kept.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeXmlSupport } from '../../src/data/importers/node';
import { importFiles } from '../../src/data/importers/openFiles';
import { loadDatasetFromDir } from '../../src/data/node';
import { buildGraph } from '../../src/graph/build';
import { exportGraph } from '../../src/graph/formats';
import type { Dataset } from '../../src/model';

const DATA_DIR = fileURLToPath(new URL('../../graph-data', import.meta.url));
let dataset: Dataset;
let nodes: string;
let edges: string;

beforeAll(async () => {
  ({ dataset } = await loadDatasetFromDir(DATA_DIR));
  const files = exportGraph(buildGraph(dataset).graph, 'csv');
  nodes = files.find((f) => f.suffix === '.nodes.csv')?.text ?? '';
  edges = files.find((f) => f.suffix === '.edges.csv')?.text ?? '';
});

const open = (...files: [string, string][]) =>
  importFiles(
    files.map(([name, text]) => ({ name, text })),
    nodeXmlSupport,
  );

describe("Parley's own CSV pair", () => {
  it('reads back every entity, relation and piece of evidence (in either order)', async () => {
    for (const order of [
      [
        ['g.nodes.csv', nodes],
        ['g.edges.csv', edges],
      ],
      [
        ['g.edges.csv', edges],
        ['g.nodes.csv', nodes],
      ],
    ] as [string, string][][]) {
      const outcome = await open(...order);
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems.slice(0, 3)));
      const byId = <T extends { id: string }>(xs: T[]) =>
        [...xs].sort((a, b) => a.id.localeCompare(b.id));
      // Like GEXF and GraphML, the mapping drops an alias equal to the label (asean-centrality has one).
      const expected = dataset.entities.map((e) => ({
        ...e,
        aliases: e.aliases.filter((a) => a !== e.label),
      }));
      expect(byId(outcome.dataset.entities)).toEqual(byId(expected));
      expect(byId(outcome.dataset.relations)).toEqual(byId(dataset.relations));
      expect(outcome.format).toBe('csv');
    }
  });

  it('says which columns became which fields', async () => {
    const outcome = await open(['g.nodes.csv', nodes], ['g.edges.csv', edges]);
    if (!outcome.ok) throw new Error('failed');
    const mapped = outcome.report?.mapped.join('\n') ?? '';
    expect(mapped).toMatch(
      /g\.nodes\.csv columns: id → id, label → label, type → entity type, aliases → aliases/,
    );
    expect(mapped).toMatch(
      /g\.edges\.csv columns: id → relation id, source → source, target → target, type → relation type/,
    );
    expect(mapped).toMatch(/evidence_count → ignored \(derived from evidence\)/);
    // Statement fields are read back, and said so (they were reported as "not mapped").
    expect(mapped).toContain('at → at (meeting), by → by (speakers), on_behalf_of → on behalf of');
    expect(mapped).not.toContain('not mapped');
  });

  it('a nodes table alone is refused with a hint to pick both', async () => {
    const outcome = await open(['g.nodes.csv', nodes]);
    expect(outcome.ok).toBe(false);
    expect(outcome.problems[0]?.message).toMatch(/without its table of edges/);
  });

  it('broken rows are listed with their line numbers; the graph is kept', async () => {
    const nodeLines = nodes.trimEnd().split('\n');
    const width = nodeLines[0]?.split(',').length ?? 0;
    const brokenNodes = [
      ...nodeLines,
      nodeLines[1],
      `,Nameless,topic${','.repeat(width - 3)}`,
    ].join('\n');
    const edgeLines = edges.trimEnd().split('\n');
    const edgeWidth = edgeLines[0]?.split(',').length ?? 0;
    const brokenEdges = [
      ...edgeLines,
      `x1,ha-kim-ngoc,nowhere,met_with${','.repeat(edgeWidth - 4)}`,
      'x2,ha-kim-ngoc',
      'x3,"unclosed,quote',
    ].join('\n');
    const outcome = await open(['g.nodes.csv', brokenNodes], ['g.edges.csv', brokenEdges]);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems.slice(0, 3)));
    expect(outcome.dataset.entities.length).toBe(dataset.entities.length);
    expect(outcome.dataset.relations.length).toBe(dataset.relations.length);
    const rows = outcome.problems.filter((p) => p.code === 'csv-row');
    const at = (file: string, line: number) =>
      rows.find((p) => p.file === file && p.line === line)?.message;
    expect(at('g.nodes.csv', nodeLines.length + 1)).toMatch(/appears twice/);
    expect(at('g.nodes.csv', nodeLines.length + 2)).toMatch(/id cell is empty/);
    expect(at('g.edges.csv', edgeLines.length + 1)).toMatch(
      /“nowhere” is not an id in g\.nodes\.csv/,
    );
    expect(at('g.edges.csv', edgeLines.length + 2)).toMatch(
      /cells where the header has|target cell is empty/,
    );
    expect(at('g.edges.csv', edgeLines.length + 3)).toBeDefined();
    expect(outcome.report?.summary[0]).toMatch(/5 broken rows skipped/);
    expect(outcome.report?.unmapped.join('\n')).toContain(`g.edges.csv:${edgeLines.length + 1}:`);
  });
});

describe('edge list', () => {
  it('source,target,type with a header: entities from the ids, types mapped', async () => {
    const outcome = await open([
      'links.csv',
      'Source,Target,Type,Weight\nalice,bob,met with,2\nalice,hanoi,visited,1\nbob,carol,knows,1\n',
    ]);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.dataset.entities.map((e) => e.id).sort()).toEqual([
      'alice',
      'bob',
      'carol',
      'hanoi',
    ]);
    const rels = outcome.dataset.relations.map((r) => `${r.source} ${r.type} ${r.target}`);
    // No kinds in an edge list: the relation types are the file's words ("met with" joins no persons here).
    expect(rels).toEqual(['alice met_with_2 bob', 'alice visited_2 hanoi', 'bob knows carol']);
    const v = outcome.dataset.vocabulary!;
    expect(rels.map((r) => v.relationType(r.split(' ')[1]!)?.label)).toEqual([
      'met with',
      'visited',
      'knows',
    ]);
    expect(new Set(outcome.dataset.entities.map((e) => v.entityLabel(e.addedType!)))).toEqual(
      new Set(['Node']),
    );
    const mapped = outcome.report?.mapped.join('\n') ?? '';
    expect(mapped).toMatch(
      /Source → source, Target → target, Type → relation type, Weight → ignored \(layout\/styling\)/,
    );
    expect(mapped).toMatch(/every id named in the source and target columns/);
  });

  it('without a header: first column source, second target, third type', async () => {
    const outcome = await open(['bare.csv', 'a,b,related to\nb,c\n']);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.dataset.entities.map((e) => e.id).sort()).toEqual(['a', 'b']);
    const rows = outcome.problems.filter((p) => p.code === 'csv-row');
    expect(rows.map((p) => p.line)).toEqual([2]);
  });

  it('an edge list whose every row is broken fails with each row listed', async () => {
    const outcome = await open(['empty.csv', 'source,target\n,x\ny,\n']);
    expect(outcome.ok).toBe(false);
    expect(outcome.problems.map((p) => p.line)).toEqual([2, 3]);
  });

  it('formula guards from Parley’s writer are removed', async () => {
    const outcome = await open(['f.csv', "source,target,note\na,b,'=1+1\n"]);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.dataset.relations[0]?.note).toBe('=1+1');
  });
});
