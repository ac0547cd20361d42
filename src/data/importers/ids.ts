import { ID_PATTERN } from '../../model';
import { slugify } from '../text';

/** Unique slug ids across entities and relations, as Parley's validator requires. */
export class IdAllocator {
  private readonly taken = new Set<string>();
  take(raw: string, kind: 'entity' | 'relation'): string {
    let base = ID_PATTERN.test(raw) ? raw : slugify(raw);
    if (!base) base = kind === 'entity' ? 'entity' : 'relation';
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/** graphology's generated keys (`geid_…`) and GraphML/GEXF defaults carry no meaning. */
export function isGeneratedEdgeKey(key: string): boolean {
  return /^geid_\d+_\d+$/.test(key);
}

export function titleFromId(id: string | undefined): string | undefined {
  // GraphML graph ids are often placeholders ("G", "graph0").
  if (!id || /^(g|graph|parley)?\d*$/i.test(id)) return undefined;
  return id;
}
