import type { DateSpec, Evidence } from '../../model';
import { dateProblem } from '../dates';

/** Foreign attribute values → Parley's: lists, records, evidence and dates, from values or JSON strings. */

export function listOf(v: unknown): string[] {
  let items: unknown[];
  if (Array.isArray(v)) items = v;
  else if (typeof v === 'string') {
    const s = v.trim();
    if (s.startsWith('[')) {
      const parsed = parseJson(s);
      items = Array.isArray(parsed) ? parsed : [s];
    } else items = s.split(/\s*\|\s*/);
  } else items = [];
  const out: string[] = [];
  for (const x of items) {
    const s = typeof x === 'string' || typeof x === 'number' ? String(x).trim() : '';
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function recordOf(v: unknown): Record<string, string> {
  const obj: unknown = typeof v === 'string' && v.trim().startsWith('{') ? parseJson(v) : v;
  const out: Record<string, string> = {};
  if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, x] of Object.entries(obj)) {
      if (RESERVED_KEYS.has(k)) continue;
      if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean')
        out[k] = String(x);
    }
  }
  return out;
}

/** Evidence from a list or a JSON string; `drop` is told why something was dropped. */
export function evidenceOf(
  v: unknown,
  drop: (why: 'not-json' | 'not-list' | 'incomplete') => void,
): Evidence[] {
  let list: unknown = v;
  if (typeof v === 'string') {
    list = parseJson(v, NOT_JSON);
    if (list === NOT_JSON) {
      drop('not-json');
      return [];
    }
  }
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    drop('not-list');
    return [];
  }
  const out: Evidence[] = [];
  for (const item of list) {
    const source = (item as { source?: unknown } | null)?.source;
    const quote = (item as { quote?: unknown } | null)?.quote;
    const sentence = (item as { sentence?: unknown } | null)?.sentence;
    if (typeof source === 'string' && typeof quote === 'string' && source.trim() && quote.trim())
      out.push({
        source: source.trim(),
        quote: quote.trim(),
        // the whole sentence around the quote, as Parley's own exports carry it
        ...(typeof sentence === 'string' && sentence.trim() ? { sentence: sentence.trim() } : {}),
      });
    else drop('incomplete');
  }
  return out;
}

const NOT_JSON = Symbol('not JSON');

function parseJson(s: string, fallback?: unknown): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return fallback;
  }
}

const DATE_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function dateOf(
  v: unknown,
  precisionValue: unknown,
  noteValue: unknown,
): { spec?: DateSpec; problem?: string } {
  let value: string | undefined;
  let precision: unknown = precisionValue;
  let note: unknown = noteValue;
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = new Map(Object.entries(v));
    const ov = o.get('value');
    value = typeof ov === 'string' ? ov : undefined;
    precision = o.get('precision');
    note = o.get('note');
  } else if (typeof v === 'number' && Number.isInteger(v)) value = String(v);
  else if (typeof v === 'string' && v.trim()) {
    value = v.trim();
    // ISO date-times ("2023-03-30T00:00:00Z") keep their day.
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) value = value.slice(0, 10);
  }
  const noteText = typeof note === 'string' && note.trim() ? note.trim() : undefined;
  if (value === undefined) {
    if (precision === 'unknown' && noteText)
      return { spec: { precision: 'unknown', note: noteText } };
    return {};
  }
  if (!DATE_VALUE.test(value))
    return { problem: `"${shorten(value)}" is not YYYY, YYYY-MM or YYYY-MM-DD` };
  const inferred = (['year', 'month', 'day'] as const)[value.split('-').length - 1] ?? 'year';
  const spec: DateSpec = {
    precision:
      precision === 'year' || precision === 'month' || precision === 'day' ? precision : inferred,
    value,
    ...(noteText ? { note: noteText } : {}),
  };
  const why = dateProblem(spec);
  return why ? { problem: why } : { spec };
}

/** Values quoted in messages stay short (a 100,000-character date is still one line). */
export function shorten(s: string, max = 60): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
