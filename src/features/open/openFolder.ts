import { folderSource } from '../../data/folderSource';
import type { Problem } from '../../data/problems';
import type { SourceContext } from '../../data/source';
import type { OpenedDataset } from './types';

/** A file of a picked or dropped folder and its path inside it. */
export interface PickedFile {
  file: Blob;
  path: string;
}

/**
 * Loaded on demand: a dataset folder's files → its source, loaded (the
 * vocabulary, data and source texts read, every quote checked), or every
 * problem that stops it. Only the files the dataset uses are read.
 */
export async function openDatasetFolder(
  label: string,
  picked: readonly PickedFile[],
  ctx: SourceContext = {},
): Promise<{ ok: true; opened: OpenedDataset } | { ok: false; problems: Problem[] }> {
  const wanted = picked.filter(
    (p) => /\.json$/i.test(p.path) || /(^|\/)sources\/[^/]+$/.test(p.path),
  );
  ctx.onProgress?.(`Reading ${wanted.length} files…`);
  const files = await Promise.all(
    wanted.map(async (p) => ({ path: p.path, text: await p.file.text() })),
  );
  if (ctx.signal?.aborted) return { ok: false, problems: [] };
  const source = folderSource(label, files);
  const load = await source.load(ctx);
  if (!load.ok) return load;
  return { ok: true, opened: { source, load } };
}
