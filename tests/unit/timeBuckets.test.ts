import { describe, expect, it } from 'vitest';
import { visibleElements } from '../../src/graph/filter';
import { afterMonth, inMonthRange, laterThan, monthOf, titleAsOf } from '../../src/graph/months';
import { clampRange, nudgeRange, roundsOf, timeHistogram } from '../../src/graph/timeBuckets';
import { miniGraph } from './helpers';

describe('month arithmetic (d3-time)', () => {
  it('places dates in months; year-only dates in January', () => {
    expect(monthOf({ precision: 'day', value: '2023-03-30' })).toBe('2023-03');
    expect(monthOf({ precision: 'month', value: '2023-09' })).toBe('2023-09');
    expect(monthOf({ precision: 'year', value: '2020' })).toBe('2020-01');
    expect(monthOf({ precision: 'unknown', note: 'x' })).toBeUndefined();
  });

  it('overlap of a date with an inclusive month range', () => {
    const day = { precision: 'day', value: '2023-03-30' } as const;
    expect(inMonthRange(day, ['2023-03', '2023-03'])).toBe(true);
    expect(inMonthRange(day, ['2023-04', '2024-12'])).toBe(false);
    expect(inMonthRange(day, ['2019-01', '2023-02'])).toBe(false);
    expect(inMonthRange({ precision: 'year', value: '2020' }, ['2020-06', '2020-07'])).toBe(true);
    expect(inMonthRange({ precision: 'unknown', note: 'x' }, ['2020-06', '2020-07'])).toBe(true);
  });

  it('"after a month" starts with the next month', () => {
    expect(afterMonth({ precision: 'day', value: '2023-03-30' }, '2023-03')).toBe(false);
    expect(afterMonth({ precision: 'day', value: '2023-04-01' }, '2023-03')).toBe(true);
    expect(afterMonth({ precision: 'year', value: '2024' }, '2023-12')).toBe(true);
    expect(afterMonth(undefined, '2023-12')).toBe(false);
  });

  it('nudges and resizes inside the domain', () => {
    const domain = ['2019-01', '2024-12'] as const;
    expect(nudgeRange(['2019-03', '2019-05'], domain, 1, false)).toEqual(['2019-04', '2019-06']);
    expect(nudgeRange(['2024-10', '2024-12'], domain, 1, false)).toEqual(['2024-10', '2024-12']);
    expect(nudgeRange(['2019-01', '2019-05'], domain, -12, false)).toEqual(['2019-01', '2019-05']);
    expect(nudgeRange(['2019-03', '2019-05'], domain, 12, true)).toEqual(['2019-03', '2020-05']);
    expect(nudgeRange(['2019-03', '2019-05'], domain, -12, true)).toEqual(['2019-03', '2019-03']);
    expect(clampRange(['2018-01', '2030-01'], domain)).toBeUndefined();
    expect(clampRange(['2021-05', '2020-01'], domain)).toEqual(['2020-01', '2021-05']);
  });
});

describe('timeHistogram on a fixture', () => {
  const graph = miniGraph();
  const h = timeHistogram(graph);

  it('spans whole years of months and counts meetings and relations by month', () => {
    expect(h.domain).toEqual(['2019-01', '2023-12']);
    expect(h.buckets).toHaveLength(5 * 12);
    const mar19 = h.buckets.find((b) => b.month === '2019-03')!;
    const mar23 = h.buckets.find((b) => b.month === '2023-03')!;
    expect(mar19.meetings).toBe(1);
    expect(mar23.meetings).toBe(1);
    // r1 r2 r4 r6 r7 take the 12th's date; r3 r5 the 10th's.
    expect(mar23.relations).toBe(5);
    expect(mar19.relations).toBe(2);
  });

  it('keeps a "date unknown" bucket', () => {
    expect(h.unknown.meetings).toBe(1); // psd-x
    expect(h.unknown.relations).toBe(3); // r8, r9, r10
    const total = h.buckets.reduce((s, b) => s + b.relations, 0) + h.unknown.relations;
    expect(total).toBe(graph.size);
  });

  it('the period filter hides meetings and their relations, keeps undated ones', () => {
    const v = visibleElements(graph, {
      hiddenTypes: new Set(),
      hiddenRelations: new Set(),
      hideIsolated: false,
      period: ['2023-01', '2023-12'],
    });
    expect(v.nodes.has('psd-10')).toBe(false);
    expect(v.nodes.has('psd-12')).toBe(true);
    expect(v.nodes.has('psd-x')).toBe(true);
    expect(v.edges.has('r4')).toBe(true);
    expect(v.edges.has('r3')).toBe(false);
    expect(v.edges.has('r10')).toBe(true);
  });

  it('as of a month: later meetings and relations, titles held then', () => {
    const later = laterThan(graph, '2020-01');
    expect([...later.nodes]).toEqual(['psd-12']);
    expect(later.edges.has('r1')).toBe(true);
    expect(later.edges.has('r5')).toBe(false);
    expect(titleAsOf(graph, 'ha-kim-ngoc', '2020-01')).toBeUndefined();
    expect(titleAsOf(graph, 'ha-kim-ngoc', '2023-03')).toBe('Deputy Minister of Foreign Affairs');
    expect(titleAsOf(graph, 'bui-thanh-son', '2023-03')).toBe('Deputy Foreign Minister');
  });

  it('rounds are the dated dialogues in order', () => {
    expect(roundsOf(graph).map((r) => r.id)).toEqual(['psd-10', 'psd-12']);
  });
});
