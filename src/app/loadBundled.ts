import type { PrecomputedLayout } from '../cy/precomputed';
import type { Dataset } from '../model';
import { parleyFilesSource } from '../data/fileSources';
import type { GraphSource, LoadedFromSource } from '../data/source';
import type { Problem } from '../data/problems';
import type { InputFile } from '../data/validate';
import { readVocabulary } from '../data/vocabularyLoad';
import { yieldToPage } from '../data/yieldToPage';

// The bundled dataset (graph-data/, or the folder `--data` names: the
// @dataset alias in vite.config.ts) as raw text (so problems can point at a
// line and column), in a chunk of its own: read when the build found errors
// in it (see checkedBundled) and by the editor. Its vocabulary.json types the rest.
const modules = import.meta.glob<string>(['@dataset/**/*.json', '!@dataset/schema/**'], {
  query: '?raw',
  import: 'default',
});

/**
 * Where the dataset folder starts in the glob keys ("/graph-data/" here,
 * "../../tmp/my/" for a folder elsewhere): before its sources.json.
 */
function rootOf(keys: readonly string[]): string {
  const top = keys
    .filter((k) => k.endsWith('/sources.json') || k.endsWith('/vocabulary.json'))
    .map((k) => k.slice(0, k.lastIndexOf('/') + 1))
    .sort((a, b) => a.length - b.length)[0];
  return top ?? '';
}

/** The dataset folder's name, as problems name its files ("graph-data/entities/person.json"). */
const DATASET_NAME: string = import.meta.env.PARLEY_DATASET_NAME ?? 'graph-data';

export async function loadBundledFiles(): Promise<InputFile[]> {
  const entries = Object.entries(modules).sort(([a], [b]) => a.localeCompare(b));
  const root = rootOf(entries.map(([key]) => key));
  return Promise.all(
    entries.map(async ([key, load]) => ({
      name: `${DATASET_NAME}/${key.startsWith(root) ? key.slice(root.length) : key}`,
      text: await load(),
    })),
  );
}

/**
 * The bundled dataset as this build validated it (vite.checked.ts): what
 * validating its files in the page gives, without the work. Null when the
 * build found errors (the page then validates the files to show them).
 */
async function checkedBundled(): Promise<LoadedFromSource | null> {
  const checked = (await import('virtual:parley-checked-dataset')).default as {
    dataset: Omit<Dataset, 'vocabulary'>;
    problems: Problem[];
    vocabularyFile?: InputFile;
  } | null;
  if (!checked) return null;
  // Reading the vocabulary, then building the graph: each in a task of its own.
  await yieldToPage();
  const vocabulary = checked.vocabularyFile
    ? readVocabulary(checked.vocabularyFile).vocabulary
    : undefined;
  if (checked.vocabularyFile && !vocabulary) return null;
  const dataset = { ...checked.dataset, ...(vocabulary ? { vocabulary } : {}) };
  await yieldToPage();
  return { ok: true, dataset, problems: checked.problems, format: 'parley' };
}

/** The bundled dataset as a GraphSource, validated as npm run validate does. */
export function bundledSource(): GraphSource {
  const fromFiles = parleyFilesSource('bundled', 'bundled dataset', loadBundledFiles);
  const base: GraphSource = {
    ...fromFiles,
    load: async (ctx) => (await checkedBundled()) ?? fromFiles.load(ctx),
  };
  // Source id → text file, known once the dataset has loaded.
  let files = new Map<string, string>();
  const fileOf = (id: string) => files.get(id);
  return {
    ...base,
    async load(ctx) {
      const r = await base.load(ctx);
      if (r.ok) files = new Map(r.dataset.sources.map((s) => [s.id, s.file]));
      return r;
    },
    hasSourceText: (id) => {
      const file = fileOf(id);
      return file !== undefined && textLoader(file) !== undefined;
    },
    loadSourceText: async (id) => {
      const file = fileOf(id);
      return file === undefined ? undefined : loadBundledSourceText(file);
    },
  };
}

/** The bundled dataset's precomputed force layout (npm run positions); none if it cannot load. */
export async function loadBundledLayout(): Promise<PrecomputedLayout | undefined> {
  try {
    return (await import('../cy/bundledPositions.json')).default as PrecomputedLayout;
  } catch {
    return undefined; // the layout is then computed in the browser
  }
}

// The bundled dataset's source texts (sources/), each its own chunk, fetched
// only when something needs the full text of an article.
const sourceTexts = import.meta.glob<string>('@dataset/sources/*.txt', {
  query: '?raw',
  import: 'default',
});

/** The full text of a bundled source file (`file` as named in sources.json); undefined if absent. */
export async function loadBundledSourceText(file: string): Promise<string | undefined> {
  const load = textLoader(file);
  return load ? load() : undefined;
}

// The glob's keys depend on where the dataset folder is (graph-data/ or --data DIR): match the file name.
function textLoader(file: string) {
  return Object.entries(sourceTexts).find(([key]) => key.endsWith(`/sources/${file}`))?.[1];
}
