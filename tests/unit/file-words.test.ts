import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { mapGraph } from '../../src/data/importers/mapGraph';
import { nodeFacts, announceNode } from '../../src/canvas/describeNode';
import { buildGraph } from '../../src/graph/build';
import { entityRows, relationRows } from '../../src/graph/listRows';
import { buildSearchIndex } from '../../src/graph/search';
import { vocabularyOf } from '../../src/graph/vocabulary';

/**
 * A file whose edge label is one of Parley's own relation types (met_with)
 * but joins kinds Parley's type does not allow (a person and a software):
 * the vocabulary gives it an id of its own (met_with_2). Every place a person
 * reads shows the file's words, never that id, and a kind that rides on a
 * built-in type (software behaves as a place) is never called "Place".
 */
function mixed() {
  const g = new Graph({ multi: true });
  g.addNode('ada', { label: 'Ada', labelV: 'person' });
  g.addNode('bob', { label: 'Bob', labelV: 'person' });
  g.addNode('lop', { label: 'lop', labelV: 'software' });
  g.addNode('ripple', { label: 'ripple', labelV: 'software' });
  g.addEdge('ada', 'bob', { labelE: 'met_with' });
  g.addEdge('ada', 'lop', { labelE: 'met_with' });
  g.addEdge('bob', 'ripple', { labelE: 'met_with' });
  return g;
}

const ID_LIKE = /\b[a-z]+_[a-z_]*\d+\b|\bPlace\b/;

describe('the file’s words, never internal ids', () => {
  const { dataset } = mapGraph(mixed(), { file: 'mixed.graphml', format: 'graphml' });
  const { graph } = buildGraph(dataset);
  const v = vocabularyOf(graph);

  it('the same edge label between other kinds gets an id of its own, labelled in the file’s words', () => {
    const types = [...new Set(dataset.relations.map((r) => r.type))].sort();
    expect(types).toEqual(['met_with', 'met_with_2']);
    expect(v.relationType('met_with_2')?.label).toBe('met_with');
  });

  it('List rows, the hover card, the canvas edge labels and search speak the file’s words', () => {
    const visible = {
      nodes: new Set(graph.nodes()),
      edges: new Set(graph.edges()),
    };
    const relations = relationRows(graph, visible, () => '').map((r) => r.relation);
    expect(relations.sort()).toEqual(['met with', 'met_with', 'met_with']);
    const entityTypes = entityRows(graph, visible).map((r) => r.type);
    expect(entityTypes.sort()).toEqual(['Person', 'Person', 'software', 'software']);
    for (const text of [...relations, ...entityTypes]) expect(text).not.toMatch(ID_LIKE);

    graph.forEachEdge((_e, a) => expect(a.label).not.toMatch(ID_LIKE));
    const lop = graph.findNode((_n, a) => a.label === 'lop')!;
    expect(nodeFacts(graph, lop)?.type).toBe('software');
    expect(announceNode(nodeFacts(graph, lop)!)).toBe('lop, software, 1 relation');

    const hit = buildSearchIndex(graph).search('ripple')[0]!;
    expect(v.entityLabel(hit.type)).toBe('software');
  });
});
