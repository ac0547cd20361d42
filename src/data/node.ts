import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { utf16Problem } from './importers/encoding';
import { DEFAULT_VOCABULARY, type Vocabulary } from '../model';
import type { Problem } from './problems';
import { validateFiles, type InputFile, type ValidationResult } from './validate';
import { readVocabulary, VOCABULARY_FILE } from './vocabularyLoad';

/**
 * Node-only entry point (CLI, tests): reads every *.json under the data
 * directory (except the generated schema/ and what convert said, import/) and validates it as one dataset.
 */
export async function readDataDir(dir: string): Promise<InputFile[]> {
  const out: InputFile[] = [];
  async function walk(rel: string) {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (r !== 'schema' && r !== 'import') await walk(r);
      } else if (e.name.endsWith('.json')) {
        out.push({ name: r, text: await readFile(path.join(dir, r), 'utf8') });
      }
    }
  }
  await walk('');
  return out;
}

export async function readSourceTexts(dir: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const entries = await readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    throw new Error(
      `parley/data: cannot read the sources directory ${dir} (${e.code ?? e.message}); pass --sources DIR`,
    );
  });
  for (const e of entries) {
    if (e.isFile()) texts.set(e.name, await readFile(path.join(dir, e.name), 'utf8'));
  }
  return texts;
}

/** A dataset carries its source texts: `<dataDir>/sources`, when it exists. */
export function defaultSourcesDir(dataDir: string): string | undefined {
  const candidate = path.resolve(dataDir, 'sources');
  return existsSync(candidate) ? candidate : undefined;
}

export interface LoadOptions {
  /** Directory of source texts; quotes are verified only when given. */
  sourcesDir?: string;
}

export async function loadDatasetFromDir(
  dataDir: string,
  options: LoadOptions = {},
): Promise<ValidationResult & { files: InputFile[] }> {
  const files = await readDataDir(dataDir);
  const sourceTexts = options.sourcesDir ? await readSourceTexts(options.sourcesDir) : undefined;
  // A UTF-16 file is said to be one, not reported as a JSON syntax error.
  const encoding = files.flatMap((f) => utf16Problem(f.name, f.text) ?? []);
  const readable = files.filter((f) => !encoding.some((p) => p.file === f.name));
  const result = validateFiles(readable, sourceTexts ? { sourceTexts } : {});
  return { ...result, problems: [...encoding, ...result.problems], files };
}

/**
 * A dataset folder's vocabulary (`<dir>/vocabulary.json`): the default when
 * the folder has none; the problems when it has a broken one.
 */
export async function readVocabularyOfDir(
  dataDir: string,
): Promise<{ vocabulary?: Vocabulary; problems: Problem[] }> {
  const file = path.join(dataDir, VOCABULARY_FILE);
  if (!existsSync(file)) return { vocabulary: DEFAULT_VOCABULARY, problems: [] };
  return readVocabulary({ name: VOCABULARY_FILE, text: await readFile(file, 'utf8') });
}
