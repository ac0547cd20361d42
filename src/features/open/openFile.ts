import { openedFilesSource, type FileLike } from '../../data/importers/fileSource';
import { MAX_OPEN_BYTES } from '../../data/importers/limits';
import type { Problem } from '../../data/problems';
import type { OpenedDataset } from './types';
import { browserXmlSupport } from './xmlBrowser';

/**
 * Loaded on demand: the picked files → their GraphSource, loaded (read,
 * mapped, validated), or every problem that stops it. Nothing here touches
 * the current graph.
 */
export async function openDatasetFile(
  file: FileLike | readonly FileLike[],
  maxBytes = MAX_OPEN_BYTES,
): Promise<{ ok: true; opened: OpenedDataset } | { ok: false; problems: Problem[] }> {
  const files: readonly FileLike[] = Array.isArray(file) ? file : [file as FileLike];
  const source = openedFilesSource(files, browserXmlSupport, maxBytes);
  const load = await source.load();
  if (!load.ok) return load;
  // Let the page breathe between the two long steps (a big file takes about
  // 150 ms to validate and 50 ms to build its graph on a slow machine).
  await nextTask();
  return { ok: true, opened: { source, load } };
}

/** Resolves in a new task, so that input and rendering can run in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
