import { dateRange } from '../data/dates';
import type { ParleyGraph } from '../graph/types';
import type { EntityType } from '../model';

export type Positions = Record<string, { x: number; y: number }>;

const COLUMN = 260;
const ROW = 70;

/** Vertical band of each non-meeting type, relative to the meeting row. */
const BAND: Record<Exclude<EntityType, 'meeting'>, number> = {
  person: -1,
  organization: -1,
  country: -1,
  place: -1,
  topic: 1,
  agreement: 1,
};

/**
 * Meetings left to right by date (undated ones in a last column), each
 * other entity under or above the mean column of the meetings it touches:
 * participants above, topics and agreements below. Pure and deterministic.
 */
export function timelinePositions(graph: ParleyGraph, visible?: ReadonlySet<string>): Positions {
  const has = (n: string) => !visible || visible.has(n);
  const meetings = graph
    .filterNodes((n, a) => a.type === 'meeting' && has(n))
    .map((n) => ({ n, r: dateRange(graph.getNodeAttribute(n, 'date')) }))
    .sort((a, b) => (a.r?.[0] ?? Infinity) - (b.r?.[0] ?? Infinity) || a.n.localeCompare(b.n));
  const pos: Positions = {};
  const column = new Map<string, number>();
  meetings.forEach(({ n }, i) => {
    column.set(n, i);
    pos[n] = { x: i * COLUMN, y: 0 };
  });
  const lastColumn = Math.max(meetings.length - 1, 0);
  const stacks = new Map<string, number>();
  const others = graph.filterNodes((n, a) => a.type !== 'meeting' && has(n)).sort();
  for (const n of others) {
    const cols: number[] = [];
    graph.forEachNeighbor(n, (m) => {
      const c = column.get(m);
      if (c !== undefined) cols.push(c);
    });
    const type = graph.getNodeAttribute(n, 'type') as Exclude<EntityType, 'meeting'>;
    const c = cols.length
      ? Math.round(cols.reduce((s, x) => s + x, 0) / cols.length)
      : lastColumn + 1;
    const band = BAND[type];
    const key = `${c}:${band}`;
    const k = (stacks.get(key) ?? 0) + 1;
    stacks.set(key, k);
    // Alternate slightly left/right so labels in a column do not collide.
    pos[n] = { x: c * COLUMN + (k % 2 ? -40 : 40), y: band * (ROW * k + 40) };
  }
  return pos;
}
