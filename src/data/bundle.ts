import type { Dataset, DataFileInput } from '../model';

export const BUNDLE_FORMAT = 'parley-bundle';
export const BUNDLE_VERSION = 1;

/** One JSON document holding a whole dataset: Parley's own exchange format. */
export function toBundle(dataset: Dataset, title = dataset.title): DataFileInput {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    ...(title ? { title } : {}),
    sources: dataset.sources,
    entities: dataset.entities,
    relations: dataset.relations,
  };
}
