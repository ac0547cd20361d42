import { useCallback, useEffect, useState } from 'react';
import { countErrors, type Problem } from '../data/problems';
import { validateFiles, type InputFile } from '../data/validate';
import { buildGraph, type LoadReport } from '../graph/build';
import type { ParleyGraph } from '../graph/types';
import type { Dataset } from '../model';
import type { PrecomputedLayout } from '../cy/precomputed';
import { loadBundledFiles, loadBundledLayout } from './loadBundled';

export type DatasetOrigin =
  { kind: 'bundled' } | { kind: 'opened'; fileName: string; format?: string };

export interface LoadedDataset {
  dataset: Dataset;
  graph: ParleyGraph;
  report: LoadReport;
  /** Warnings (and, for the bundled data, errors) from validation. */
  problems: Problem[];
  origin: DatasetOrigin;
  /** Shown once when the explorer opens this dataset (what opening a file mapped or could not map). */
  notices?: string[];
  /** Force positions computed ahead of time (the bundled dataset); used only if they still match. */
  layout?: PrecomputedLayout;
}

export type DatasetState =
  | { status: 'loading' }
  | { status: 'error'; problems: Problem[]; message: string }
  | { status: 'ready'; loaded: LoadedDataset };

/** Validates files and builds the graph; errors block (nothing half-loaded is shown). */
export function loadFromFiles(
  files: InputFile[],
  origin: DatasetOrigin,
): { ok: true; loaded: LoadedDataset } | { ok: false; problems: Problem[] } {
  performance.mark('parley:validate-start');
  const { dataset, problems } = validateFiles(files);
  performance.mark('parley:validated');
  if (countErrors(problems) > 0) return { ok: false, problems };
  const { graph, report } = buildGraph(dataset);
  performance.mark('parley:graph-built');
  return { ok: true, loaded: { dataset, graph, report, problems, origin } };
}

/** An already validated dataset (opened, or restored from storage) → graph. */
export function loadFromDataset(
  dataset: Dataset,
  problems: Problem[],
  origin: DatasetOrigin,
  notices: string[] = [],
): LoadedDataset {
  const { graph, report } = buildGraph(dataset);
  // What an opened file could not map stays in the load report (Details panel).
  report.warnings.push(
    ...problems.filter((p) => p.code === 'import-mapping').map((p) => p.message),
  );
  return { dataset, graph, report, problems, origin, notices };
}

export function useDataset(initial?: () => Promise<LoadedDataset | undefined>) {
  const [state, setState] = useState<DatasetState>({ status: 'loading' });

  const loadBundled = useCallback(async () => {
    try {
      const [files, layout] = await Promise.all([loadBundledFiles(), loadBundledLayout()]);
      const r = loadFromFiles(files, { kind: 'bundled' });
      setState(
        r.ok
          ? { status: 'ready', loaded: layout ? { ...r.loaded, layout } : r.loaded }
          : { status: 'error', problems: r.problems, message: 'The bundled dataset has errors.' },
      );
    } catch (e) {
      setState({
        status: 'error',
        problems: [],
        message: `Could not load the bundled dataset: ${String(e)}`,
      });
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
  return { state, replace, loadBundled };
}
