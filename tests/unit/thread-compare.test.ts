import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { dateRange } from '../../src/data/dates';
import { loadDatasetFromDir } from '../../src/data/node';
import { buildGraph } from '../../src/graph/build';
import { compareMeetings } from '../../src/graph/compare';
import { meetingOf } from '../../src/graph/statementFacts';
import { buildThread, threadElements, threadKind, threadLinks } from '../../src/graph/thread';
import type { ParleyGraph } from '../../src/graph/types';
import { miniDataset } from './helpers';

const DATA_DIR = fileURLToPath(new URL('../../graph-data', import.meta.url));
const start = (d: Parameters<typeof dateRange>[0]) => dateRange(d)?.[0] ?? Infinity;

describe('threads on a fixture', () => {
  // r5 carries the statement fields (a joint statement of two sides); r4 and r10 do not.
  const data = miniDataset();
  data.relations = data.relations.map((r) =>
    r.id === 'r5' ? { ...r, at: 'psd-10', on_behalf_of: ['vietnam', 'mofa'] } : r,
  );
  const graph = buildGraph(data).graph;

  it('knows which entities have a thread', () => {
    expect(threadKind(graph, 'east-sea')).toBe('topic');
    expect(threadKind(graph, 'unclos')).toBe('agreement');
    expect(threadKind(graph, 'vietnam')).toBe('side');
    expect(threadKind(graph, 'ha-kim-ngoc')).toBeUndefined();
    expect(buildThread(graph, 'nope')).toBeUndefined();
  });

  it('lists every statement on a topic in date order, unknown dates last', () => {
    const t = buildThread(graph, 'east-sea')!;
    expect(t.entries.map((e) => e.relation)).toEqual(['r5', 'r4', 'r10']);
    expect(t.meetings).toEqual(['psd-10', 'psd-12', 'psd-x']);
    expect(t.entries[0]!.joint).toBe(true);
    expect(t.entries[0]!.sides).toEqual(['vietnam', 'mofa']);
    expect(t.entries[1]!.joint).toBe(false);
    expect(t.entries[0]!.verb).toBe('discussed');
    expect(t.entries[0]!.quote).toBe('q');
    expect(threadLinks(t)).toEqual([
      ['psd-10', 'psd-12'],
      ['psd-12', 'psd-x'],
    ]);
    const el = threadElements(graph, t);
    expect([...el.edges].sort()).toEqual(['r10', 'r4', 'r5']);
    expect(el.nodes.has('east-sea')).toBe(true);
  });
});

describe('threads and comparisons on the bundled data', () => {
  let graph: ParleyGraph;
  beforeAll(async () => {
    const { dataset } = await loadDatasetFromDir(DATA_DIR);
    graph = buildGraph(dataset!).graph;
  });

  it('Bien Hoa: from the 10th dialogue (2019) to the Foreign Ministers’ Dialogue (2024), in date order, with quotes', () => {
    const t = buildThread(graph, 'dioxin-remediation-bien-hoa')!;
    expect(t.kind).toBe('topic');
    expect(t.meetings[0]).toBe('psd-dialogue-10');
    expect(t.meetings.at(-1)).toBe('fm-dialogue-1');
    const dates = t.entries.map((e) => start(e.date));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    for (const e of t.entries) {
      expect(e.quote && e.quote.length).toBeGreaterThan(0);
      expect(e.meeting).toBeDefined();
      expect(e.sides.length + e.speakers.length).toBeGreaterThan(0);
    }
    // Every statement on Bien Hoa in the data is in the thread.
    const all = graph.filterEdges(
      (e, a) => graph.target(e) === 'dioxin-remediation-bien-hoa' && a.type !== 'concerns',
    );
    for (const e of all) expect(t.entries.map((x) => x.relation)).toContain(e);
  });

  it('a country: what it committed to, round by round', () => {
    const t = buildThread(graph, 'united-states')!;
    expect(t.kind).toBe('side');
    expect(t.entries.length).toBeGreaterThan(5);
    for (const e of t.entries)
      expect(['agreed', 'reaffirmed', 'committed_to', 'supports', 'implements']).toContain(e.type);
    expect(t.entries.every((e) => e.sides.includes('united-states'))).toBe(true);
    expect(t.meetings).toContain('psd-dialogue-10');
    expect(t.meetings).toContain('fm-dialogue-1');
    const dates = t.entries.map((e) => start(e.date));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });

  it('a mechanism: its rounds in date order', () => {
    const t = buildThread(graph, 'psd-dialogue')!;
    expect(t.kind).toBe('mechanism');
    const i10 = t.meetings.indexOf('psd-dialogue-10');
    const i12 = t.meetings.indexOf('psd-dialogue-12');
    expect(i10).toBeGreaterThanOrEqual(0);
    expect(i12).toBeGreaterThan(i10);
  });

  it('10th vs 12th dialogue: splits people and topics, pairs same-kind relations with both quotes', () => {
    const c = compareMeetings(graph, 'psd-dialogue-10', 'psd-dialogue-12');
    const people = c.entities.person;
    for (const p of ['bui-thanh-son', 'andrea-thompson']) expect(people.onlyFirst).toContain(p);
    for (const p of ['ha-kim-ngoc', 'jessica-lewis']) expect(people.onlySecond).toContain(p);
    const { both, onlyFirst, onlySecond } = c.entities.topic;
    expect(both.filter((x) => onlyFirst.includes(x) || onlySecond.includes(x))).toEqual([]);
    expect(both.length).toBeGreaterThan(0);
    // Each listed entity really is (or is not) at each meeting.
    const touches = (m: string, x: string) =>
      graph.edges(m).some((e) => graph.opposite(m, e) === x) ||
      graph.edges(x).some((e) => meetingOf(graph, e) === m);
    for (const x of both)
      expect(touches('psd-dialogue-10', x) && touches('psd-dialogue-12', x)).toBe(true);

    const chairs = c.pairs.find(
      (p) => p.match === 'same' && p.type === 'co_chaired' && p.actor === 'united-states',
    );
    expect(chairs).toBeDefined();
    for (const e of [...chairs!.first, ...chairs!.second])
      expect(graph.getEdgeAttribute(e, 'evidence')[0]?.quote.length).toBeGreaterThan(0);
    expect(chairs!.first.every((e) => graph.target(e) === 'psd-dialogue-10')).toBe(true);
    expect(chairs!.second.every((e) => graph.target(e) === 'psd-dialogue-12')).toBe(true);
    for (const p of c.pairs) {
      expect(p.first.length).toBeGreaterThan(0);
      expect(p.second.length).toBeGreaterThan(0);
      if (p.match === 'same')
        expect(
          new Set([...p.first, ...p.second].map((e) => graph.getEdgeAttribute(e, 'type'))),
        ).toEqual(new Set([p.type]));
    }
  });
});
