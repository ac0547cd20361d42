import { isMonthKey } from '../../graph/months';
import type { AddressPart } from './part';

/**
 *   from=2019-03&to=2023-12            time bar range, months (from=2019&to=2023 still read)
 *   asof=2023-06                       "as of" mode at that month
 */
export const timeAddress: AddressPart = {
  owner: 'time bar',
  keys: ['from', 'to', 'asof'],
  encode(s, p) {
    if (s.period) {
      p.set('from', s.period[0]);
      p.set('to', s.period[1]);
    }
    if (s.asOf) p.set('asof', s.asOf);
  },
  decode(p, state, _ctx, notices) {
    const from = p.get('from');
    const to = p.get('to');
    if (from !== null || to !== null) {
      const range = monthRange(from ?? '', to ?? '');
      if (range) state = { ...state, period: range };
      else notices.push('Ignored an invalid time range in the link.');
    }
    const asOf = p.get('asof');
    if (asOf !== null) {
      if (isMonthKey(asOf)) state = { ...state, asOf };
      else notices.push(`Ignored “as of” “${asOf}” (use YYYY-MM).`);
    }
    return state;
  },
};

/** "2019-03".."2023-12", or whole years "2019".."2023" (older links); undefined when invalid. */
function monthRange(from: string, to: string): readonly [string, string] | undefined {
  const year = /^\d{4}$/;
  const a = year.test(from) ? `${from}-01` : from;
  const b = year.test(to) ? `${to}-12` : to;
  return isMonthKey(a) && isMonthKey(b) && a <= b ? [a, b] : undefined;
}
