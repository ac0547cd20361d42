import type { DateSpec } from '../model';

/** Why a date is wrong, or undefined when it is fine. */
export function dateProblem(d: DateSpec): string | undefined {
  const { precision, value } = d;
  if (precision === 'unknown') {
    if (value !== undefined) return 'a date of unknown precision must not have a value';
    if (!d.note) return 'an unknown date needs a note saying what the text does say';
    return undefined;
  }
  if (value === undefined) return `a date of precision "${precision}" needs a value`;
  const parts = value.split('-').map(Number);
  const expected = { year: 1, month: 2, day: 3 }[precision];
  if (parts.length !== expected) {
    return `value "${value}" does not match precision "${precision}" (expected ${['YYYY', 'YYYY-MM', 'YYYY-MM-DD'][expected - 1]})`;
  }
  const [y = 0, m = 1, day = 1] = parts;
  if (m < 1 || m > 12) return `"${value}" has no month ${m}`;
  // Not Date.UTC: it maps years 0–99 to 1900–1999 (0000 is a leap year, 1900 is not).
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const daysInMonth = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  if (day < 1 || day > daysInMonth) return `"${value}" is not a calendar date`;
  return undefined;
}

/** A sortable [start, end] range in fractional years, or undefined when unknown. */
export function dateRange(d: DateSpec | undefined): [number, number] | undefined {
  if (!d || d.precision === 'unknown' || !d.value) return undefined;
  const [y = 0, m, day] = d.value.split('-').map(Number);
  if (m === undefined) return [y, y + 1];
  if (day === undefined) return [y + (m - 1) / 12, y + m / 12];
  const start = y + (m - 1) / 12 + (day - 1) / 372;
  return [start, start + 1 / 372];
}

/** The year a date falls in, when known. */
export function dateYear(d: DateSpec | undefined): number | undefined {
  if (!d?.value) return undefined;
  return Number(d.value.slice(0, 4));
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "25 March 2024", "March 2024", "2019", or "date unknown". */
export function formatDate(d: DateSpec | undefined): string {
  if (!d || d.precision === 'unknown' || !d.value) return 'date unknown';
  const [y, m, day] = d.value.split('-').map(Number);
  if (m === undefined) return String(y);
  const month = MONTHS[m - 1] ?? '';
  return day === undefined ? `${month} ${y}` : `${day} ${month} ${y}`;
}

/** "March 2019 – December 2023", "March 2023" for an inclusive range of months ("YYYY-MM"). */
export function periodLabel(range: readonly [string, string]): string {
  const one = (m: string) => formatDate({ precision: 'month', value: m });
  return range[0] === range[1] ? one(range[0]) : `${one(range[0])} – ${one(range[1])}`;
}

/** The same, short enough for a phone's time bar: "Mar 2019 – Dec 2023", "Mar 2023". */
export function shortPeriodLabel(range: readonly [string, string]): string {
  const one = (m: string) => {
    const [y, mm] = m.split('-').map(Number);
    const month = mm === undefined ? '' : (MONTHS[mm - 1] ?? '').slice(0, 3);
    return month ? `${month} ${y}` : String(y);
  };
  return range[0] === range[1] ? one(range[0]) : `${one(range[0])} – ${one(range[1])}`;
}
