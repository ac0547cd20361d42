import type { Dataset, DataFileInput, Entity, VocabularyFile } from '../model';

export const BUNDLE_FORMAT = 'parley-bundle';
export const BUNDLE_VERSION = 1;

/**
 * One JSON document holding a whole dataset: Parley's own exchange format.
 * It carries the dataset's vocabulary (when it has its own), and writes an
 * entity of an added type with that type, as its file did.
 */
export function toBundle(dataset: Dataset, title = dataset.title): DataFileInput {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    ...(title ? { title } : {}),
    ...(dataset.vocabulary ? { vocabulary: withoutSchema(dataset.vocabulary.file) } : {}),
    sources: dataset.sources,
    entities: dataset.entities.map(asWritten),
    relations: dataset.relations,
  };
}

function withoutSchema(file: VocabularyFile): VocabularyFile {
  const { $schema: _schema, ...rest } = file;
  return rest;
}

/** An entity as its file writes it: an added type under `type`. */
export function asWritten(e: Entity): Entity {
  if (!e.addedType) return e;
  const { addedType, ...rest } = e;
  return { ...rest, type: addedType } as unknown as Entity;
}
