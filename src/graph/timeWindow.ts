import { formatDate, periodLabel } from '../data/dates';
import type { DateSpec } from '../model';
import { afterMonth, inMonthRange, type MonthKey, type MonthRange } from './months';
import { relationGroups, type RelationGroup, type RoleHeld } from './queries';
import type { StatementRecord } from './statements';
import { relationDate } from './statementFacts';
import type { ParleyGraph } from './types';

/**
 * What the panels (Details, Thread, Comparison) show of time: the time bar's
 * range, or everything up to an "as of" month. Dated things outside it are
 * left out and counted; undated ones always stay (their date is unknown, not
 * outside), as on the graph. Pure, no React.
 */
export type TimeWindow =
  { kind: 'range'; range: MonthRange } | { kind: 'asOf'; month: MonthKey } | undefined;

/** The window of the view state: as of wins over a range, as on the graph. */
export function timeWindow(period?: MonthRange, asOf?: MonthKey): TimeWindow {
  if (asOf) return { kind: 'asOf', month: asOf };
  return period ? { kind: 'range', range: period } : undefined;
}

/** Whether a date lies in the window. Unknown dates always do. */
export function inWindow(d: DateSpec | undefined, w: TimeWindow): boolean {
  if (!w) return true;
  return w.kind === 'range' ? inMonthRange(d, w.range) : !afterMonth(d, w.month);
}

/** Whether a relation (dated by itself, else by its meeting) lies in the window. */
export function relationInWindow(graph: ParleyGraph, edge: string, w: TimeWindow): boolean {
  return !w || inWindow(relationDate(graph, edge), w);
}

/** "outside March 2023 – December 2024", "after June 2023": what a left-out count is followed by. */
export function outsideLabel(w: NonNullable<TimeWindow>): string {
  return w.kind === 'range'
    ? `outside the time range (${periodLabel(w.range)})`
    : `after ${formatDate({ precision: 'month', value: w.month })} (as of)`;
}

export interface WindowSplit<T> {
  kept: T[];
  /** How many were left out as outside the window. */
  left: number;
}

/** Keeps the items whose date lies in the window, counting the rest. */
export function splitByWindow<T>(
  items: readonly T[],
  dateOf: (item: T) => DateSpec | undefined,
  w: TimeWindow,
): WindowSplit<T> {
  if (!w) return { kept: [...items], left: 0 };
  const kept = items.filter((x) => inWindow(dateOf(x), w));
  return { kept, left: items.length - kept.length };
}

/** "3 more outside the time range (…)", or '' when nothing was left out. */
export function leftOutNote(left: number, w: TimeWindow, noun = 'relation'): string {
  if (!w || left === 0) return '';
  return `${left} ${left === 1 ? noun : `${noun}s`} ${outsideLabel(w)} left out.`;
}

/** An entity's relation groups (queries.ts) with the relations outside the window left out. */
export function relationGroupsInWindow(
  graph: ParleyGraph,
  node: string,
  w: TimeWindow,
): { groups: RelationGroup[]; left: number } {
  const all = relationGroups(graph, node);
  if (!w) return { groups: all, left: 0 };
  let left = 0;
  const groups: RelationGroup[] = [];
  for (const g of all) {
    const relations = g.relations.filter((r) => relationInWindow(graph, r.id, w));
    left += g.relations.length - relations.length;
    if (relations.length) groups.push({ ...g, relations });
  }
  return { groups, left };
}

/** Statements (statements.ts) in the window: dated by themselves, else by their meeting. */
export function statementsInWindow(
  records: readonly StatementRecord[],
  w: TimeWindow,
): WindowSplit<StatementRecord> {
  return splitByWindow(records, (s) => s.date, w);
}

/** A person's titles (queries.ts rolesOf) at the events in the window; titles left with none are dropped. */
export function rolesInWindow(roles: readonly RoleHeld[], w: TimeWindow): RoleHeld[] {
  if (!w) return [...roles];
  const out: RoleHeld[] = [];
  for (const r of roles) {
    const at = r.at.filter((x) => inWindow(x.date, w));
    if (!at.length) continue;
    const values = at.flatMap((x) => (x.date?.value ? [x.date.value] : [])).sort();
    const { from: _f, to: _t, ...rest } = r;
    out.push({
      ...rest,
      at,
      ...(values.length ? { from: values[0]!, to: values[values.length - 1]! } : {}),
    });
  }
  return out;
}
