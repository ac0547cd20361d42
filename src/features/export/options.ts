import type { RdfFormat } from '../../data/rdf/index';
import type { DataFormat } from '../../graph/formats/index';

/**
 * Defaults and limits of the Export menu; no DOM here. Only types come from
 * src/graph/formats, so that the writers load on demand (a test checks that
 * the lists agree).
 */

export const IMAGE_FORMATS = ['png', 'jpeg', 'svg'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];
/** The explorer itself, with the dataset and the view, as one HTML file (src/features/publish). */
export const PAGE_FORMATS = ['html'] as const;
export type PageFormat = (typeof PAGE_FORMATS)[number];
export const PAGE_FORMAT_LABELS: Record<PageFormat, string> = { html: 'Interactive page (HTML)' };
export type ExportFormat = ImageFormat | DataFormat | RdfFormat | PageFormat;
export type { DataFormat, RdfFormat };

export const DATA_FORMATS = [
  'json',
  'gexf',
  'graphml',
  'cyjs',
  'csv',
] as const satisfies readonly DataFormat[];

export const DATA_FORMAT_LABELS: Record<DataFormat, string> = {
  json: 'graphology JSON',
  gexf: 'GEXF (Gephi)',
  graphml: 'GraphML (yEd, Cytoscape, networkx)',
  cyjs: 'Cytoscape JSON (.cyjs)',
  csv: 'CSV (nodes + edges)',
};

/** Linked data: Parley's RDF vocabulary, evidence as W3C Web Annotations (src/data/rdf). */
export const RDF_FORMATS = ['ttl', 'jsonld'] as const satisfies readonly RdfFormat[];
export const RDF_FORMAT_LABELS: Record<RdfFormat, string> = {
  ttl: 'RDF Turtle (.ttl)',
  jsonld: 'RDF JSON-LD (.jsonld)',
};
export const isRdfFormat = (f: ExportFormat): f is RdfFormat =>
  (RDF_FORMATS as readonly string[]).includes(f);

export const IMAGE_FORMAT_LABELS: Record<ImageFormat, string> = {
  png: 'PNG image',
  jpeg: 'JPEG image',
  svg: 'SVG (vector image)',
};

export const isImageFormat = (f: ExportFormat): f is ImageFormat =>
  (IMAGE_FORMATS as readonly string[]).includes(f);

/** Formats whose files carry node positions (GEXF viz, GraphML x/y, .cyjs position). */
export const POSITION_FORMATS: readonly DataFormat[] = ['gexf', 'graphml', 'cyjs'];
export const carriesPositions = (f: ExportFormat): boolean =>
  (POSITION_FORMATS as readonly string[]).includes(f);

export type Scope = 'whole' | 'view';
export const SCOPE_LABELS: Record<Scope, string> = { whole: 'Whole graph', view: 'Current view' };

export const SCALES = [1, 2, 3, 4] as const;
export type Scale = (typeof SCALES)[number];

export type Background = 'white' | 'transparent' | 'theme';
export const BACKGROUND_LABELS: Record<Background, string> = {
  white: 'White',
  transparent: 'Transparent',
  theme: 'Current theme',
};

export interface ExportOptions {
  format: ExportFormat;
  scope: Scope;
  scale: Scale;
  background: Background;
  /** Title, legend, filters and sources drawn below the graph. */
  caption: boolean;
  /** Caption title; empty means the dataset's title. */
  title: string;
  /** Keep hover and selection highlights in the picture. */
  highlights: boolean;
  /** Write the current layout positions into formats that carry them. */
  positions: boolean;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  format: 'png',
  scope: 'whole',
  scale: 2,
  background: 'white',
  caption: false,
  title: '',
  highlights: false,
  positions: true,
};

/** JPEG has no transparency. */
export function backgroundAllowed(format: ExportFormat, bg: Background): boolean {
  return !(bg === 'transparent' && format === 'jpeg');
}

/** Options made consistent: a transparent JPEG becomes white. */
export function normalizeOptions(o: ExportOptions): ExportOptions {
  const scale = (SCALES as readonly number[]).includes(o.scale) ? o.scale : 2;
  return {
    ...o,
    scale: scale as Scale,
    background: backgroundAllowed(o.format, o.background) ? o.background : 'white',
  };
}

/**
 * Browsers refuse canvases past a size (Chromium: 32,767 px a side and about
 * 268 million pixels; far less memory on phones) — past it a PNG silently
 * comes out empty. Parley stays well inside: 12,000 px a side, 48 million
 * pixels (about 190 MB of RGBA).
 */
export const MAX_IMAGE_SIDE = 12_000;
export const MAX_IMAGE_PIXELS = 48_000_000;

/**
 * The scale actually used for a picture whose unscaled size is w × h: the
 * requested one, or less when the result would pass the canvas limits.
 */
export function effectiveScale(
  w: number,
  h: number,
  requested: number,
  limits = { side: MAX_IMAGE_SIDE, pixels: MAX_IMAGE_PIXELS },
): { scale: number; capped: boolean } {
  if (w <= 0 || h <= 0) return { scale: requested, capped: false };
  const max = Math.min(limits.side / w, limits.side / h, Math.sqrt(limits.pixels / (w * h)));
  if (requested <= max) return { scale: requested, capped: false };
  // Two decimals, rounded down, so that the limit really holds.
  return { scale: Math.floor(max * 100) / 100, capped: true };
}
