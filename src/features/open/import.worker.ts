/// <reference lib="webworker" />
import { openedFilesSource } from '../../data/importers/fileSource';
import type { ImportReply, ImportRequest } from './importProtocol';
import { browserXmlSupport } from './xmlBrowser';

/**
 * Reads, maps and validates picked files off the main thread: the same
 * source the page would run, so the messages are the same. One request per
 * worker; the page terminates it to cancel.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (m: ImportReply) => scope.postMessage(m);

scope.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const { files, maxBytes, keepRepeated, typeFrom } = e.data;
  try {
    const source = openedFilesSource(files, browserXmlSupport, maxBytes, {
      keepRepeated,
      ...(typeFrom ? { typeFrom } : {}),
    });
    const load = await source.load({
      onProgress: (message) => reply({ kind: 'progress', message }),
    });
    reply({ kind: 'done', load });
  } catch (err) {
    reply({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
};
