import { dateRange } from '../data/dates';
import type { DateSpec } from '../model';
import { relationDate } from './statementFacts';
import type { ParleyGraph } from './types';

/**
 * Months as the view state and the filters use them: plain "YYYY-MM" keys
 * compared on the fractional-year scale of `dateRange`. No date library
 * here, so the initial bundle stays small; the time bar's buckets and steps
 * (d3-time) are in timeBuckets.ts, loaded with it.
 */

/** A calendar month, "YYYY-MM". */
export type MonthKey = string;
/** An inclusive range of months. */
export type MonthRange = readonly [MonthKey, MonthKey];

const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonthKey(v: string): boolean {
  return MONTH_KEY.test(v);
}

/** The month a date starts in; a year-only date starts in January. */
export function monthOf(d: DateSpec | undefined): MonthKey | undefined {
  if (!d?.value || d.precision === 'unknown') return undefined;
  return d.precision === 'year' ? `${d.value}-01` : d.value.slice(0, 7);
}

/** Where a month begins on dateRange's fractional-year scale. */
function fractional(m: MonthKey): number {
  return dateRange({ precision: 'month', value: m })?.[0] ?? NaN;
}

/** Whether a date overlaps the range. Unknown dates are never outside it. */
export function inMonthRange(d: DateSpec | undefined, range: MonthRange | undefined): boolean {
  if (!range) return true;
  const r = dateRange(d);
  if (!r) return true;
  return r[1] > fractional(range[0]) && r[0] < fractional(range[1]) + 1 / 12;
}

/** Whether a date begins after the end of a month ("not yet" as of that month). */
export function afterMonth(d: DateSpec | undefined, m: MonthKey): boolean {
  const r = dateRange(d);
  return r !== undefined && r[0] >= fractional(m) + 1 / 12 - 1e-9;
}

/**
 * The title a person held as of a month: the latest one attested on or
 * before its end (holds_role, co_chaired … with qualifiers.title), or
 * undefined when none is attested by then.
 */
export function titleAsOf(graph: ParleyGraph, person: string, m: MonthKey): string | undefined {
  let best: { title: string; at: number } | undefined;
  graph.forEachOutEdge(person, (e, a) => {
    const title = a.qualifiers?.title;
    if (!title) return;
    const d = relationDate(graph, e);
    const r = dateRange(d);
    if (!r || afterMonth(d, m)) return;
    if (!best || r[0] >= best.at) best = { title, at: r[0] };
  });
  return best?.title;
}

/** Meetings and relations dated after a month: what "as of" fades. */
export function laterThan(
  graph: ParleyGraph,
  m: MonthKey,
): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set(
    graph.filterNodes((_n, a) => a.type === 'meeting' && afterMonth(a.date, m)),
  );
  const edges = new Set(graph.filterEdges((e) => afterMonth(relationDate(graph, e), m)));
  return { nodes, edges };
}
