import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { countErrors } from './src/data/problems';
import { validateFiles, type InputFile } from './src/data/validate';
import { isVocabularyFile } from './src/data/vocabularyLoad';

/** The bundled dataset as the build validated it (src/app/loadBundled.ts imports it). */
export const CHECKED_DATASET = 'virtual:parley-checked-dataset';
const RESOLVED = `\0${CHECKED_DATASET}`;

/**
 * The dataset folder's files as src/app/loadBundled.ts globs them (every
 * *.json but schema/), named and ordered the same way, so validating them
 * here gives what the page would get.
 */
export function datasetFiles(dir: string, name: string): InputFile[] {
  const rels: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (r !== 'schema') walk(r);
      } else if (e.name.endsWith('.json')) rels.push(r);
    }
  };
  walk('');
  return rels
    .sort((a, b) => a.localeCompare(b))
    .map((r) => ({ name: `${name}/${r}`, text: readFileSync(path.join(dir, r), 'utf8') }));
}

/**
 * The bundled dataset validated at build time, by the validator the page
 * runs (`validateFiles`, no source texts, as at start-up): the page then
 * parses one JSON string instead of checking fourteen files on its way to the
 * first draw. Only data this build read and checked comes this way; a dataset
 * with errors gives null, and the page validates its files itself to show
 * them (file, line, what to fix). Files opened by a person are always
 * validated in the page.
 */
export function checkedDatasetPlugin(dir: string, name: string): Plugin {
  return {
    name: 'parley-checked-dataset',
    resolveId: (id) => (id === CHECKED_DATASET ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const files = datasetFiles(dir, name);
      for (const f of files) this.addWatchFile(path.join(dir, f.name.slice(name.length + 1)));
      const { dataset, problems } = validateFiles(files);
      // The vocabulary is a class: its file travels as text and is read again in the page.
      const vocabularyFile = files.find((f) => isVocabularyFile(f.name));
      if (countErrors(problems) > 0 || (dataset.vocabulary && !vocabularyFile))
        return 'export default null;';
      const payload = JSON.stringify({
        dataset: { ...dataset, vocabulary: undefined },
        problems,
        ...(dataset.vocabulary ? { vocabularyFile } : {}),
      });
      return `export default JSON.parse(${JSON.stringify(payload)});`;
    },
  };
}
