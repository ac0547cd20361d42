import { describe, expect, it } from 'vitest';
import {
  dateProblem,
  dateRange,
  dateYear,
  formatDate,
  shortPeriodLabel,
} from '../../src/data/dates';
import type { DateSpec } from '../../src/model';

const day = (value: string): DateSpec => ({ precision: 'day', value });
const month = (value: string): DateSpec => ({ precision: 'month', value });
const year = (value: string): DateSpec => ({ precision: 'year', value });

describe('dateProblem', () => {
  it.each([
    ['2024-02-29', 'a leap day'],
    ['2000-02-29', 'a leap day in a year divisible by 400'],
    ['0000-02-29', 'a leap day in year 0 (proleptic Gregorian)'],
    ['2023-01-31', 'the 31st of January'],
    ['2023-12-31', 'the last day of the year'],
    ['2023-04-30', 'the 30th of a 30-day month'],
    ['1999-01-01', 'the first day of a year'],
  ])('accepts %s (%s)', (value) => {
    expect(dateProblem(day(value))).toBeUndefined();
  });

  it.each([
    ['2023-02-29', '"2023-02-29" is not a calendar date'],
    ['1900-02-29', '"1900-02-29" is not a calendar date'],
    ['2100-02-29', '"2100-02-29" is not a calendar date'],
    ['2023-02-30', '"2023-02-30" is not a calendar date'],
    ['2023-04-31', '"2023-04-31" is not a calendar date'],
    ['2023-01-32', '"2023-01-32" is not a calendar date'],
    ['2023-01-00', '"2023-01-00" is not a calendar date'],
    ['2023-13-01', '"2023-13-01" has no month 13'],
    ['2023-00-10', '"2023-00-10" has no month 0'],
  ])('rejects %s', (value, why) => {
    expect(dateProblem(day(value))).toBe(why);
  });

  it('checks months and years', () => {
    expect(dateProblem(month('2023-12'))).toBeUndefined();
    expect(dateProblem(month('2023-13'))).toBe('"2023-13" has no month 13');
    expect(dateProblem(month('2023-00'))).toBe('"2023-00" has no month 0');
    expect(dateProblem(year('2019'))).toBeUndefined();
  });

  it('requires the value to match the precision', () => {
    expect(dateProblem(day('2019'))).toBe(
      'value "2019" does not match precision "day" (expected YYYY-MM-DD)',
    );
    expect(dateProblem(day('2019-03'))).toBe(
      'value "2019-03" does not match precision "day" (expected YYYY-MM-DD)',
    );
    expect(dateProblem(month('2019-03-01'))).toBe(
      'value "2019-03-01" does not match precision "month" (expected YYYY-MM)',
    );
    expect(dateProblem(year('2019-03'))).toBe(
      'value "2019-03" does not match precision "year" (expected YYYY)',
    );
  });

  it('requires a value unless the date is unknown', () => {
    expect(dateProblem({ precision: 'day' })).toBe('a date of precision "day" needs a value');
    expect(dateProblem({ precision: 'year', note: 'some year' })).toBe(
      'a date of precision "year" needs a value',
    );
  });

  it('requires a note and no value for an unknown date', () => {
    expect(dateProblem({ precision: 'unknown', note: 'the text says "recently"' })).toBeUndefined();
    expect(dateProblem({ precision: 'unknown' })).toBe(
      'an unknown date needs a note saying what the text does say',
    );
    expect(dateProblem({ precision: 'unknown', note: '' })).toBe(
      'an unknown date needs a note saying what the text does say',
    );
    expect(dateProblem({ precision: 'unknown', value: '2023', note: 'n' })).toBe(
      'a date of unknown precision must not have a value',
    );
  });
});

describe('dateRange', () => {
  it('spans a whole year, month or day, in fractional years', () => {
    expect(dateRange(year('2019'))).toEqual([2019, 2020]);
    expect(dateRange(month('2019-01'))).toEqual([2019, 2019 + 1 / 12]);
    expect(dateRange(month('2019-12'))).toEqual([2019 + 11 / 12, 2020]);
    expect(dateRange(day('2019-01-01'))).toEqual([2019, 2019 + 1 / 372]);
  });

  it('nests: a day lies within its month, a month within its year', () => {
    const [ds, de] = dateRange(day('2023-03-31')) ?? [NaN, NaN];
    const [ms, me] = dateRange(month('2023-03')) ?? [NaN, NaN];
    const [ys, ye] = dateRange(year('2023')) ?? [NaN, NaN];
    expect(ys).toBeLessThanOrEqual(ms);
    expect(me).toBeLessThanOrEqual(ye);
    expect(ms).toBeLessThanOrEqual(ds);
    expect(de).toBeLessThanOrEqual(me + 1e-12);
  });

  it('orders dates chronologically, across month and year ends', () => {
    const ordered = [
      '2022-12-31',
      '2023-01-01',
      '2023-01-31',
      '2023-02-01',
      '2023-02-28',
      '2023-03-01',
    ];
    const starts = ordered.map((v) => dateRange(day(v))?.[0] ?? NaN);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(new Set(starts).size).toBe(ordered.length);
  });

  it('is undefined when the date is unknown or missing', () => {
    expect(dateRange(undefined)).toBeUndefined();
    expect(dateRange({ precision: 'unknown', note: 'n' })).toBeUndefined();
    expect(dateRange({ precision: 'day' })).toBeUndefined();
  });
});

describe('dateYear', () => {
  it('is the year of any known date', () => {
    expect(dateYear(day('2023-03-30'))).toBe(2023);
    expect(dateYear(month('2019-07'))).toBe(2019);
    expect(dateYear(year('2013'))).toBe(2013);
    expect(dateYear({ precision: 'unknown', note: 'n' })).toBeUndefined();
    expect(dateYear(undefined)).toBeUndefined();
  });
});

describe('formatDate', () => {
  it('writes as much as is known', () => {
    expect(formatDate(day('2024-03-25'))).toBe('25 March 2024');
    expect(formatDate(day('2024-03-05'))).toBe('5 March 2024');
    expect(formatDate(day('2024-02-29'))).toBe('29 February 2024');
    expect(formatDate(month('2023-12'))).toBe('December 2023');
    expect(formatDate(month('2023-01'))).toBe('January 2023');
    expect(formatDate(year('2019'))).toBe('2019');
  });

  it('says when the date is unknown', () => {
    expect(formatDate(undefined)).toBe('date unknown');
    expect(formatDate({ precision: 'unknown', note: 'n' })).toBe('date unknown');
    expect(formatDate({ precision: 'day' })).toBe('date unknown');
  });
});

describe('shortPeriodLabel (the phone time bar)', () => {
  it('abbreviates the months, one month alone', () => {
    expect(shortPeriodLabel(['2019-03', '2023-12'])).toBe('Mar 2019 – Dec 2023');
    expect(shortPeriodLabel(['2023-06', '2023-06'])).toBe('Jun 2023');
  });
});
