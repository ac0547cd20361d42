import { fileLayout } from '../cy/fileLayout';
import { startTransition, useCallback, useEffect, useState } from 'react';
import type { Problem } from '../data/problems';
import type { GraphSource, LoadedFromSource } from '../data/source';
import { buildGraph, type LoadReport } from '../graph/build';
import type { ParleyGraph } from '../graph/types';
import type { Dataset } from '../model';
import type { PrecomputedLayout } from '../cy/precomputed';
import { plainError, type PlainError } from '../features/notices/plainError';
import { bundledSource, loadBundledLayout } from './loadBundled';

export type DatasetOrigin =
  { kind: 'bundled' } | { kind: 'opened'; fileName: string; format?: string };

export interface LoadedDataset {
  /** Where it came from; the explorer only asks it for more (one more hop), never what it is. */
  source: GraphSource;
  dataset: Dataset;
  graph: ParleyGraph;
  report: LoadReport;
  /** Warnings (and, for the bundled data, errors) from validation. */
  problems: Problem[];
  /** How a foreign file's fields became Parley's ("label → label"), for the load report. */
  mapping: string[];
  origin: DatasetOrigin;
  /** Shown once when the explorer opens this dataset (what opening a file mapped or could not map). */
  notices?: string[];
  /** Force positions computed ahead of time (the bundled dataset); used only if they still match. */
  layout?: PrecomputedLayout;
  /** The layout is the opened file's own (the layout menu says "From the file"). */
  layoutFromFile?: boolean;
  /** Which columns gave a foreign file's kinds, and the others that could ("Type from"). */
  typeFrom?: LoadedFromSource['typeFrom'];
  /** Read again with kinds from another column: that "Type from" select takes focus. */
  retyped?: 'node' | 'edge';
}

export type DatasetState =
  | { status: 'loading' }
  | { status: 'error'; problems: Problem[]; message: string; error?: PlainError }
  | { status: 'ready'; loaded: LoadedDataset };

/**
 * What any source loaded → what the explorer shows: the graph built, the
 * origin named, what could not be mapped added to the load report. Every
 * source (bundled files, opened files, a stored copy, a SPARQL store) comes
 * through here.
 */
export function loadedFrom(
  source: GraphSource,
  load: LoadedFromSource,
  layout?: PrecomputedLayout,
): LoadedDataset {
  const { graph, report } = buildGraph(load.dataset);
  performance.mark('parley:graph-built');
  // A file that carries its own layout opens in it ("From the file" in the layout menu).
  layout ??= fileLayout(graph, load.dataset.look?.positions);
  // What could not be mapped stays in the load report (Details panel).
  report.warnings.push(
    ...(load.unmapped ??
      load.problems.filter((p) => p.code === 'import-mapping').map((p) => p.message)),
  );
  const origin: DatasetOrigin =
    source.kind === 'bundled'
      ? { kind: 'bundled' }
      : { kind: 'opened', fileName: source.label, format: load.format ?? source.kind };
  return {
    source,
    dataset: load.dataset,
    graph,
    report,
    problems: load.problems,
    mapping: load.mapped ?? [],
    origin,
    notices: load.notices ?? [],
    ...(layout ? { layout } : {}),
    ...(layout && load.dataset.look?.positions ? { layoutFromFile: true } : {}),
    ...(load.typeFrom ? { typeFrom: load.typeFrom } : {}),
  };
}

export function useDataset(initial?: () => Promise<LoadedDataset | undefined>) {
  const [state, setState] = useState<DatasetState>({ status: 'loading' });

  const loadBundled = useCallback(async () => {
    try {
      const source = bundledSource();
      const [r, layout] = await Promise.all([source.load(), loadBundledLayout()]);
      const next: DatasetState = r.ok
        ? { status: 'ready', loaded: loadedFrom(source, r, layout) }
        : { status: 'error', problems: r.problems, message: 'The bundled dataset has errors.' };
      // A transition: React renders the explorer in short slices, letting the
      // page answer input in between, instead of one long task at start-up.
      startTransition(() => setState(next));
    } catch (e) {
      const error = plainError(e, {
        what: 'The bundled dataset could not be loaded.',
        todo: 'Check your connection and press Try again, or open a file of your own.',
      });
      setState({ status: 'error', problems: [], message: error.what, error });
    }
  }, []);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const stored = initial ? await initial().catch(() => undefined) : undefined;
      if (cancelled) return;
      if (stored) setState({ status: 'ready', loaded: stored });
      else await loadBundled();
    })();
    return () => {
      cancelled = true;
    };
    // Runs once: later changes go through replace() and loadBundled().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const replace = useCallback((loaded: LoadedDataset) => setState({ status: 'ready', loaded }), []);
  /** Back to a state shown before (an open cancelled while its graph was drawn). */
  const restore = useCallback((previous: DatasetState) => setState(previous), []);
  return { state, replace, restore, loadBundled };
}
