import type { Dataset } from '../../model';
import type { Problem } from '../problems';

/** What Open… accepts. `parley` is Parley's own data file (a bundle, or any single graph-data file). */
export const OPEN_FORMATS = [
  'parley',
  'graphology-json',
  'node-link-json',
  'cytoscape-json',
  'gephi-lite-json',
  'gexf',
  'graphml',
  'turtle',
  'jsonld',
  'csv',
] as const;
export type OpenFormat = (typeof OPEN_FORMATS)[number];
export type ForeignFormat = Exclude<OpenFormat, 'parley'>;
/** The JSON graph shapes read by shape, not by name (src/data/importers/jsonGraph.ts). */
export type JsonGraphFormat = 'node-link-json' | 'cytoscape-json' | 'gephi-lite-json';

export const OPEN_FORMAT_LABELS: Record<OpenFormat, string> = {
  parley: 'Parley bundle',
  'graphology-json': 'graphology JSON',
  'node-link-json': 'node-link JSON (d3, networkx, sigma)',
  'cytoscape-json': 'Cytoscape JSON',
  'gephi-lite-json': 'Gephi Lite',
  gexf: 'GEXF',
  graphml: 'GraphML',
  turtle: 'Turtle (RDF)',
  jsonld: 'JSON-LD (RDF)',
  csv: 'CSV',
};

/**
 * How a foreign file was mapped onto Parley's model: what was read, which of
 * its attributes became which Parley field, and what could not be mapped.
 */
export interface MappingReport {
  format: ForeignFormat;
  file: string;
  input: { nodes: number; edges: number };
  output: { entities: number; relations: number };
  /** How attributes were mapped (informational). */
  mapped: string[];
  /** What could not be mapped: dropped, replaced by a default, or reinterpreted. */
  unmapped: string[];
  /** The gist of `unmapped` in a few short phrases. */
  summary: string[];
  /** Which column gave node and edge kinds, and the others that could ("Type from"). */
  typeFrom?: { node: TypeColumnChoice; edge: TypeColumnChoice };
}

/** The column that says a node's or an edge's kind ("Type from" in the load report); null: none. */
export interface TypeFrom {
  node?: string | null;
  edge?: string | null;
}

/** How Open… reads a foreign file (its options, kept to read the same file again). */
export interface ImportOptions {
  /** Keep repeated edges apart instead of merging them (count and summed weight). */
  keepRepeated?: boolean;
  /** Kinds from these columns instead of the inferred ones. */
  typeFrom?: TypeFrom;
}

export interface TypeColumnChoice {
  /** The column used; absent when none was. */
  key?: string;
  candidates: string[];
}

export type ImportResult =
  { ok: true; dataset: Dataset; report: MappingReport } | { ok: false; problems: Problem[] };
