import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { mapGraph } from '../../src/data/importers/mapGraph';
import { nodeXmlSupport } from '../../src/data/importers/node';
import { importFiles } from '../../src/data/importers/openFiles';
import { typeColumnCandidates } from '../../src/data/importers/typeInference';
import { buildGraph } from '../../src/graph/build';
import { relationGroups } from '../../src/graph/queries';
import { attributeKeys } from '../../src/graph/listRows';
import {
  MISSING_COLOUR,
  attributeChoices,
  colourByAttribute,
  fileColours,
  sizeByValues,
} from '../../src/features/encoding/attributeEncoding';
import { vocabularyIssues } from '../../src/model';

const read = (name: string) => ({
  name,
  text: readFileSync(`tests/fixtures/foreign/${name}`, 'utf8'),
});

async function open(name: string) {
  const o = await importFiles([read(name)], nodeXmlSupport);
  if (!o.ok) throw new Error(JSON.stringify(o.problems));
  return o;
}

/** A small Marvel-like graph: heroes appear in comics. */
function marvel() {
  const g = new Graph({ multi: true, type: 'undirected' });
  g.addNode('spidey', { label: 'Spider-Man', type: 'hero', team: 'none', power: 7 });
  g.addNode('cap', { label: 'Captain America', type: 'hero', team: 'Avengers', power: 9 });
  g.addNode('thor', { label: 'Thor', type: 'hero', team: 'Avengers', power: 10 });
  g.addNode('c1', { label: 'Avengers #1', type: 'comic' });
  g.addNode('c2', { label: 'Amazing Spider-Man #1', type: 'comic' });
  g.addNode('x', { label: 'Unknown' });
  g.addEdge('spidey', 'c2', { type: 'appears in' });
  g.addEdge('cap', 'c1', { type: 'appears in' });
  g.addEdge('thor', 'c1', { type: 'appears in' });
  g.addEdge('x', 'c1');
  return g;
}

describe("a file's kinds become the dataset's vocabulary", () => {
  it('node and edge kinds in the file’s words, a node without a kind is not a Topic', () => {
    const { dataset, report } = mapGraph(marvel(), { file: 'marvel.graphml', format: 'graphml' });
    const v = dataset.vocabulary!;
    expect(vocabularyIssues(v.file)).toEqual([]);
    const shown = dataset.entities.map((e) => v.entityLabel(e.addedType ?? e.type));
    expect(shown).toEqual(['hero', 'hero', 'hero', 'comic', 'comic', 'No type']);
    expect(dataset.entities.every((e) => e.type !== 'topic')).toBe(true);
    expect(dataset.relations.map((r) => v.relationType(r.type)?.label)).toEqual([
      'appears in',
      'appears in',
      'appears in',
      'related to',
    ]);
    // Untyped edges may join the file's own kinds.
    expect(v.allows('related_to', 'source', 'node')).toBe(true);
    expect(report.typeFrom?.node).toEqual({ key: 'type', candidates: ['type', 'team', 'power'] });
    // The graph's legend counts are by the file's kinds.
    const { report: built } = buildGraph(dataset);
    expect(built.entitiesByType).toMatchObject({ hero: 3, comic: 2, node: 1 });
  });

  it('Type from another column re-reads the kinds from it; null: no column', () => {
    const byTeam = mapGraph(marvel(), {
      file: 'marvel.graphml',
      format: 'graphml',
      typeFrom: { node: 'team' },
    }).dataset;
    const v = byTeam.vocabulary!;
    expect(byTeam.entities.map((e) => v.entityLabel(e.addedType ?? e.type))).toEqual([
      'none',
      'Avengers',
      'Avengers',
      'No team',
      'No team',
      'No team',
    ]);
    // The column no longer used as the kind is kept as an attribute.
    expect(byTeam.entities[0]?.attributes).toMatchObject({ type: 'hero' });
    const none = mapGraph(marvel(), {
      file: 'm',
      format: 'graphml',
      typeFrom: { node: null, edge: null },
    }).dataset;
    expect(new Set(none.entities.map((e) => e.addedType))).toEqual(new Set(['node']));
    expect(none.relations.every((r) => r.type === 'related_to')).toBe(true);
  });

  it('Parley’s own types stay Parley’s (a GEXF export reads back unchanged)', () => {
    const g = new Graph({ multi: true });
    g.addNode('a', { label: 'A', type: 'person' });
    g.addNode('m', { label: 'M', type: 'meeting' });
    g.addEdge('a', 'm', { type: 'co_chaired' });
    const { dataset } = mapGraph(g, { file: 'x.gexf', format: 'gexf' });
    expect(dataset.vocabulary).toBeUndefined();
    expect(dataset.relations[0]?.type).toBe('co_chaired');
  });

  it('candidates for Type from: few distinct short values, never names or positions', () => {
    const rows = [
      { label: 'a', x: 1, club: 'A', age: 30 },
      { label: 'b', x: 2, club: 'B', age: 30 },
      { label: 'c', x: 3, club: 'A', age: 31 },
      { label: 'd', x: 4, club: 'A', age: 32 },
      { label: 'e', x: 5, club: 'B', age: 33 },
    ];
    expect(typeColumnCandidates(rows)).toEqual(['club', 'age']);
  });
});

describe('undirected relations read both ways', () => {
  it('one group, direction "both", with the relation’s own phrase', async () => {
    const o = await open('miserables-d3.json');
    const { graph } = buildGraph(o.dataset);
    const groups = relationGroups(graph, '0');
    expect(groups.every((g) => g.direction === 'both')).toBe(true);
    expect(groups.map((g) => g.phrase)).toEqual(['related to']);
  });
});

describe('Colour by and Size by any attribute', () => {
  it('offers categorical and numeric attributes and colours by values, most frequent first', async () => {
    const { graph } = buildGraph(
      mapGraph(marvel(), { file: 'm', format: 'graphml', typeFrom: { node: null } }).dataset,
    );
    const choices = attributeChoices(graph);
    expect(choices.categorical).toEqual(expect.arrayContaining(['type', 'team']));
    expect(choices.numeric).toEqual(['power']);
    const { colours, legend } = colourByAttribute(graph, 'team');
    expect(legend.map((l) => [l.label, l.size])).toEqual([
      ['Avengers', 2],
      ['none', 1],
      ['no team', 3],
    ]);
    expect(colours.get('cap')).toBe(colours.get('thor'));
    expect(colours.get('c1')).toBe(MISSING_COLOUR);
    const { sizes, range } = sizeByValues(graph, { attribute: 'power' });
    expect(range).toEqual({ min: 7, max: 10, missing: 3 });
    expect(sizes.get('spidey')).toBe(18);
    expect(sizes.get('thor')).toBe(60);
    expect(sizes.get('c1')).toBe(18);
  });

  it('the file’s own colours and sizes (Gephi GEXF viz)', async () => {
    const o = await open('les-miserables.gexf');
    const { graph } = buildGraph(o.dataset);
    const choices = attributeChoices(graph);
    expect(choices.fileColours).toBe(true);
    expect(choices.fileSizes).toBe(true);
    const { colours, legend } = fileColours(graph);
    expect(colours.size).toBe(graph.order);
    expect(legend.length).toBeGreaterThan(1);
    const { sizes } = sizeByValues(graph, 'file');
    expect(Math.min(...sizes.values())).toBe(18);
    expect(Math.max(...sizes.values())).toBe(60);
  });

  it('List columns: the attributes most nodes carry', async () => {
    const o = await open('tinkerpop-modern.graphml');
    const { graph } = buildGraph(o.dataset);
    expect(attributeKeys(graph, 'node')).toEqual(['age', 'lang']);
  });
});
