import type { Dataset } from '../../model';
import { toJsonLd, toTurtle } from './serialize';
import { datasetToQuads, type ToQuadsOptions } from './toQuads';
import { dataPrefixes, DEFAULT_BASE } from './vocab';

export const RDF_FORMATS = ['ttl', 'jsonld'] as const;
export type RdfFormat = (typeof RDF_FORMATS)[number];

export const RDF_FORMAT_LABELS: Record<RdfFormat, string> = {
  ttl: 'RDF Turtle (.ttl)',
  jsonld: 'RDF JSON-LD (.jsonld)',
};

/** One RDF file of a dataset, shaped like the other exports' files. */
export async function exportRdf(
  dataset: Dataset,
  format: RdfFormat,
  options: ToQuadsOptions = {},
): Promise<{ suffix: string; mime: string; text: string }> {
  const quads = datasetToQuads(dataset, options);
  const prefixes = dataPrefixes(options.base ?? DEFAULT_BASE);
  return format === 'ttl'
    ? { suffix: '.ttl', mime: 'text/turtle', text: await toTurtle(quads, prefixes) }
    : { suffix: '.jsonld', mime: 'application/ld+json', text: await toJsonLd(quads, prefixes) };
}

/** The part of a dataset a view shows: its entities and relations, and the sources they cite. */
export function subsetDataset(
  dataset: Dataset,
  entities: ReadonlySet<string>,
  relations: ReadonlySet<string>,
): Dataset {
  const rels = dataset.relations.filter(
    (r) => relations.has(r.id) && entities.has(r.source) && entities.has(r.target),
  );
  const cited = new Set(rels.flatMap((r) => r.evidence.map((e) => e.source)));
  return {
    ...(dataset.title ? { title: dataset.title } : {}),
    sources: dataset.sources.filter((s) => cited.has(s.id)),
    entities: dataset.entities.filter((e) => entities.has(e.id)),
    relations: rels,
  };
}
