import { utcMonth, utcYear } from 'd3-time';
import { utcFormat, utcParse } from 'd3-time-format';
import { dateRange } from '../data/dates';
import type { DateSpec } from '../model';
import { monthOf, type MonthKey, type MonthRange } from './months';
import { relationDate } from './statementFacts';
import type { ParleyGraph } from './types';

/** Month buckets and month steps for the time bar (d3-time): loaded with it, on demand. */

const parseMonth = utcParse('%Y-%m');
export const formatMonth = utcFormat('%Y-%m');

/** The first instant of a month (UTC). */
export function monthStart(m: MonthKey): Date {
  const d = parseMonth(m);
  if (!d) throw new Error(`graph/timeBuckets: not a month "${m}" (expected YYYY-MM)`);
  return d;
}

export interface MonthBucket {
  month: MonthKey;
  start: Date;
  meetings: number;
  relations: number;
  /** Of these, dated to the year only (counted in January). */
  yearOnly: number;
}

export interface TimeHistogram {
  /** Every month of the whole years the dated items span, in order. */
  buckets: MonthBucket[];
  /** Meetings and relations whose date is unknown (shown, not hidden). */
  unknown: { meetings: number; relations: number };
  /** First and last month of the buckets, when anything is dated. */
  domain?: MonthRange;
}

/**
 * Dated meetings and relations counted per month. A relation without a date
 * of its own takes its meeting's (`at`, or the meeting it joins).
 */
export function timeHistogram(graph: ParleyGraph): TimeHistogram {
  const counts = new Map<MonthKey, { meetings: number; relations: number; yearOnly: number }>();
  const unknown = { meetings: 0, relations: 0 };
  const count = (d: DateSpec | undefined, kind: 'meetings' | 'relations') => {
    const m = monthOf(d);
    if (!m) return void unknown[kind]++;
    let c = counts.get(m);
    if (!c) counts.set(m, (c = { meetings: 0, relations: 0, yearOnly: 0 }));
    c[kind]++;
    if (d?.precision === 'year') c.yearOnly++;
  };
  graph.forEachNode((_n, a) => {
    if (a.type === 'meeting') count(a.date, 'meetings');
  });
  graph.forEachEdge((e) => count(relationDate(graph, e), 'relations'));
  const keys = [...counts.keys()].sort();
  if (!keys.length) return { buckets: [], unknown };
  const first = utcYear.floor(monthStart(keys[0]!));
  const last = utcYear.offset(utcYear.floor(monthStart(keys[keys.length - 1]!)), 1);
  const buckets = utcMonth.range(first, last).map((start) => {
    const month = formatMonth(start);
    const c = counts.get(month);
    return {
      month,
      start,
      meetings: c?.meetings ?? 0,
      relations: c?.relations ?? 0,
      yearOnly: c?.yearOnly ?? 0,
    };
  });
  return { buckets, unknown, domain: [buckets[0]!.month, buckets[buckets.length - 1]!.month] };
}

/** A month moved by n months. */
export function shiftMonth(m: MonthKey, n: number): MonthKey {
  return formatMonth(utcMonth.offset(monthStart(m), n));
}

/** Months from a to b (b − a). */
export function monthsBetween(a: MonthKey, b: MonthKey): number {
  return utcMonth.count(monthStart(a), monthStart(b));
}

/** Keeps a range inside the domain and in order; undefined when it covers all of it. */
export function clampRange(range: MonthRange, domain: MonthRange): MonthRange | undefined {
  const clamp = (m: MonthKey) => (m < domain[0] ? domain[0] : m > domain[1] ? domain[1] : m);
  const a = clamp(range[0] < range[1] ? range[0] : range[1]);
  const b = clamp(range[0] < range[1] ? range[1] : range[0]);
  return a === domain[0] && b === domain[1] ? undefined : [a, b];
}

/**
 * Moves (resize false) or resizes the range's end (resize true) by n months,
 * staying inside the domain: what the arrow keys do.
 */
export function nudgeRange(
  range: MonthRange,
  domain: MonthRange,
  n: number,
  resize: boolean,
): MonthRange {
  if (resize) {
    const end = shiftMonth(range[1], n);
    const b = end < range[0] ? range[0] : end > domain[1] ? domain[1] : end;
    return [range[0], b];
  }
  const room = n > 0 ? monthsBetween(range[1], domain[1]) : -monthsBetween(domain[0], range[0]);
  const step = n > 0 ? Math.min(n, room) : Math.max(n, room);
  return [shiftMonth(range[0], step), shiftMonth(range[1], step)];
}

export interface Round {
  id: string;
  label: string;
  month: MonthKey;
}

/**
 * The rounds the play button steps through: dated meetings of kind
 * "dialogue" (or numbered), else every dated meeting, in date order.
 */
export function roundsOf(graph: ParleyGraph): Round[] {
  const dated = graph
    .filterNodes((_n, a) => a.type === 'meeting' && monthOf(a.date) !== undefined)
    .map((id) => {
      const a = graph.getNodeAttributes(id);
      return {
        id,
        label: a.label,
        month: monthOf(a.date)!,
        round: a.kind === 'dialogue' || a.number !== undefined,
        key: dateRange(a.date)![0],
      };
    })
    .sort((x, y) => x.key - y.key || x.id.localeCompare(y.id));
  const rounds = dated.filter((d) => d.round);
  return (rounds.length ? rounds : dated).map(({ id, label, month }) => ({ id, label, month }));
}
