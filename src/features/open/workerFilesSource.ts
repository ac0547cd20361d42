import {
  staticSource,
  type GraphSource,
  type SourceContext,
  type SourceLoad,
} from '../../data/source';
import type { TypeFrom } from '../../data/importers/types';
import { Vocabulary } from '../../model/vocabulary';
import type { ImportReply, ImportRequest } from './importProtocol';
import { WorkerStopped } from './workerStopped';

/**
 * The GraphSource of big picked files: the same reading, mapping and
 * validation as `openedFilesSource`, run in a Web Worker so the page stays
 * responsive. Progress lines come from the worker; aborting the context's
 * signal terminates it (Cancel). If the worker cannot start at all (its
 * script failed to load), `fallback` runs on the main thread instead.
 */
export function workerFilesSource(
  files: readonly File[],
  maxBytes: number,
  fallback: GraphSource,
  keepRepeated = false,
  typeFrom?: TypeFrom,
): GraphSource {
  const request: ImportRequest = {
    files,
    maxBytes,
    keepRepeated,
    ...(typeFrom ? { typeFrom } : {}),
  };
  const source = staticSource('file', fallback.label, (ctx) =>
    runWorker(request, ctx).catch((e: unknown) => {
      if (e instanceof WorkerUnavailable) return fallback.load(ctx);
      throw e;
    }),
  );
  const retypedFallback = (t: TypeFrom) => fallback.retype?.(t) ?? fallback;
  return {
    ...source,
    retype: (t) => workerFilesSource(files, maxBytes, retypedFallback(t), keepRepeated, t),
  };
}

class WorkerUnavailable extends Error {}

function runWorker(request: ImportRequest, ctx: SourceContext): Promise<SourceLoad> {
  return new Promise((resolve, reject) => {
    if (ctx.signal?.aborted) return reject(abortError());
    let worker: Worker;
    try {
      worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return reject(new WorkerUnavailable());
    }
    let heard = false;
    const end = () => {
      worker.terminate();
      ctx.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      end();
      reject(abortError());
    };
    ctx.signal?.addEventListener('abort', onAbort);
    worker.onmessage = (e: MessageEvent<ImportReply>) => {
      heard = true;
      const m = e.data;
      if (m.kind === 'progress') return ctx.onProgress?.(m.message);
      end();
      if (m.kind === 'done') resolve(revived(m.load));
      else reject(new Error(m.message));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      end();
      reject(
        heard
          ? new WorkerStopped(e.message || 'the import worker stopped')
          : new WorkerUnavailable(),
      );
    };
    worker.postMessage(request);
  });
}

/**
 * A worker's answer comes as a structured clone: plain data, no class. A
 * file's own vocabulary (a CSV's or GEXF's kinds) is rebuilt from its file
 * content, or every foreign file read in the worker failed to build.
 */
function revived(load: SourceLoad): SourceLoad {
  const v: unknown = load.ok ? load.dataset.vocabulary : undefined;
  if (!load.ok || !v || v instanceof Vocabulary) return load;
  const { file, fileName } = v as Pick<Vocabulary, 'file' | 'fileName'>;
  return { ...load, dataset: { ...load.dataset, vocabulary: new Vocabulary(file, fileName) } };
}

function abortError(): DOMException {
  return new DOMException('Opening was cancelled', 'AbortError');
}
