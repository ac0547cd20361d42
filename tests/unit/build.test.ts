import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { buildGraph } from '../../src/graph/build';
import { DEFAULT_VOCABULARY, type Dataset, type Entity, type Relation } from '../../src/model';
import { SOURCES_DIR, VALID_DIR } from './fixtureUtils';

let dataset: Dataset;
beforeAll(async () => {
  const result = await loadDatasetFromDir(VALID_DIR, { sourcesDir: SOURCES_DIR });
  expect(result.problems).toEqual([]);
  dataset = result.dataset;
});

describe('buildGraph on the valid fixture', () => {
  it('makes a directed multigraph with one node per entity and one edge per relation', () => {
    const { graph } = buildGraph(dataset);
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.order).toBe(10);
    expect(graph.size).toBe(11);
    expect(graph.nodes()).toEqual(dataset.entities.map((e) => e.id));
    expect(graph.edges()).toEqual(dataset.relations.map((r) => r.id));
    expect(graph.getAttribute('title')).toBe('Parley test fixture');
    for (const r of dataset.relations) {
      expect([graph.source(r.id), graph.target(r.id)]).toEqual([r.source, r.target]);
    }
  });

  it('copies each entity into exactly the node attributes it has', () => {
    const { graph } = buildGraph(dataset);
    expect(graph.getNodeAttributes('lan-nguyen')).toEqual({
      label: 'Lan Nguyen',
      type: 'person',
      aliases: ['Nguyen'],
      description: 'Vietnamese Deputy Minister of Foreign Affairs.',
    });
    expect(graph.getNodeAttributes('harbour-dialogue-3')).toEqual({
      label: '3rd Harbour Dialogue',
      type: 'meeting',
      aliases: ['third Harbour Dialogue'],
      description: 'The third round of the Harbour Dialogue.',
      kind: 'dialogue',
      number: 3,
      date: { precision: 'day', value: '2023-03-30' },
    });
    expect(graph.getNodeAttributes('harbour-accord')).toEqual({
      label: 'Harbour Accord',
      type: 'agreement',
      aliases: [],
      description: 'An accord on port cooperation.',
      kind: 'memorandum',
      date: { precision: 'year', value: '2019' },
      note: 'Only the year of signing is stated.',
    });
    expect(Object.keys(graph.getNodeAttributes('hanoi')).sort()).toEqual([
      'aliases',
      'description',
      'kind',
      'label',
      'type',
    ]);
  });

  it('copies each relation into edge attributes, labelled from the vocabulary', () => {
    const { graph } = buildGraph(dataset);
    expect(graph.getEdgeAttributes('lan-nguyen.co_chaired.harbour-dialogue-3')).toEqual({
      type: 'co_chaired',
      label: 'co-chaired',
      on_behalf_of: ['vietnam'],
      qualifiers: { title: 'Deputy Minister of Foreign Affairs' },
      evidence: [
        {
          source: 's-harbour',
          quote:
            'Deputy Minister of Foreign Affairs Lan Nguyen and Assistant Secretary Tom Baker co-chaired the third Harbour Dialogue',
        },
      ],
    });
    expect(graph.getEdgeAttributes('lan-nguyen.met_with.tom-baker')).toEqual({
      type: 'met_with',
      label: 'met with',
      date: { precision: 'unknown', note: 'The brief gives no date.' },
      evidence: [{ source: 's-brief', quote: 'met Tom Baker on the sidelines' }],
    });
    expect(graph.getEdgeAttributes('vietnam.committed_to.harbour-accord')).toMatchObject({
      type: 'committed_to',
      label: 'committed to',
      note: 'Stated by Lan Nguyen, "firmly", on behalf of Vietnam.',
    });
    expect(graph.getEdgeAttribute('harbour-dialogue-3.held_in.hanoi', 'evidence')).toHaveLength(2);
  });

  it('keeps several relations between the same pair as separate edges', () => {
    const { graph } = buildGraph(dataset);
    const between = graph.outEdges('harbour-dialogue-3', 'maritime-safety');
    expect(between.sort()).toEqual([
      'harbour-dialogue-3.agreed.maritime-safety',
      'harbour-dialogue-3.discussed.maritime-safety',
    ]);
    expect(between.map((e) => graph.getEdgeAttribute(e, 'type')).sort()).toEqual([
      'agreed',
      'discussed',
    ]);
    // Directed: nothing the other way round.
    expect(graph.outEdges('maritime-safety', 'harbour-dialogue-3')).toEqual([]);
  });

  it('reports counts by type, isolated entities and nothing skipped', () => {
    const { report } = buildGraph(dataset);
    expect(report).toMatchObject({
      entities: 10,
      relations: 11,
      sources: 2,
      entitiesByType: {
        person: 2,
        meeting: 1,
        agreement: 1,
        topic: 2,
        organization: 1,
        country: 2,
        place: 1,
      },
      isolated: ['fisheries'],
      withoutEvidence: [],
      skipped: [],
      warnings: ['1 isolated entity: fisheries'],
    });
    const used = Object.entries(report.relationsByType).filter(([, n]) => n > 0);
    expect(Object.fromEntries(used)).toEqual({
      co_chaired: 2,
      held_in: 1,
      discussed: 1,
      agreed: 1,
      reaffirmed: 1,
      committed_to: 1,
      attended: 1,
      holds_role: 1,
      met_with: 1,
      located_in: 1,
    });
    expect(Object.keys(report.relationsByType).sort()).toEqual(
      DEFAULT_VOCABULARY.relationTypes.map((t) => t.id).sort(),
    );
  });

  it('makes fresh objects: changing the graph does not change the dataset', () => {
    const before = structuredClone(dataset);
    const { graph } = buildGraph(dataset);
    graph.getNodeAttributes('lan-nguyen').aliases.push('Changed');
    graph.getNodeAttributes('harbour-dialogue-3').date!.value = '1999-01-01';
    const edge = graph.getEdgeAttributes('lan-nguyen.co_chaired.harbour-dialogue-3');
    edge.evidence[0]!.quote = 'changed';
    edge.evidence.push({ source: 'x', quote: 'y' });
    edge.qualifiers!.title = 'changed';
    graph.getEdgeAttributes('united-states.attended.harbour-dialogue-3').date!.value = '1999-01-01';
    graph.setNodeAttribute('hanoi', 'label', 'changed');
    expect(dataset).toEqual(before);
  });

  it('makes fresh objects: changing the dataset does not change a built graph', () => {
    const copy = structuredClone(dataset);
    const { graph } = buildGraph(copy);
    const snapshot = structuredClone(graph.export());
    const meeting = copy.entities.find((e) => e.id === 'harbour-dialogue-3');
    if (meeting?.type !== 'meeting') throw new Error('fixture changed');
    meeting.aliases.push('x');
    meeting.date.value = '1999-01-01';
    copy.relations[0]!.evidence[0]!.quote = 'x';
    expect(graph.export()).toEqual(snapshot);
  });
});

describe('buildGraph on data the validator would reject', () => {
  const person = (id: string): Entity => ({
    id,
    type: 'person',
    label: id,
    aliases: [],
    description: 'd',
  });
  const rel = (
    id: string,
    source: string,
    target: string,
    evidence = [{ source: 's', quote: 'q' }],
  ): Relation => ({
    id,
    type: 'met_with',
    source,
    target,
    evidence,
  });

  it('skips relations with a missing endpoint or a duplicate id, ignores duplicate entities', () => {
    const { graph, report } = buildGraph({
      sources: [],
      entities: [person('a'), person('b'), person('a')],
      relations: [
        rel('r1', 'a', 'b'),
        rel('r2', 'a', 'ghost'),
        rel('r1', 'b', 'a'),
        rel('r3', 'b', 'a', []),
      ],
    });
    expect(graph.order).toBe(2);
    expect(graph.edges()).toEqual(['r1', 'r3']);
    expect(report.entities).toBe(2);
    expect(report.relations).toBe(2);
    expect(report.entitiesByType.person).toBe(2);
    expect(report.relationsByType.met_with).toBe(2);
    expect(report.skipped).toEqual(['r2', 'r1']);
    expect(report.withoutEvidence).toEqual(['r3']);
    expect(report.isolated).toEqual([]);
    expect(report.warnings).toEqual([
      'duplicate entity id "a" ignored',
      '2 relations skipped (missing endpoint or duplicate id)',
    ]);
  });

  it('lists every isolated entity', () => {
    const { report } = buildGraph({
      sources: [],
      entities: [person('a'), person('b'), person('c'), person('d')],
      relations: [rel('r1', 'b', 'c')],
    });
    expect(report.isolated).toEqual(['a', 'd']);
    expect(report.warnings).toEqual(['2 isolated entities: a, d']);
  });
});
