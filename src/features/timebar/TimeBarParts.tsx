import { utcMonth, utcYear } from 'd3-time';
import { periodLabel } from '../../data/dates';
import { inMonthRange, type MonthRange } from '../../graph/months';
import { monthStart, type MonthBucket } from '../../graph/timeBuckets';
import { yearLabelStep } from './yearLabels';

/** The histogram's geometry, px. */
export const HEIGHT = 58;
export const MEETING_BAND = 9;
export const AXIS = 14;

export const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Months as bars (relations) with a band where meetings were held; months outside the range dimmed. */
export function Bars({
  buckets,
  x,
  y,
  range,
}: {
  buckets: MonthBucket[];
  x: (d: Date) => number;
  y: (n: number) => number;
  range: MonthRange;
}) {
  const base = HEIGHT - AXIS;
  return (
    <g className="bars">
      {buckets.map((b) => {
        const x0 = x(b.start);
        const w = Math.max(1, x(utcMonth.offset(b.start, 1)) - x0 - 1);
        const out = !inMonthRange({ precision: 'month', value: b.month }, range);
        const h = b.relations ? Math.max(2, y(b.relations)) : 0;
        return (
          <g key={b.month} className={out ? 'out' : undefined}>
            <title>
              {periodLabel([b.month, b.month])}: {plural(b.meetings, 'meeting')},{' '}
              {plural(b.relations, 'relation')}
              {b.yearOnly ? ` (${b.yearOnly} dated to the year only)` : ''}
            </title>
            {h > 0 && <rect className="bar" x={x0} y={base - h} width={w} height={h} />}
            {b.meetings > 0 && (
              <rect className="meeting" x={x0} y={1} width={w} height={MEETING_BAND - 2} />
            )}
          </g>
        );
      })}
    </g>
  );
}

/** Year lines, labelled as often as there is room. */
export function Years({ x, domain }: { x: (d: Date) => number; domain: MonthRange }) {
  const years = utcYear.range(monthStart(domain[0]), utcMonth.offset(monthStart(domain[1]), 1));
  const yearPx = years.length > 1 ? x(years[1]!) - x(years[0]!) : Infinity;
  const step = yearLabelStep(yearPx);
  return (
    <g className="years">
      {years.map((d) => (
        <g key={d.getUTCFullYear()}>
          <line x1={x(d)} x2={x(d)} y1={0} y2={HEIGHT - AXIS + 3} />
          {d.getUTCFullYear() % step === 0 && (
            <text x={x(d) + 3} y={HEIGHT - 3}>
              {d.getUTCFullYear()}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}

/** What has no date: counted apart, never hidden by the range. */
export function Unknown({ counts }: { counts: { meetings: number; relations: number } }) {
  return (
    <div
      className="timebar-unknown"
      role="group"
      aria-label="Date unknown"
      title="Meetings and relations whose date the sources do not give. The range never hides them."
    >
      <strong>Date unknown</strong>
      <span>{plural(counts.meetings, 'meeting')}</span>
      <span>{plural(counts.relations, 'relation')}</span>
    </div>
  );
}
