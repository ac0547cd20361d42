import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { buildGraph } from '../../src/graph/build';
import { computeCommunities } from '../../src/graph/communities';
import {
  computeMetrics,
  linkGraph,
  linkKey,
  ordinal,
  rank,
  sizeFor,
} from '../../src/graph/metrics';
import type { ParleyGraph } from '../../src/graph/types';
import type { Dataset, Entity, Relation } from '../../src/model';

const DATA_DIR = fileURLToPath(new URL('../../graph-data', import.meta.url));

function graphOf(nodes: string[], edges: [string, string, number?][]): ParleyGraph {
  const ds: Dataset = {
    sources: [{ id: 's1', title: 'S', language: 'en', file: 's1.txt' }],
    entities: nodes.map(
      (id) => ({ id, type: 'person', label: id, aliases: [], description: '' }) as Entity,
    ),
    relations: edges.map(([source, target, quotes = 1], i): Relation => ({
      id: `e${i}`,
      type: 'met_with',
      source,
      target,
      evidence: Array.from({ length: quotes }, (_x, k) => ({ source: 's1', quote: `q${k}` })),
    })),
  };
  return buildGraph(ds).graph;
}

describe('metrics', () => {
  // A star with a tail: hub — a, b, c; c — d.
  const star = graphOf(
    ['hub', 'a', 'b', 'c', 'd'],
    [
      ['hub', 'a'],
      ['hub', 'b', 3],
      ['c', 'hub'],
      ['c', 'd'],
      ['a', 'hub'], // a second relation between hub and a
    ],
  );
  const m = computeMetrics(star);

  it('counts relations and evidence-weighted relations', () => {
    expect(m.values.degree.get('hub')).toBe(4);
    expect(m.values.weightedDegree.get('hub')).toBe(6);
    expect(m.values.weightedDegree.get('b')).toBe(3);
  });

  it('the hub ranks first by PageRank and betweenness; a leaf has no betweenness', () => {
    expect(m.ranks.pagerank.get('hub')).toBe(1);
    expect(m.ranks.betweenness.get('hub')).toBe(1);
    expect(m.values.betweenness.get('d')).toBe(0);
    expect(m.values.betweenness.get('c')).toBeGreaterThan(0);
    const total = [...m.values.pagerank.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 5);
  });

  it('several relations between two entities make one weighted link', () => {
    const links = linkGraph(star);
    expect(links.size).toBe(4);
    expect(links.getEdgeAttribute(linkKey('hub'), linkKey('a'), 'weight')).toBe(2);
  });

  it('is computed once per graph', () => {
    expect(computeMetrics(star)).toBe(m);
  });

  it('ranks ties alike, sizes grow with the value, ordinals read right', () => {
    expect([
      ...rank(
        new Map([
          ['x', 3],
          ['y', 5],
          ['z', 3],
        ]),
      ),
    ]).toEqual([
      ['y', 1],
      ['x', 2],
      ['z', 2],
    ]);
    expect(sizeFor(0, 10)).toBe(18);
    expect(sizeFor(10, 10)).toBe(60);
    expect(sizeFor(5, 0)).toBe(18);
    expect([1, 2, 3, 4, 11, 12, 13, 21, 102, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '102nd',
      '111th',
    ]);
  });

  it('copes with a graph without relations and with prototype-named ids', () => {
    const g = graphOf(['constructor', 'toString'], []);
    const mm = computeMetrics(g);
    expect(mm.values.betweenness.get('constructor')).toBe(0);
    expect(mm.values.pagerank.get('toString')).toBeCloseTo(0.5);
  });
});

describe('communities', () => {
  // Two triangles joined by one bridge.
  const g = graphOf(
    ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'lonely'],
    [
      ['a1', 'a2'],
      ['a2', 'a3'],
      ['a3', 'a1'],
      ['b1', 'b2'],
      ['b2', 'b3'],
      ['b3', 'b1'],
      ['a1', 'b1'],
    ],
  );

  it('finds the two triangles, and an isolated entity on its own', () => {
    const c = computeCommunities(g);
    expect(c.of.get('a1')).toBe(c.of.get('a3'));
    expect(c.of.get('b2')).toBe(c.of.get('b3'));
    expect(c.of.get('a1')).not.toBe(c.of.get('b1'));
    expect(c.of.get('lonely')).not.toBe(c.of.get('a1'));
    expect(c.sizes).toEqual([3, 3, 1]);
    expect(c.modularity).toBeGreaterThan(0.3);
  });

  describe('on the bundled data', () => {
    let graph: ParleyGraph;
    beforeAll(async () => {
      graph = buildGraph((await loadDatasetFromDir(DATA_DIR)).dataset).graph;
    });

    it('is deterministic, covers every entity and numbers communities by size', () => {
      const c = computeCommunities(graph);
      const again = computeCommunities(buildGraph(graphDataset(graph)).graph);
      expect([...again.of]).toEqual([...c.of]);
      expect(c.of.size).toBe(graph.order);
      expect(c.sizes.reduce((a, b) => a + b, 0)).toBe(graph.order);
      expect([...c.sizes].sort((a, b) => b - a)).toEqual(c.sizes);
      expect(c.sizes.length).toBeGreaterThan(1);
    });

    it('ranks the busiest entities first by degree', () => {
      const m = computeMetrics(graph);
      const top = [...m.values.degree].sort((a, b) => b[1] - a[1])[0]![0];
      expect(m.ranks.degree.get(top)).toBe(1);
      for (const measure of ['pagerank', 'betweenness'] as const)
        expect(m.ranks[measure].size).toBe(graph.order);
    });
  });
});

/** The same data again as a fresh dataset (a second graph instance, no shared cache). */
function graphDataset(graph: ParleyGraph): Dataset {
  return {
    sources: [{ id: 's1', title: 'S', language: 'en', file: 's1.txt' }],
    entities: graph.mapNodes(
      (id, a) => ({ id, type: a.type, label: a.label, aliases: [], description: '' }) as Entity,
    ),
    relations: graph.mapEdges((id, a, source, target): Relation => ({
      id,
      type: a.type,
      source,
      target,
      evidence: a.evidence,
    })),
  };
}
