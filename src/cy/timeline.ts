import { dateRange } from '../data/dates';
import type { ParleyGraph } from '../graph/types';
import type { EntityType } from '../model';
import { toCyId } from './ids';

export type Positions = Record<string, { x: number; y: number }>;

const COLUMN = 280;
const MEETING_GAP = 64;
const ROW = 55;
const SPREAD = 60;
/** Entities stack over (actors) or under (subjects) their column in rows of four. */
const PER_ROW = 4;

/** Above the meetings (-1): who took part and where; below (+1): what it was about. */
const BAND: Record<Exclude<EntityType, 'meeting'>, -1 | 1> = {
  person: -1,
  organization: -1,
  country: -1,
  place: -1,
  topic: 1,
  agreement: 1,
};

/**
 * A timeline: one column per year, left to right (undated meetings in a last
 * column), meetings of the year stacked in date order; every other entity
 * sits over (participants, places) or under (topics, agreements) the column
 * of the meetings it touches. Pure and deterministic.
 */
export function timelinePositions(graph: ParleyGraph, visible?: ReadonlySet<string>): Positions {
  const has = (n: string) => !visible || visible.has(n);
  const meetings = graph
    .filterNodes((n, a) => a.type === 'meeting' && has(n))
    .map((n) => ({ n, r: dateRange(graph.getNodeAttribute(n, 'date')) }))
    .sort((a, b) => (a.r?.[0] ?? Infinity) - (b.r?.[0] ?? Infinity) || a.n.localeCompare(b.n));
  const years = [...new Set(meetings.map((m) => (m.r ? Math.floor(m.r[0]) : Infinity)))];
  const columnOfYear = new Map(years.map((y, i) => [y, i]));

  const pos: Positions = Object.create(null) as Positions; // ids are keys: no prototype to collide with
  const column = new Map<string, number>();
  const depth = new Map<number, number>();
  for (const { n, r } of meetings) {
    const c = columnOfYear.get(r ? Math.floor(r[0]) : Infinity) ?? 0;
    const k = depth.get(c) ?? 0;
    depth.set(c, k + 1);
    column.set(n, c);
    pos[toCyId(n)] = { x: c * COLUMN, y: k * MEETING_GAP };
  }
  const lastColumn = Math.max(years.length - 1, 0);
  const stackHeight = (c: number) => ((depth.get(c) ?? 1) - 1) * MEETING_GAP;

  const stacks = new Map<string, number>();
  const others = graph.filterNodes((n, a) => a.type !== 'meeting' && has(n)).sort();
  for (const n of others) {
    const cols: number[] = [];
    graph.forEachNeighbor(n, (m) => {
      const c = column.get(m);
      if (c !== undefined) cols.push(c);
    });
    const c = cols.length ? Math.round(cols.reduce((s, x) => s + x, 0) / cols.length) : lastColumn;
    const band = BAND[graph.getNodeAttribute(n, 'type') as Exclude<EntityType, 'meeting'>];
    const key = `${c}:${band}`;
    const k = stacks.get(key) ?? 0;
    stacks.set(key, k + 1);
    const row = Math.floor(k / PER_ROW);
    const slot = (k % PER_ROW) - (PER_ROW - 1) / 2;
    const x = c * COLUMN + slot * SPREAD + (row % 2 ? SPREAD / 2 : 0);
    const y = band < 0 ? -ROW * (row + 1) : stackHeight(c) + ROW * (row + 1);
    pos[toCyId(n)] = { x, y };
  }
  return pos;
}
