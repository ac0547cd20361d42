import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { isLarge } from '../../canvas/lod';
import { yieldToPage } from '../../data/yieldToPage';
import { useExplorer, useView } from '../shell';
import type { CommunitySwatch } from './EncodingControls';

type AnalysisModule = typeof import('./analysis');
type Analysis = import('./analysis').Analysis;
type NodeEncoding = ReturnType<AnalysisModule['encodingFor']>;

/** What the importance and community analysis gives the canvas, the legend and Details. */
export interface AnalysisResult {
  /** Node sizes and colours when not the defaults (degree, type); null until computed. */
  encoding: NodeEncoding | null;
  communities: readonly CommunitySwatch[] | null;
  /** An entity's figures in plain words, once computed. */
  importance: (id: string) => string[];
  /** Metrics are being computed (big graphs compute them when asked). */
  computing: boolean;
}

const none: AnalysisResult = {
  encoding: null,
  communities: null,
  importance: () => [],
  computing: false,
};
const AnalysisContext = createContext<AnalysisResult>(none);

export const useAnalysis = (): AnalysisResult => useContext(AnalysisContext);

/**
 * Importance and communities: computed once per graph, off the first paint
 * (idle time), by code loaded on demand. Big graphs compute them only when
 * asked for (Size by / Colour by), betweenness only when sized by it.
 */
export function AnalysisProvider({ children }: { children: ReactNode }) {
  const { graph } = useExplorer();
  const sizeBy = useView((v) => v.sizeBy ?? 'degree');
  const colourBy = useView((v) => v.colourBy ?? 'type');
  const [analysis, setAnalysis] = useState<{ mod: AnalysisModule; a: Analysis } | null>(null);
  const lod = isLarge(graph.order, graph.size);
  const wantAnalysis = !lod || sizeBy !== 'degree' || colourBy !== 'type';
  const wantBetweenness = sizeBy === 'betweenness';
  const analysed =
    analysis !== null &&
    analysis.a.graph === graph &&
    (!wantBetweenness || analysis.a.metrics.values.betweenness.size > 0);
  useEffect(() => {
    if (!wantAnalysis || analysed) return;
    let cancelled = false;
    const run = () =>
      void import('./analysis').then(async (mod) => {
        if (cancelled) return;
        const betweenness = wantBetweenness || !lod;
        const a = await mod.analyseInSteps(graph, { betweenness }, yieldToPage);
        if (!cancelled) setAnalysis({ mod, a });
      });
    if (typeof requestIdleCallback !== 'function') {
      const t = setTimeout(run, 100);
      return () => {
        cancelled = true;
        clearTimeout(t);
      };
    }
    const idle = requestIdleCallback(run, { timeout: 3000 });
    return () => {
      cancelled = true;
      cancelIdleCallback(idle);
    };
  }, [graph, lod, wantAnalysis, wantBetweenness, analysed]);
  const current = analysis?.a.graph === graph ? analysis : null;
  const computing = wantAnalysis && !analysed;
  const encoding = useMemo(
    () =>
      current && (sizeBy !== 'degree' || colourBy !== 'type')
        ? current.mod.encodingFor(current.a, sizeBy, colourBy)
        : null,
    [current, sizeBy, colourBy],
  );
  const communities = useMemo(
    () => (current && colourBy === 'community' ? current.mod.communityLegend(current.a) : null),
    [current, colourBy],
  );
  const importance = useCallback(
    (id: string) => (current ? current.mod.importanceLines(current.a, id) : []),
    [current],
  );
  const value = useMemo<AnalysisResult>(
    () => ({ encoding, communities, importance, computing }),
    [encoding, communities, importance, computing],
  );
  return <AnalysisContext.Provider value={value}>{children}</AnalysisContext.Provider>;
}
