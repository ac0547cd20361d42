import type { Attributes } from 'graphology-types';
import type { DateSpec } from '../../model';
import { dateOf } from './values';

export const LABEL_KEYS = ['label', 'name', 'title', 'shared_name'];
export const NODE_TYPE_KEYS = [
  'type',
  'labelv',
  'label_v',
  'entity_type',
  'entitytype',
  'node_type',
  'category',
  'class',
  'group',
];
export const EDGE_TYPE_KEYS = [
  'type',
  'relation',
  'relation_type',
  'interaction',
  'predicate',
  'kind',
  'labele',
  'label_e',
  'relationship',
  'data_type',
  'edge_type',
];
export const ALIAS_KEYS = ['aliases', 'alias', 'synonyms', 'alternate_names'];
export const DESCRIPTION_KEYS = ['description', 'desc', 'summary'];
export const NOTE_KEYS = ['note', 'notes', 'comment'];
export const KIND_KEYS = ['kind', 'subtype'];
export const DATE_KEYS = ['date', 'start', 'start_date', 'year'];
/** Layout and styling: positions, colours and sizes become the file's look; the rest is dropped. */
export const VISUAL_KEYS = new Set([
  'x',
  'y',
  'z',
  'size',
  'color',
  'colour',
  'shape',
  'thickness',
]);

/**
 * Reads attributes case-insensitively and remembers which were used. Only
 * the object's own keys are ever read (looked up through a Map of them), so
 * an attribute named "constructor" or "__proto__" is just a name. One is made
 * per node and edge: it keeps the object itself rather than copying it.
 */
export class AttributeReader {
  private readonly byLower = new Map<string, string>();
  private readonly used = new Set<string>();
  private readonly keys: string[];
  constructor(private readonly attrs: Attributes) {
    this.keys = Object.keys(attrs);
    for (const k of this.keys) {
      const lower = k.toLowerCase();
      if (!this.byLower.has(lower)) this.byLower.set(lower, k);
    }
  }
  has(keys: readonly string[]): boolean {
    return keys.some((k) => {
      const real = this.byLower.get(k);
      const v = real === undefined ? undefined : this.attrs[real];
      return v !== undefined && !(typeof v === 'string' && v.trim() === '');
    });
  }
  value(keys: readonly string[]): unknown {
    for (const k of keys) {
      const real = this.byLower.get(k);
      if (real === undefined) continue;
      this.used.add(real);
      const v = this.attrs[real];
      if (v !== undefined && v !== null && v !== '') return v;
    }
    return undefined;
  }
  consume(keys: readonly string[]): void {
    for (const k of keys) {
      const real = this.byLower.get(k);
      if (real !== undefined) this.used.add(real);
    }
  }
  /** Marks keys as not used after all (their value stays a kept attribute). */
  release(keys: readonly string[]): void {
    for (const k of keys) {
      const real = this.byLower.get(k);
      if (real !== undefined) this.used.delete(real);
    }
  }
  /** The value under a key as written in the file (one of its own keys, from unusedKeys). */
  raw(realKey: string): unknown {
    return Object.hasOwn(this.attrs, realKey) ? this.attrs[realKey] : undefined;
  }
  consumeIfEqual(keys: readonly string[], value: string | undefined): void {
    for (const k of keys) {
      const real = this.byLower.get(k);
      if (real !== undefined && String(this.attrs[real]).trim() === value) this.used.add(real);
    }
  }
  string(keys: readonly string[]): string | undefined {
    const v = this.value(keys);
    if (typeof v === 'string') return v.trim() || undefined;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return undefined;
  }
  date(): { spec?: DateSpec; problem?: string } {
    return dateOf(this.value(DATE_KEYS), this.value(['date_precision']), this.value(['date_note']));
  }
  unusedKeys(): string[] {
    return this.keys.filter((k) => !this.used.has(k));
  }
}
