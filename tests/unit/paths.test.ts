import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { buildGraph } from '../../src/graph/build';
import { visibleElements } from '../../src/graph/filter';
import {
  DEFAULT_PATH_OPTIONS,
  explainNoConnection,
  isHub,
  searchConnection,
  type PathOptions,
} from '../../src/graph/paths';
import type { ParleyGraph } from '../../src/graph/types';
import type { Dataset, Entity, Relation } from '../../src/model';

const DATA_DIR = fileURLToPath(new URL('../../graph-data', import.meta.url));

const ev = [{ source: 's1', quote: 'q' }];
function dataset(
  nodes: [string, Entity['type'], Record<string, unknown>?][],
  edges: [string, Relation['type'], string, string][],
): Dataset {
  return {
    sources: [{ id: 's1', title: 'S', language: 'en', file: 's1.txt' }],
    entities: nodes.map(
      ([id, type, extra]) =>
        ({ id, type, label: id.toUpperCase(), aliases: [], description: '', ...extra }) as Entity,
    ),
    relations: edges.map(([id, type, source, target]) => ({
      id,
      type,
      source,
      target,
      evidence: ev,
    })),
  };
}
const graphOf = (...args: Parameters<typeof dataset>) => buildGraph(dataset(...args)).graph;
const ids = (set: { paths: { nodes: string[] }[] } | null) =>
  set?.paths.map((p) => p.nodes.join(' ')).sort() ?? null;
const all: PathOptions = { followDirection: false, avoidHubs: false };

// Two people co-chair meetings; a diamond of two equal paths; a longer detour.
//   a → m1 ← b → m2 ← c      a → m3 ← c (via m3: length 2)
const diamond = graphOf(
  [
    ['a', 'person'],
    ['b', 'person'],
    ['c', 'person'],
    ['d', 'person'],
    ['m1', 'meeting', { kind: 'dialogue' }],
    ['m2', 'meeting', { kind: 'dialogue' }],
    ['m3', 'meeting', { kind: 'dialogue' }],
    ['m4', 'meeting', { kind: 'dialogue' }],
  ],
  [
    ['e1', 'attended', 'a', 'm1'],
    ['e2', 'attended', 'c', 'm1'],
    ['e3', 'attended', 'a', 'm2'],
    ['e4', 'co_chaired', 'c', 'm2'],
    ['e5', 'attended', 'a', 'm3'],
    ['e6', 'attended', 'b', 'm3'],
    ['e7', 'attended', 'b', 'm4'],
    ['e8', 'attended', 'c', 'm4'],
    ['e9', 'co_chaired', 'c', 'm1'],
  ],
);

describe('searchConnection', () => {
  it('lists every shortest path when several tie', () => {
    const r = searchConnection(diamond, 'a', 'c', all);
    expect(r.shortest?.length).toBe(2);
    expect(ids(r.shortest)).toEqual(['a m1 c', 'a m2 c']);
    expect(r.shortest?.truncated).toBe(false);
  });

  it('reads each hop in the right direction, with parallel relations kept', () => {
    const r = searchConnection(diamond, 'a', 'c', all);
    const viaM1 = r.shortest!.paths.find((p) => p.nodes[1] === 'm1')!;
    expect(viaM1.hops[0]).toEqual({
      from: 'a',
      to: 'm1',
      relations: [{ id: 'e1', forward: true }],
    });
    expect(viaM1.hops[1]!.from).toBe('m1');
    expect(viaM1.hops[1]!.relations.map((x) => x.id).sort()).toEqual(['e2', 'e9']);
    expect(viaM1.hops[1]!.relations.every((x) => !x.forward)).toBe(true);
  });

  it('caps the list and says so', () => {
    const r = searchConnection(diamond, 'a', 'c', all, 1);
    expect(r.shortest?.paths).toHaveLength(1);
    expect(r.shortest?.truncated).toBe(true);
  });

  it('returns null for unreachable pairs and unknown ids', () => {
    const g = graphOf(
      [
        ['a', 'person'],
        ['z', 'person'],
      ],
      [],
    );
    expect(searchConnection(g, 'a', 'z', all).shortest).toBeNull();
    expect(searchConnection(g, 'a', 'nobody', all).shortest).toBeNull();
  });

  it('a path to itself has length 0', () => {
    expect(searchConnection(diamond, 'a', 'a', all).shortest?.length).toBe(0);
  });

  it('following direction cuts paths that go against an arrow', () => {
    // a → m1 and c → m1: no directed path from a to c.
    expect(
      searchConnection(diamond, 'a', 'c', { ...all, followDirection: true }).shortest,
    ).toBeNull();
    const g = graphOf(
      [
        ['p', 'person'],
        ['m', 'meeting', { kind: 'dialogue' }],
        ['t', 'topic'],
      ],
      [
        ['x1', 'attended', 'p', 'm'],
        ['x2', 'discussed', 'm', 't'],
      ],
    );
    const r = searchConnection(g, 'p', 't', { ...all, followDirection: true });
    expect(ids(r.shortest)).toEqual(['p m t']);
    expect(searchConnection(g, 't', 'p', { ...all, followDirection: true }).shortest).toBeNull();
  });

  it('lists longer paths of a given length, simple and distinct', () => {
    const r = searchConnection(diamond, 'a', 'c', all);
    const four = r.ofLength(4);
    expect(ids(four)).toEqual(['a m3 b m4 c']);
    expect(r.ofLength(3).paths).toEqual([]); // bipartite: no odd paths
    for (const p of four.paths) expect(new Set(p.nodes).size).toBe(p.nodes.length);
  });

  it('avoids hubs in the middle but not at the ends', () => {
    const g = graphOf(
      [
        ['a', 'person'],
        ['b', 'person'],
        ['vn', 'country'],
        ['mech', 'meeting', { kind: 'mechanism' }],
        ['m', 'meeting', { kind: 'dialogue' }],
        ['t', 'topic'],
      ],
      [
        ['h1', 'attended', 'a', 'vn'],
        ['h2', 'attended', 'b', 'vn'],
        ['h3', 'attended', 'a', 'mech'],
        ['h4', 'attended', 'b', 'mech'],
        ['l1', 'attended', 'a', 'm'],
        ['l2', 'discussed', 'm', 't'],
        ['l3', 'attended', 'b', 'm'],
      ],
    );
    expect(isHub(g.getNodeAttributes('vn'))).toBe(true);
    expect(isHub(g.getNodeAttributes('m'))).toBe(false);
    expect(ids(searchConnection(g, 'a', 'b', all).shortest)).toEqual([
      'a m b',
      'a mech b',
      'a vn b',
    ]);
    expect(ids(searchConnection(g, 'a', 'b', DEFAULT_PATH_OPTIONS).shortest)).toEqual(['a m b']);
    // A hub as an end is still reachable.
    expect(searchConnection(g, 'vn', 'b', DEFAULT_PATH_OPTIONS).shortest?.length).toBe(1);
  });

  it('keeps to the relations and entities the filters show', () => {
    const allowedEdges = new Set(['e1', 'e2', 'e3', 'e5', 'e6', 'e7', 'e8']); // no co_chaired
    const r = searchConnection(diamond, 'a', 'c', { ...all, allowedEdges });
    expect(ids(r.shortest)).toEqual(['a m1 c']);
    const allowedNodes = new Set(['a', 'b', 'c', 'm3', 'm4']);
    expect(ids(searchConnection(diamond, 'a', 'c', { ...all, allowedNodes }).shortest)).toEqual([
      'a m3 b m4 c',
    ]);
  });

  it('is safe with ids named like Object.prototype members', () => {
    const g = graphOf(
      [
        ['constructor', 'person'],
        ['__proto__', 'person'],
        ['toString', 'meeting', { kind: 'dialogue' }],
      ],
      [
        ['y1', 'attended', 'constructor', 'toString'],
        ['y2', 'attended', '__proto__', 'toString'],
      ],
    );
    expect(ids(searchConnection(g, 'constructor', '__proto__', all).shortest)).toEqual([
      'constructor toString __proto__',
    ]);
  });
});

describe('explainNoConnection', () => {
  const g = graphOf(
    [
      ['a', 'person'],
      ['b', 'person'],
      ['vn', 'country'],
      ['m', 'meeting', { kind: 'dialogue' }],
    ],
    [
      ['h1', 'attended', 'a', 'vn'],
      ['h2', 'attended', 'b', 'vn'],
      ['l1', 'co_chaired', 'a', 'm'],
      ['l2', 'attended', 'b', 'm'],
    ],
  );

  it('names the option that cut the path', () => {
    const opts: PathOptions = {
      followDirection: false,
      avoidHubs: true,
      allowedEdges: new Set(['h1', 'h2', 'l2']),
    };
    expect(searchConnection(g, 'a', 'b', opts).shortest).toBeNull();
    const why = explainNoConnection(g, 'a', 'b', opts);
    expect(why.cutBy.map((c) => c.restriction).sort()).toEqual(['filters', 'hubs']);
    expect(why.disconnected).toBe(false);
  });

  it('says when direction is the cause', () => {
    const why = explainNoConnection(g, 'a', 'b', { followDirection: true, avoidHubs: true });
    expect(why.cutBy).toEqual([{ restriction: 'direction', length: 2 }]);
  });

  it('says when nothing would connect them', () => {
    const h = graphOf(
      [
        ['a', 'person'],
        ['z', 'person'],
      ],
      [],
    );
    const why = explainNoConnection(h, 'a', 'z', DEFAULT_PATH_OPTIONS);
    expect(why).toEqual({ cutBy: [], together: false, disconnected: true, hiddenEnds: [] });
  });

  it('says when only lifting several restrictions together connects them', () => {
    // a reaches b only through the country, and only against an arrow.
    const h = graphOf(
      [
        ['a', 'person'],
        ['b', 'person'],
        ['vn', 'country'],
      ],
      [
        ['k1', 'attended', 'a', 'vn'],
        ['k2', 'attended', 'b', 'vn'],
      ],
    );
    const why = explainNoConnection(h, 'a', 'b', { followDirection: true, avoidHubs: true });
    expect(why.together).toBe(true);
    expect(why.cutBy.map((c) => c.restriction)).toEqual(['direction', 'hubs']);
  });

  it('reports hidden endpoints', () => {
    const why = explainNoConnection(g, 'a', 'b', {
      ...DEFAULT_PATH_OPTIONS,
      allowedNodes: new Set(['b', 'm']),
    });
    expect(why.hiddenEnds).toEqual(['a']);
  });
});

describe('on the bundled data', () => {
  let graph: ParleyGraph;
  beforeAll(async () => {
    graph = buildGraph((await loadDatasetFromDir(DATA_DIR)).dataset).graph;
  });

  it('links Jessica Lewis to Antony Blinken without going through countries or mechanisms', () => {
    const r = searchConnection(graph, 'jessica-lewis', 'antony-blinken');
    expect(r.shortest).not.toBeNull();
    for (const p of r.shortest!.paths) {
      expect(p.nodes[0]).toBe('jessica-lewis');
      expect(p.nodes.at(-1)).toBe('antony-blinken');
      for (const n of p.nodes.slice(1, -1)) expect(isHub(graph.getNodeAttributes(n))).toBe(false);
      for (const h of p.hops) {
        expect(h.relations.length).toBeGreaterThan(0);
        for (const rel of h.relations) {
          const [s, t] = [graph.source(rel.id), graph.target(rel.id)];
          expect(rel.forward ? [s, t] : [t, s]).toEqual([h.from, h.to]);
        }
      }
    }
    // Allowing hubs can only shorten (or keep) the path.
    const loose = searchConnection(graph, 'jessica-lewis', 'antony-blinken', all).shortest!;
    expect(loose.length).toBeLessThanOrEqual(r.shortest!.length);
  });

  it('respects the filters as visibleElements computes them', () => {
    const v = visibleElements(graph, {
      hiddenTypes: new Set(['meeting']),
      hiddenRelations: new Set(),
      hideIsolated: false,
    });
    const r = searchConnection(graph, 'jessica-lewis', 'antony-blinken', {
      ...DEFAULT_PATH_OPTIONS,
      allowedEdges: v.edges,
      allowedNodes: v.nodes,
    });
    for (const p of r.shortest?.paths ?? [])
      for (const n of p.nodes) expect(graph.getNodeAttribute(n, 'type')).not.toBe('meeting');
  });
});
