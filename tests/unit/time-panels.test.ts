import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { buildGraph } from '../../src/graph/build';
import { compareMeetings } from '../../src/graph/compare';
import { titleAsOf } from '../../src/graph/months';
import { rolesOf } from '../../src/graph/queries';
import { statementsOf } from '../../src/graph/statements';
import { buildThread, threadInWindow } from '../../src/graph/thread';
import {
  inWindow,
  leftOutNote,
  relationGroupsInWindow,
  rolesInWindow,
  statementsInWindow,
  timeWindow,
} from '../../src/graph/timeWindow';
import type { ParleyGraph } from '../../src/graph/types';
import {
  movesBySubject,
  stageRank,
  trajectory,
  trajectoryText,
  verbStage,
} from '../../src/graph/verbScale';
import { DEFAULT_VOCABULARY as V } from '../../src/model';
import { miniGraph } from './helpers';

const DATA_DIR = fileURLToPath(new URL('../../graph-data', import.meta.url));
const day = (value: string) => ({ precision: 'day' as const, value });

describe('the time window of the panels', () => {
  it('as of wins over a range; unknown dates are never outside', () => {
    expect(timeWindow()).toBeUndefined();
    expect(timeWindow(['2019-01', '2019-12'], '2023-06')).toEqual({
      kind: 'asOf',
      month: '2023-06',
    });
    const range = timeWindow(['2023-01', '2023-12']);
    expect(inWindow(day('2023-03-30'), range)).toBe(true);
    expect(inWindow(day('2019-03-25'), range)).toBe(false);
    expect(inWindow(undefined, range)).toBe(true);
    expect(inWindow({ precision: 'unknown' }, range)).toBe(true);
    const asOf = timeWindow(undefined, '2023-06');
    expect(inWindow(day('2019-03-25'), asOf)).toBe(true);
    expect(inWindow(day('2023-06-30'), asOf)).toBe(true);
    expect(inWindow(day('2023-07-01'), asOf)).toBe(false);
  });

  it('says what was left out, and where', () => {
    expect(leftOutNote(0, timeWindow(['2023-01', '2023-12']))).toBe('');
    expect(leftOutNote(3, timeWindow(['2023-01', '2023-12']))).toBe(
      '3 relations outside the time range (January 2023 – December 2023) left out.',
    );
    expect(leftOutNote(1, timeWindow(undefined, '2023-06'), 'statement')).toBe(
      '1 statement after June 2023 (as of) left out.',
    );
  });

  it('a meeting’s relations outside the range leave its Details, counted', () => {
    const g = miniGraph();
    const all = relationGroupsInWindow(g, 'east-sea', undefined);
    expect(all.left).toBe(0);
    const in2023 = relationGroupsInWindow(g, 'east-sea', timeWindow(['2023-01', '2023-12']));
    // r5 (2019) leaves; r4 (the 2023 meeting) and r10 (date unknown) stay.
    expect(in2023.left).toBe(1);
    expect(in2023.groups.flatMap((x) => x.relations.map((r) => r.id)).sort()).toEqual([
      'r10',
      'r4',
    ]);
  });

  it('titles at events outside the window leave the roles list', () => {
    const g = miniGraph();
    const roles = rolesOf(g, 'bui-thanh-son');
    expect(roles).toHaveLength(1);
    expect(rolesInWindow(roles, timeWindow(['2023-01', '2023-12']))).toEqual([]);
    expect(rolesInWindow(roles, timeWindow(['2019-01', '2019-12']))[0]?.from).toBe('2019-03-25');
  });
});

describe('the verb scale', () => {
  it('places the commitment verbs in order and leaves participation off the scale', () => {
    const order = ['discussed', 'agreed', 'reaffirmed', 'committed_to', 'implements'].map((t) =>
      stageRank(verbStage(t, V)!),
    );
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(verbStage('reviewed', V)).toBe('discussed');
    expect(verbStage('signed', V)).toBe('committed');
    for (const t of ['attended', 'co_chaired', 'part_of', 'held_in', 'holds_role'])
      expect(verbStage(t, V)).toBeUndefined();
  });

  it('a trajectory keeps the highest stage per meeting, in date order, unknown last', () => {
    const steps = trajectory(
      [
        { type: 'committed_to', meeting: 'b', date: day('2024-03-25') },
        { type: 'discussed', meeting: 'a', date: day('2019-03-25') },
        { type: 'reaffirmed', meeting: 'c', date: day('2023-03-30') },
        { type: 'attended', meeting: 'c', date: day('2023-03-30') },
        { type: 'agreed', meeting: 'x' },
        { type: 'welcomed', meeting: 'b', date: day('2024-03-25') },
      ],
      V,
    );
    expect(trajectoryText(steps)).toBe(
      'raised / discussed 2019 → reaffirmed 2023 → committed 2024 → agreed date unknown',
    );
    expect(
      movesBySubject(
        [
          { type: 'agreed', about: 't', meeting: 'a' },
          { type: 'agreed', about: 'u', meeting: 'a' },
          { type: 'committed_to', about: 't', meeting: 'b' },
        ],
        V,
      ).map((m) => m.about),
    ).toEqual(['t']);
  });
});

describe('panels and the time on the bundled data', () => {
  let graph: ParleyGraph;
  beforeAll(async () => {
    const { dataset } = await loadDatasetFromDir(DATA_DIR);
    graph = buildGraph(dataset!).graph;
  });

  it('Bien Hoa moved from agreed (2019) to reviewed (2024); every row has a stage', () => {
    const t = buildThread(graph, 'dioxin-remediation-bien-hoa')!;
    expect(t.entries.map((e) => e.stage)).toEqual(['agreed', 'discussed']);
    expect(trajectoryText(trajectory(t.entries, V))).toBe('agreed 2019 → raised / discussed 2024');
    const parent = buildThread(graph, 'dioxin-remediation')!;
    expect(trajectoryText(trajectory(parent.entries, V))).toBe(
      'agreed 2019 → committed 2023 → raised / discussed 2024 → committed date unknown',
    );
  });

  it('the thread follows the window: 2023 only keeps the 12th dialogue and undated rounds', () => {
    const t = buildThread(graph, 'dioxin-remediation')!;
    const w = threadInWindow(graph, t, timeWindow(['2023-01', '2023-12']));
    expect(w.entries.map((e) => e.meeting)).toEqual(['psd-dialogue-12', 'psd-dialogue-post-csp']);
    expect(w.left).toBe(3);
    expect(w.meetings).not.toContain('psd-dialogue-10');
    const asOf = threadInWindow(graph, t, timeWindow(undefined, '2023-06'));
    expect(asOf.entries.map((e) => e.meeting)).not.toContain('fm-dialogue-1');
    expect(asOf.left).toBe(1);
  });

  it('the comparison follows the window: a meeting outside it brings nothing', () => {
    const full = compareMeetings(graph, 'psd-dialogue-12', 'fm-dialogue-1');
    expect(full.leftOut).toEqual({ first: 0, second: 0 });
    expect(full.pairs.length).toBeGreaterThan(0);
    const in2023 = compareMeetings(
      graph,
      'psd-dialogue-12',
      'fm-dialogue-1',
      timeWindow(['2023-01', '2023-12']),
    );
    expect(in2023.leftOut.second).toBeGreaterThan(0);
    expect(in2023.leftOut.first).toBe(0);
    expect(in2023.entities.topic.onlySecond).toEqual([]);
    expect(in2023.entities.topic.both).toEqual([]);
    expect(in2023.pairs).toEqual([]);
    expect(in2023.entities.topic.onlyFirst).toEqual(
      [...full.entities.topic.onlyFirst, ...full.entities.topic.both].sort(),
    );
  });

  it('a side’s stances and a person’s title follow as of', () => {
    const all = statementsOf(graph, { side: 'vietnam' });
    const asOf = statementsInWindow(all, timeWindow(undefined, '2023-06'));
    expect(asOf.left).toBeGreaterThan(0);
    expect(asOf.kept.some((s) => s.meeting === 'fm-dialogue-1')).toBe(false);
    expect(asOf.kept.length + asOf.left).toBe(all.length);
    expect(titleAsOf(graph, 'bui-thanh-son', '2023-06')).toBe('Deputy Foreign Minister');
    expect(titleAsOf(graph, 'bui-thanh-son', '2024-06')).toBe('Foreign Minister');
  });
});
