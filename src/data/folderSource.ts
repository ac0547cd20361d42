import { countErrors } from './problems';
import type { GraphSource } from './source';
import { validateFilesInSteps, type InputFile } from './validate';

/** A file of a picked or dropped folder: its path inside that folder ("my/entities/a.json"). */
export interface FolderFile {
  path: string;
  text: string;
}

/** A dataset folder opened in the browser; its source texts stay at hand (by Source.file). */
export interface FolderSource extends GraphSource {
  readonly kind: 'file';
  /** The full texts of the dataset's sources/, by file name as sources.json names them. */
  readonly sourceTexts: ReadonlyMap<string, string>;
}

/**
 * Which files of a folder make the dataset: the folder holding sources.json
 * or vocabulary.json (the shallowest, if the person picked a folder above
 * it), its *.json data files (not the generated schema/) and sources/*.txt.
 */
export function datasetFilesOf(paths: readonly string[]): {
  root: string;
  data: string[];
  texts: string[];
} {
  const dirOf = (p: string) => p.slice(0, p.lastIndexOf('/') + 1);
  const root =
    paths
      .filter((p) => /(^|\/)(sources|vocabulary)\.json$/.test(p))
      .map(dirOf)
      .sort((a, b) => a.length - b.length)[0] ?? dirOf(paths[0] ?? '');
  const inside = paths.filter((p) => p.startsWith(root)).map((p) => p.slice(root.length));
  return {
    root,
    data: inside.filter(
      (p) => p.endsWith('.json') && !p.startsWith('schema/') && !p.startsWith('import/'),
    ),
    texts: inside.filter((p) => /^sources\/[^/]+$/.test(p) && !p.endsWith('.json')),
  };
}

/**
 * A dataset folder (vocabulary, sources and data together) as a GraphSource:
 * checked by the same validator as `npm run validate -- --data DIR`, every
 * quote against its source text. Errors block; nothing half-read is shown.
 */
export function folderSource(label: string, files: readonly FolderFile[]): FolderSource {
  const { root, data, texts } = datasetFilesOf(files.map((f) => f.path));
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  const name = root.replace(/\/$/, '').split('/').pop() || label;
  const inputs: InputFile[] = data.map((p) => ({
    name: `${name}/${p}`,
    text: byPath.get(root + p) ?? '',
  }));
  const sourceTexts = new Map(
    texts.map((p) => [p.slice('sources/'.length), byPath.get(root + p) ?? '']),
  );
  // Source id → text file, known once the dataset has loaded: the Article view reads the folder's texts.
  let fileOf = new Map<string, string>();
  return {
    kind: 'file',
    label,
    sourceTexts,
    hasSourceText: (id) => sourceTexts.has(fileOf.get(id) ?? ''),
    loadSourceText: async (id) => sourceTexts.get(fileOf.get(id) ?? ''),
    load: async (ctx = {}) => {
      if (!inputs.some((f) => /\/(sources|vocabulary)\.json$/.test(f.name)))
        return {
          ok: false,
          problems: [
            {
              severity: 'error',
              code: 'unsupported-format',
              file: label,
              message:
                'this folder is not a Parley dataset: it has no sources.json or vocabulary.json',
              hint: 'Pick the dataset folder itself (the one npm run new-dataset made, holding sources.json, entities/ and relations/).',
            },
          ],
        };
      ctx.onProgress?.(`Checking ${inputs.length} files and ${sourceTexts.size} source texts…`);
      const { dataset, problems } = await validateFilesInSteps(inputs, { sourceTexts });
      if (countErrors(problems) > 0) return { ok: false, problems };
      fileOf = new Map(dataset.sources.map((s) => [s.id, s.file]));
      return { ok: true, dataset, problems, format: 'parley-folder' };
    },
  };
}
