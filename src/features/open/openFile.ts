import { openedFilesSource, type FileLike } from '../../data/importers/fileSource';
import { MAX_OPEN_BYTES, WORKER_ABOVE_BYTES } from '../../data/importers/limits';
import type { Problem } from '../../data/problems';
import type { SourceContext } from '../../data/source';
import type { OpenedDataset } from './types';
import { keepRepeatedApart } from './openPreferences';
import { workerFilesSource } from './workerFilesSource';
import { browserXmlSupport } from './xmlBrowser';

/**
 * Loaded on demand: the picked files → their GraphSource, loaded (read,
 * mapped, validated), or every problem that stops it. Files over
 * `WORKER_ABOVE_BYTES` are read in a worker, with progress and Cancel
 * (`ctx.signal`). Nothing here touches the current graph.
 */
export async function openDatasetFile(
  file: FileLike | readonly FileLike[],
  maxBytes = MAX_OPEN_BYTES,
  ctx: SourceContext = {},
): Promise<{ ok: true; opened: OpenedDataset } | { ok: false; problems: Problem[] }> {
  const files: readonly FileLike[] = Array.isArray(file) ? file : [file as FileLike];
  const keepRepeated = keepRepeatedApart();
  const inPage = openedFilesSource(files, browserXmlSupport, maxBytes, { keepRepeated });
  const bytes = files.reduce((sum, f) => sum + f.size, 0);
  const source =
    bytes > WORKER_ABOVE_BYTES && typeof Worker !== 'undefined' && files.every(isFile)
      ? workerFilesSource(files, maxBytes, inPage, keepRepeated)
      : inPage;
  const load = await source.load(ctx);
  if (!load.ok) return load;
  // Let the page breathe between the two long steps (a big file takes about
  // 150 ms to validate and 50 ms to build its graph on a slow machine).
  await nextTask();
  return { ok: true, opened: { source, load } };
}

const isFile = (f: FileLike): f is File => typeof File !== 'undefined' && f instanceof File;

/** Resolves in a new task, so that input and rendering can run in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
