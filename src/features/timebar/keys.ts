import type { MonthKey, MonthRange } from '../../graph/months';
import { monthsBetween, nudgeRange, shiftMonth } from '../../graph/timeBuckets';

/**
 * The time bar's keys, while the range has focus: arrows move the range by
 * a month (PageUp/PageDown by a year), Shift+arrows resize it from its end,
 * Home/End go to the start/end of time. In "as of" mode the keys move the date.
 * Returns the new range, or undefined when the key is not the time bar's.
 */
export function rangeForKey(
  e: Pick<KeyboardEvent, 'key' | 'shiftKey'>,
  range: MonthRange,
  domain: MonthRange,
): MonthRange | undefined {
  const step =
    e.key === 'ArrowRight' || e.key === 'ArrowUp'
      ? 1
      : e.key === 'ArrowLeft' || e.key === 'ArrowDown'
        ? -1
        : e.key === 'PageUp'
          ? 12
          : e.key === 'PageDown'
            ? -12
            : 0;
  if (step) return nudgeRange(range, domain, step, e.shiftKey);
  const width = monthsBetween(range[0], range[1]);
  if (e.key === 'Home') return [domain[0], clampTo(shiftMonth(domain[0], width), domain)];
  if (e.key === 'End') return [clampFrom(shiftMonth(domain[1], -width), domain), domain[1]];
  return undefined;
}

const clampTo = (m: MonthKey, d: MonthRange) => (m > d[1] ? d[1] : m);
const clampFrom = (m: MonthKey, d: MonthRange) => (m < d[0] ? d[0] : m);

/** "As of" mode: the keys move the one date. */
export function asOfForKey(
  e: Pick<KeyboardEvent, 'key' | 'shiftKey'>,
  asOf: MonthKey,
  domain: MonthRange,
): MonthKey | undefined {
  const r = rangeForKey({ key: e.key, shiftKey: false }, [asOf, asOf], domain);
  return r?.[1];
}
