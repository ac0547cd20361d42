import type { FileLook } from '../../model';
import type { ParleyGraph } from '../../graph/types';

/**
 * Gephi's partition and ranking on a file's own attributes: what can colour
 * the nodes (categorical attributes, the file's colours) and what can size
 * them (numeric attributes, the file's sizes), and the colours, sizes and
 * legend each gives. Pure: it reads the graph only.
 */
export interface AttributeChoices {
  /** Attributes with a few distinct values (2–60), in the order first seen. */
  categorical: string[];
  /** Attributes whose values are all numbers, with at least two distinct. */
  numeric: string[];
  fileColours: boolean;
  fileSizes: boolean;
}

const MAX_CATEGORIES = 60;

export function attributeChoices(graph: ParleyGraph): AttributeChoices {
  const distinct = new Map<string, Set<string> | null>();
  const numbers = new Map<string, Set<number> | null>();
  graph.forEachNode((_id, a) => {
    for (const [k, v] of Object.entries(a.attributes ?? {})) {
      const set = distinct.get(k);
      if (set !== null) {
        const s = set ?? new Set<string>();
        s.add(String(v));
        distinct.set(k, s.size > MAX_CATEGORIES ? null : s);
      }
      const nums = numbers.get(k);
      if (nums !== null) {
        const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
        if (!Number.isFinite(n) || (typeof v === 'string' && v.trim() === '')) numbers.set(k, null);
        else numbers.set(k, (nums ?? new Set<number>()).add(n));
      }
    }
  });
  const look = lookOf(graph);
  return {
    categorical: [...distinct]
      .filter(([, s]) => s !== null && s.size >= 2 && s.size < graph.order)
      .map(([k]) => k),
    numeric: [...numbers].filter(([, s]) => s !== null && s.size >= 2).map(([k]) => k),
    fileColours: Object.keys(look?.colours ?? {}).length > 0,
    fileSizes: Object.keys(look?.sizes ?? {}).length > 0,
  };
}

export function lookOf(graph: ParleyGraph): FileLook | undefined {
  return graph.getAttribute('look');
}

/** Distinct colours (Tableau 10 without its grey); values past them share the grey. */
export const CATEGORY_COLOURS = [
  '#4E79A7',
  '#F28E2B',
  '#E15759',
  '#76B7B2',
  '#59A14F',
  '#EDC948',
  '#B07AA1',
  '#FF9DA7',
  '#9C755F',
] as const;
export const OTHER_COLOUR = '#BAB0AC';
/** Nodes without the attribute: a light grey, said in the legend. */
export const MISSING_COLOUR = '#D9D9D9';

export interface ColourEntry {
  colour: string;
  label: string;
  size: number;
}

/** Colour by a categorical attribute: the most frequent values get their own colour. */
export function colourByAttribute(
  graph: ParleyGraph,
  key: string,
): { colours: Map<string, string>; legend: ColourEntry[] } {
  const counts = new Map<string, number>();
  let missing = 0;
  graph.forEachNode((_id, a) => {
    const v = a.attributes?.[key];
    if (v === undefined) missing++;
    else counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  });
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const colourOf = new Map(ranked.map(([v], i) => [v, CATEGORY_COLOURS[i] ?? OTHER_COLOUR]));
  const colours = new Map<string, string>();
  graph.forEachNode((id, a) => {
    const v = a.attributes?.[key];
    colours.set(id, v === undefined ? MISSING_COLOUR : colourOf.get(String(v))!);
  });
  const legend: ColourEntry[] = ranked
    .slice(0, CATEGORY_COLOURS.length)
    .map(([label, size], i) => ({ colour: CATEGORY_COLOURS[i]!, label, size }));
  const rest = ranked.slice(CATEGORY_COLOURS.length);
  if (rest.length)
    legend.push({
      colour: OTHER_COLOUR,
      label: rest.length === 1 ? '1 other value' : `${rest.length} other values`,
      size: rest.reduce((n, [, c]) => n + c, 0),
    });
  if (missing) legend.push({ colour: MISSING_COLOUR, label: `no ${key}`, size: missing });
  return { colours, legend };
}

/** The file's own colours; nodes it gives none keep their type's colour. */
export function fileColours(graph: ParleyGraph): {
  colours: Map<string, string>;
  legend: ColourEntry[];
} {
  const given = lookOf(graph)?.colours ?? {};
  const colours = new Map<string, string>();
  const counts = new Map<string, number>();
  graph.forEachNode((id) => {
    const c = Object.hasOwn(given, id) ? given[id] : undefined;
    if (!c) return;
    colours.set(id, c);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  });
  const legend = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([colour, size]) => ({ colour, label: colour, size }));
  return { colours, legend };
}

/** Node diameter from 18 to 60 px, by the square root of where a value lies between min and max. */
function scaled(values: Map<string, number>): Map<string, number> {
  const { min, max } = extent(values);
  const out = new Map<string, number>();
  for (const [id, v] of values)
    out.set(id, max > min ? Math.round(18 + 42 * Math.sqrt((v - min) / (max - min))) : 30);
  return out;
}

export interface SizeRange {
  min: number;
  max: number;
  /** Nodes without the value (drawn smallest). */
  missing: number;
}

/** Size by a numeric attribute (or the file's own sizes): smallest 18 px, largest 60 px. */
export function sizeByValues(
  graph: ParleyGraph,
  choice: { attribute: string } | 'file',
): { sizes: Map<string, number>; range?: SizeRange } {
  const given = choice === 'file' ? (lookOf(graph)?.sizes ?? {}) : undefined;
  const values = new Map<string, number>();
  let missing = 0;
  graph.forEachNode((id, a) => {
    const raw =
      choice === 'file'
        ? Object.hasOwn(given!, id)
          ? given![id]
          : undefined
        : a.attributes?.[choice.attribute];
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN;
    if (raw === undefined || !Number.isFinite(n)) missing++;
    else values.set(id, n);
  });
  if (!values.size) return { sizes: new Map() };
  const sizes = scaled(values);
  graph.forEachNode((id) => {
    if (!sizes.has(id)) sizes.set(id, 18);
  });
  return { sizes, range: { ...extent(values), missing } };
}

/** Min and max without spreading (a spread of 100,000 arguments overflows the stack). */
function extent(values: Map<string, number>): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values.values()) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}
