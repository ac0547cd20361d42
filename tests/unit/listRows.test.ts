import { describe, expect, it } from 'vitest';
import { visibleElements, type GraphFilter } from '../../src/graph/filter';
import { listTableText } from '../../src/graph/listExport';
import {
  ENTITY_COLUMNS,
  RELATION_COLUMNS,
  entityRows,
  matchRows,
  relationRows,
} from '../../src/graph/listRows';
import { buildGraph } from '../../src/graph/build';
import { miniDataset } from './helpers';

const none: GraphFilter = {
  hiddenTypes: new Set(),
  hiddenRelations: new Set(),
  hideIsolated: false,
};

function graphWithStatement() {
  const d = miniDataset();
  d.sources.push({ id: 's2', title: 'Second article', language: 'en', file: 's2.txt' });
  d.relations.push({
    id: 'r11',
    type: 'reaffirmed',
    source: 'jessica-lewis',
    target: 'unclos',
    at: 'psd-12',
    by: ['jessica-lewis'],
    on_behalf_of: ['vietnam'],
    evidence: [
      { source: 's2', quote: '=SUM(A1) respect for UNCLOS' },
      { source: 's1', quote: 'q' },
    ],
  });
  return { graph: buildGraph(d).graph, titles: new Map(d.sources.map((s) => [s.id, s.title])) };
}

describe('List view rows', () => {
  const { graph, titles } = graphWithStatement();
  const title = (id: string) => titles.get(id) ?? id;

  it('has one entity row per visible entity, counting only visible relations', () => {
    const all = entityRows(graph, visibleElements(graph, none));
    expect(all).toHaveLength(graph.order);
    const psd12 = all.find((r) => r.id === 'psd-12')!;
    expect(psd12).toMatchObject({ type: 'Meeting', date: '30 March 2023', dateKey: '2023-03-30' });
    // Relations are counted at their ends only (r11 is made `at` it, not to it).
    expect(psd12.relations).toBe(graph.degree('psd-12'));
  });

  it('follows the graph filters exactly (same Visible set)', () => {
    const v = visibleElements(graph, { ...none, hiddenTypes: new Set(['topic']) });
    const rows = entityRows(graph, v);
    expect(rows.map((r) => r.id).sort()).toEqual([...v.nodes].sort());
    expect(rows.find((r) => r.id === 'psd-12')!.relations).toBe(
      graph.edges('psd-12').filter((e) => v.edges.has(e)).length,
    );
    const rels = relationRows(graph, v, title);
    expect(rels.map((r) => r.id).sort()).toEqual([...v.edges].sort());
  });

  it('reads a relation from source to target, with speaker, side, first quote and source', () => {
    const rows = relationRows(graph, visibleElements(graph, none), title);
    const r11 = rows.find((r) => r.id === 'r11')!;
    expect(r11).toMatchObject({
      source: 'Jessica Lewis',
      relation: 'reaffirmed',
      target: 'UNCLOS',
      speaker: 'Jessica Lewis',
      side: 'Việt Nam',
      quote: '=SUM(A1) respect for UNCLOS',
      quotes: 2,
      sourceTitle: 'Second article',
      dateKey: '2023-03-30', // the meeting's date: the relation has none of its own
    });
    // A person's role is not a statement: no speaker.
    expect(rows.find((r) => r.id === 'r8')!.speaker).toBe('');
  });

  it('filters rows by every word, ignoring case and diacritics', () => {
    const rows = entityRows(graph, visibleElements(graph, none));
    expect(matchRows(rows, 'ngoc').map((r) => r.id)).toEqual(['ha-kim-ngoc']);
    expect(matchRows(rows, 'VIET nam').map((r) => r.id)).toEqual(['vietnam']);
    expect(matchRows(rows, '  ')).toHaveLength(rows.length);
  });

  it('copies as TSV and exports as CSV in the given order, formulas neutralized', () => {
    const rows = relationRows(graph, visibleElements(graph, none), title).filter(
      (r) => r.id === 'r11' || r.id === 'r1',
    );
    const csv = listTableText(RELATION_COLUMNS, rows, 'csv').split('\n');
    expect(csv[0]).toBe('From,Relation,To,Date,Speaker,Side,Quote,Quotes,Source,Id');
    expect(csv).toHaveLength(rows.length + 2); // header, rows, final newline
    const tsv = listTableText(RELATION_COLUMNS, rows, 'tsv');
    expect(tsv).toContain("'=SUM(A1) respect for UNCLOS");
    expect(tsv.split('\n')[0]!.split('\t')).toHaveLength(RELATION_COLUMNS.length);
    const ents = listTableText(
      ENTITY_COLUMNS,
      entityRows(graph, visibleElements(graph, none)),
      'csv',
    );
    expect(ents.split('\n')[0]).toBe('Name,Type,Date,Relations,Id');
  });
});
