import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_OPEN_BYTES, sizeProblem } from '../../data/importers/limits';
import type { TypeFrom } from '../../data/importers/types';
import type { Problem } from '../../data/problems';
import type { GraphSource } from '../../data/source';
import { plainError } from '../notices/plainError';
import type { Drawing, OpenedDataset, OpenState } from './types';
import { WorkerStopped } from './workerStopped';

const loadOpener = () => import('./openFile');
const loadFolderOpener = () => import('./openFolder');

/** Files picked from a folder (input webkitdirectory) or dropped as one: each with its path in it. */
const inFolder = (paths: readonly string[] | undefined): paths is readonly string[] =>
  !!paths && paths.length > 0 && paths.every((p) => p.includes('/'));

/**
 * A failure that is not about the file's content, in plain words: the part
 * of Parley that reads files did not download, the reading worker stopped
 * (often out of memory), or something else; the raw error goes to the
 * dialog's "Technical details".
 */
export function openFailure(fileName: string, e: unknown): Problem {
  const { what, todo, detail } = plainError(e, {
    what:
      e instanceof WorkerStopped
        ? 'Reading the file stopped before it finished'
        : 'The file could not be opened',
    todo:
      e instanceof WorkerStopped
        ? 'The file may be too big for this device’s memory: close other tabs and try again, or open a smaller file. The current graph is unchanged.'
        : 'Try again; check that it is a Parley bundle, graphology JSON, GEXF, GraphML, Turtle, JSON-LD or CSV file. The current graph is unchanged.',
  });
  return {
    severity: 'error',
    code: 'unsupported-format',
    file: fileName,
    message: what.replace(/\.$/, ''),
    hint: todo,
    ...(detail ? { detail } : {}),
  };
}

/**
 * Open… as a small state machine: idle → busy → idle (the dataset is handed
 * to `onOpened`, and, when it says how, drawn) or failed (every problem kept
 * for the dialog; the current graph is never touched) or cancelled (while
 * the file is read, checked or drawn: `onOpened`'s undo puts the previous
 * graph back). The size limit is checked before anything is read or the
 * parsing code is even loaded.
 */
export function useOpenDataset(
  onOpened: (opened: OpenedDataset) => void | Drawing,
  maxBytes: number = MAX_OPEN_BYTES,
) {
  const [state, setState] = useState<OpenState>({ kind: 'idle' });
  const onOpenedRef = useRef(onOpened);
  useEffect(() => {
    onOpenedRef.current = onOpened;
  }, [onOpened]);
  const run = useRef(0);
  const controller = useRef<AbortController | null>(null);
  /** Puts the previous graph back while the opened one is still being drawn. */
  const undo = useRef<(() => void) | null>(null);

  /** The dataset handed over: still busy, with Cancel, until its graph is drawn. */
  const handOver = useCallback(async (id: number, fileName: string, opened: OpenedDataset) => {
    const drawing = onOpenedRef.current(opened);
    if (drawing && id === run.current) {
      undo.current = drawing.undo;
      setState({ kind: 'busy', fileName, progress: 'Drawing the graph…' });
      await drawing.drawn;
      if (id !== run.current) return; // Cancel pressed meanwhile
      undo.current = null;
    }
    if (id === run.current) setState({ kind: 'idle' });
  }, []);

  /** A dataset folder: vocabulary, sources and data together, read on the main thread. */
  const openFolder = useCallback(
    async (id: number, files: readonly File[], paths: readonly string[]) => {
      const fileName = paths[0]?.split('/')[0] || 'folder';
      const bytes = files.reduce((n, f) => n + f.size, 0);
      const tooLarge = sizeProblem(fileName, bytes, maxBytes);
      if (tooLarge) {
        setState({ kind: 'failed', fileName, problems: [tooLarge] });
        return;
      }
      setState({ kind: 'busy', fileName });
      controller.current?.abort();
      const abort = (controller.current = new AbortController());
      await new Promise((r) => setTimeout(r, 0));
      try {
        const { openDatasetFolder } = await loadFolderOpener();
        const picked = files.map((file, i) => ({ file, path: paths[i] ?? file.name }));
        const result = await openDatasetFolder(fileName, picked, {
          signal: abort.signal,
          onProgress: (progress) => {
            if (id === run.current) setState({ kind: 'busy', fileName, progress });
          },
        });
        if (id !== run.current) return;
        if (!result.ok) {
          setState({ kind: 'failed', fileName, problems: result.problems });
          return;
        }
        await handOver(id, fileName, result.opened);
      } catch (e) {
        if (id !== run.current) return;
        console.warn('Parley: opening the folder failed', e);
        setState({ kind: 'failed', fileName, problems: [openFailure(fileName, e)] });
      }
    },
    [maxBytes, handOver],
  );

  const open = useCallback(
    async (files: readonly File[], paths?: readonly string[]) => {
      const id = ++run.current;
      undo.current = null; // a graph still drawing stays: it is the one shown now
      const file = files[0];
      if (!file) return;
      if (inFolder(paths) && paths.length === files.length) {
        await openFolder(id, files, paths);
        return;
      }
      // Two files open together only as a nodes + edges CSV pair.
      const csvPair = files.length === 2 && files.every((f) => /\.(csv|tsv)$/i.test(f.name));
      if (files.length > 1 && !csvPair) {
        setState({
          kind: 'failed',
          fileName: files.map((f) => f.name).join(', '),
          problems: [
            {
              severity: 'error',
              code: 'unsupported-format',
              file: `${files.length} files`,
              message:
                'Parley opens one file at a time (or a nodes and an edges CSV file together)',
              hint: 'Drop or pick a single bundle, graphology JSON, GEXF, GraphML, Turtle or JSON-LD file, or the two CSV files of a Parley export.',
            },
          ],
        });
        return;
      }
      const fileName = files.map((f) => f.name).join(' + ');
      const tooLarge = files
        .map((f) => sizeProblem(f.name, f.size, maxBytes))
        .find((p) => p !== undefined);
      if (tooLarge) {
        setState({ kind: 'failed', fileName, problems: [tooLarge] });
        return;
      }
      setState({ kind: 'busy', fileName });
      performance.mark('parley:open-start');
      controller.current?.abort();
      const abort = (controller.current = new AbortController());
      // Let the "Opening…" status paint before parsing takes the main thread.
      await new Promise((r) => setTimeout(r, 0));
      try {
        const { openDatasetFile } = await loadOpener();
        const result = await openDatasetFile(csvPair ? files : file, maxBytes, {
          signal: abort.signal,
          onProgress: (progress) => {
            if (id === run.current) setState({ kind: 'busy', fileName, progress });
          },
        });
        performance.mark('parley:open-parsed');
        if (id !== run.current) return; // a newer file was picked, or Cancel pressed
        if (!result.ok) {
          setState({ kind: 'failed', fileName, problems: result.problems });
          return;
        }
        await handOver(id, fileName, result.opened);
        performance.mark('parley:open-done');
      } catch (e) {
        if (id !== run.current) return;
        console.warn('Parley: opening the file failed', e);
        setState({ kind: 'failed', fileName, problems: [openFailure(fileName, e)] });
      }
    },
    [maxBytes, openFolder, handOver],
  );

  /**
   * The same file read again with kinds from other columns ("Type from" in
   * the load report), with the same status, Cancel and failure dialog as
   * opening it; the source must still hold its files (`retype`).
   */
  const retype = useCallback(
    async (source: GraphSource, typeFrom: TypeFrom, which: 'node' | 'edge') => {
      const next = source.retype?.(typeFrom);
      if (!next) return;
      const id = ++run.current;
      undo.current = null; // a graph still drawing stays: it is the one shown now
      const fileName = source.label;
      setState({ kind: 'busy', fileName });
      controller.current?.abort();
      const abort = (controller.current = new AbortController());
      await new Promise((r) => setTimeout(r, 0));
      try {
        const load = await next.load({
          signal: abort.signal,
          onProgress: (progress) => {
            if (id === run.current) setState({ kind: 'busy', fileName, progress });
          },
        });
        if (id !== run.current) return;
        if (!load.ok) {
          setState({ kind: 'failed', fileName, problems: load.problems });
          return;
        }
        await handOver(id, fileName, { source: next, load, retyped: which });
      } catch (e) {
        if (id !== run.current) return;
        setState({ kind: 'failed', fileName, problems: [openFailure(fileName, e)] });
      }
    },
    [handOver],
  );

  const dismiss = useCallback(() => setState({ kind: 'idle' }), []);
  /**
   * Stops the open in progress (a reading worker is terminated; a graph being
   * drawn gives way to the previous one): the graph is as it was.
   */
  const cancel = useCallback(() => {
    run.current++;
    controller.current?.abort();
    controller.current = null;
    undo.current?.();
    undo.current = null;
    setState((s) => (s.kind === 'busy' ? { kind: 'cancelled', fileName: s.fileName } : s));
  }, []);
  return { state, open, retype, dismiss, cancel };
}
