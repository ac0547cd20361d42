import type { FileAttributes, FileLook } from '../../model';
import { VISUAL_KEYS, type AttributeReader } from './attributes';
import type { Notes } from './mappingNotes';

const MAX_TEXT = 2000;

/**
 * The attributes no Parley field took, kept as the file wrote them: text,
 * numbers and booleans; a list of short values joined with " | "; anything
 * else as (shortened) JSON. Layout and styling keys go to `visual` instead
 * (positions, colours, sizes: the file's look), never into the attributes.
 */
export function fileAttributes(
  a: AttributeReader,
  visual?: (key: string, value: unknown) => void,
): FileAttributes {
  const entries: [string, string | number | boolean][] = [];
  for (const key of a.unusedKeys()) {
    const v = a.raw(key);
    if (VISUAL_KEYS.has(key.toLowerCase())) {
      visual?.(key.toLowerCase(), v);
      continue;
    }
    const kept = keptValue(v);
    if (kept !== undefined) entries.push([key, kept]);
  }
  // fromEntries defines own properties: a key named "__proto__" is just a key.
  return Object.fromEntries(entries);
}

function keptValue(v: unknown): string | number | boolean | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const s = v.trim();
    return s ? s.slice(0, MAX_TEXT) : undefined;
  }
  if (Array.isArray(v) && v.every((x) => ['string', 'number', 'boolean'].includes(typeof x)))
    return v.length ? v.join(' | ').slice(0, MAX_TEXT) : undefined;
  if (v && typeof v === 'object') {
    const json = JSON.stringify(v);
    return json.length > MAX_TEXT ? `${json.slice(0, MAX_TEXT - 1)}…` : json;
  }
  return undefined;
}

/** A colour Cytoscape can draw and nothing else: #hex or rgb()/rgba() with numbers. */
export function safeColour(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  if (/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(s)) return s.toLowerCase();
  const m = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/i.exec(s);
  if (!m) return undefined;
  const hex = m
    .slice(1, 4)
    .map((c) => Math.min(255, Number(c)).toString(16).padStart(2, '0'))
    .join('');
  return `#${hex}`;
}

/** Collects the positions, colours and sizes a file gives its nodes. */
export class LookCollector {
  private readonly xs = new Map<string, number>();
  private readonly ys = new Map<string, number>();
  private readonly colours: Record<string, string> = Object.create(null);
  private readonly sizes: Record<string, number> = Object.create(null);
  private ignored = new Set<string>();
  /** Screen y grows downwards; Gephi, sigma and GraphML editors draw y upwards. */
  constructor(private readonly yUp = true) {}

  node(id: string, key: string, value: unknown) {
    const n = typeof value === 'string' ? Number(value) : value;
    if (key === 'x' && typeof n === 'number' && Number.isFinite(n)) this.xs.set(id, n);
    else if (key === 'y' && typeof n === 'number' && Number.isFinite(n)) this.ys.set(id, n);
    else if (key === 'size' && typeof n === 'number' && Number.isFinite(n) && n > 0)
      this.sizes[id] = n;
    else if (key === 'color' || key === 'colour') {
      const c = safeColour(value);
      if (c) this.colours[id] = c;
    } else this.ignored.add(key);
  }

  /** The look, when the file has one; what was kept goes into the report. */
  result(notes: Notes, nodeCount: number): FileLook | undefined {
    const positions: Record<string, { x: number; y: number }> = Object.create(null);
    let placed = 0;
    for (const [id, x] of this.xs) {
      const y = this.ys.get(id);
      if (y === undefined) continue;
      positions[id] = { x, y: this.yUp ? -y : y };
      placed++;
    }
    const look: FileLook = {};
    // A layout for a few nodes only would stack the others: all or nothing.
    if (placed && placed === nodeCount) look.positions = { ...positions };
    const coloured = Object.keys(this.colours).length;
    const sized = Object.keys(this.sizes).length;
    if (coloured) look.colours = { ...this.colours };
    if (sized) look.sizes = { ...this.sizes };
    notes.look({ placed, nodeCount, coloured, sized, ignored: [...this.ignored] });
    return look.positions || coloured || sized ? look : undefined;
  }
}
