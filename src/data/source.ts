import type { Dataset } from '../model';
import type { Problem } from './problems';

/**
 * Where a graph comes from: the bundled files, an opened file, or a SPARQL
 * endpoint. Every source hands the explorer a validated Dataset; only sources
 * that hold more than they show (a SPARQL store) also search on their side
 * and add one more hop on request. The explorer reads datasets, never the
 * source behind them.
 */
export interface GraphSource {
  readonly kind: 'bundled' | 'file' | 'sparql';
  /** What to call it in the UI: "bundled dataset", a file name, an endpoint address. */
  readonly label: string;
  load(ctx?: SourceContext): Promise<SourceLoad>;
  /** Server-side search over labels and aliases (sources that do not load everything). */
  search?(text: string, ctx?: SourceContext): Promise<SourceHit[]>;
  /** One more hop around these entities, added to what is loaded. */
  expand?(ids: readonly string[], ctx?: SourceContext): Promise<SourceLoad>;
  /** Whether an entity's own neighbourhood is loaded (else its relations may be incomplete). */
  isExpanded?(id: string): boolean;
}

export interface SourceContext {
  signal?: AbortSignal;
  /** Short progress lines ("Loading the neighbourhood…"). */
  onProgress?: (message: string) => void;
}

export type SourceLoad =
  { ok: true; dataset: Dataset; problems: Problem[] } | { ok: false; problems: Problem[] };

export interface SourceHit {
  id: string;
  label: string;
  /** An entity type (person, meeting…). */
  type: string;
}

/** A source that already holds its whole dataset (bundled files, an opened file). */
export function staticSource(
  kind: 'bundled' | 'file',
  label: string,
  read: (ctx: SourceContext) => Promise<SourceLoad>,
): GraphSource {
  return { kind, label, load: (ctx = {}) => read(ctx) };
}
