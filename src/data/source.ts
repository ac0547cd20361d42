import type { Dataset } from '../model';
import type { TypeColumnChoice, TypeFrom } from './importers/types';
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
  /**
   * The same files read again with kinds from other columns ("Type from" in
   * the load report); only sources that still hold their files offer it.
   */
  retype?(typeFrom: TypeFrom): GraphSource;
  /** Server-side search over labels and aliases (sources that do not load everything). */
  search?(text: string, ctx?: SourceContext): Promise<SourceHit[]>;
  /** One more hop around these entities, added to what is loaded. */
  expand?(ids: readonly string[], ctx?: SourceContext): Promise<SourceLoad>;
  /** Whether an entity's own neighbourhood is loaded (else its relations may be incomplete). */
  isExpanded?(id: string): boolean;
  /**
   * The full text of one of the dataset's sources (by source id), for the
   * Article view; undefined when it has none. Sources without texts (a GEXF,
   * a SPARQL store) leave both out, and "Show in article" is not offered.
   */
  loadSourceText?(sourceId: string): Promise<string | undefined>;
  /** Whether `loadSourceText` has a text for this source (known without loading it). */
  hasSourceText?(sourceId: string): boolean;
}

export interface SourceContext {
  signal?: AbortSignal;
  /** Short progress lines ("Loading the neighbourhood…"). */
  onProgress?: (message: string) => void;
}

export type SourceLoad = LoadedFromSource | { ok: false; problems: Problem[] };

/** A dataset a source handed over, with what to tell the person about it. */
export interface LoadedFromSource {
  ok: true;
  dataset: Dataset;
  /** Warnings (validation, what could not be mapped). */
  problems: Problem[];
  /** The format read ("ttl", "csv", "sparql"…), when the source knows it. */
  format?: string;
  /** Short lines for the notice shown once the dataset is on screen. */
  notices?: string[];
  /** How foreign fields were mapped ("label → label"), for the load report in the Details panel. */
  mapped?: string[];
  /** What could not be mapped (dropped, defaulted, reinterpreted), for the same report. */
  unmapped?: string[];
  /** Which columns gave a foreign file's kinds, and the others that could ("Type from"). */
  typeFrom?: { node: TypeColumnChoice; edge: TypeColumnChoice };
}

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
