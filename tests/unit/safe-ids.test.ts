/**
 * Ids that name Object.prototype members: graphology adjacency and
 * Cytoscape's algorithms use plain objects keyed by id, so "constructor" and
 * "__proto__" must work as ids without touching any prototype.
 */
import cytoscape from 'cytoscape';
import { MultiDirectedGraph, MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { fromCyId, toCyId } from '../../src/cy/ids';
import { toElements } from '../../src/cy/elements';
import { hardenGraph } from '../../src/data/safeGraph';
import { buildGraph } from '../../src/graph/build';
import type { Dataset } from '../../src/model';

const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join();
const objectKeys = () => Object.getOwnPropertyNames(Object).sort().join();

describe('hardened graphology graphs', () => {
  it('keep edges to "constructor" and "__proto__" and leave Object.prototype alone', () => {
    const before = [protoKeys(), objectKeys()];
    const g = hardenGraph(new MultiGraph());
    for (const n of NAMES) g.addNode(n);
    for (const s of NAMES) for (const t of NAMES) if (s !== t) g.addEdge(s, t);
    g.addEdge('constructor', '__proto__'); // a second edge between the same pair
    expect([protoKeys(), objectKeys()]).toEqual(before);
    expect(g.size).toBe(NAMES.length * (NAMES.length - 1) + 1);
    const out: string[] = [];
    g.forEachOutEdge('constructor', (_e, _a, _s, t) => out.push(t));
    expect(out.sort()).toEqual([...NAMES.filter((n) => n !== 'constructor'), '__proto__'].sort());
    expect(g.outNeighbors('toString').sort()).toEqual(NAMES.filter((n) => n !== 'toString').sort());
    g.clear();
    g.addNode('__proto__');
    g.addNode('x');
    g.addEdge('x', '__proto__');
    expect(g.inDegree('__proto__')).toBe(1);
    expect([protoKeys(), objectKeys()]).toEqual(before);
  });

  it("Parley's graph of a dataset with an entity called constructor", () => {
    const topic = (id: string) => ({
      id,
      type: 'topic' as const,
      label: id,
      aliases: [],
      description: id,
    });
    const dataset: Dataset = {
      sources: [{ id: 's', title: 'S', language: 'en', file: 's.txt' }],
      entities: [topic('constructor'), topic('harbour')],
      relations: [
        {
          id: 'tostring',
          type: 'concerns',
          source: 'harbour',
          target: 'constructor',
          evidence: [{ source: 's', quote: 'q' }],
        },
      ],
    } as Dataset;
    const { graph } = buildGraph(dataset);
    const edges: string[] = [];
    graph.forEachEdge('constructor', (e) => edges.push(e));
    expect(edges).toEqual(['tostring']);
  });
});

describe('Cytoscape ids', () => {
  it('escape only what collides, reversibly', () => {
    for (const id of [...NAMES, 'harbour', 'dot.ted', '~x', '~~', 'a~b'])
      expect(fromCyId(toCyId(id))).toBe(id);
    expect(toCyId('harbour')).toBe('harbour');
    for (const n of NAMES) expect(toCyId(n) in Object.prototype).toBe(false);
  });

  it('breadth-first search and components work over an entity called constructor', () => {
    const g = hardenGraph(new MultiDirectedGraph());
    for (const n of ['constructor', 'harbour', 'river']) g.addNode(n, { label: n, type: 'topic' });
    g.addEdgeWithKey('e1', 'harbour', 'constructor', {
      type: 'concerns',
      label: 'x',
      evidence: [],
    });
    g.addEdgeWithKey('e2', 'constructor', 'river', { type: 'concerns', label: 'x', evidence: [] });
    const cy = cytoscape({ headless: true, elements: toElements(g as never) });
    try {
      expect(cy.nodes().length).toBe(3);
      expect(cy.elements().components()).toHaveLength(1);
      const seen: string[] = [];
      cy.elements().bfs({
        roots: cy.getElementById(toCyId('harbour')),
        visit: (v) => void seen.push(fromCyId(v.id())),
      });
      expect(seen).toEqual(['harbour', 'constructor', 'river']);
    } finally {
      cy.destroy();
    }
  });
});
