import type { ElementDefinition } from 'cytoscape';
import { Suspense, useCallback, useEffect, useMemo } from 'react';
import { isLarge } from '../canvas/lod';
import type { CanvasMarks } from '../canvas/timeMarks';
import type { Positions } from '../cy/timeline';
import { useAnalysis } from '../features/encoding/useAnalysis';
import { useExplorer, useSession, useShown, useView } from '../features/shell';
import { laterThan, titleAsOf } from '../graph/months';
import { ErrorBoundary } from './ErrorBoundary';
import { GraphLoading, GraphView } from './LazyGraphView';

interface Props {
  elements: ElementDefinition[];
  precomputed: Positions | undefined;
  theme: 'light' | 'dark';
  /** Told once the graph has drawn (an opened file is kept in the browser only then). */
  onDrawn?: (() => void) | undefined;
}

/** The part of the canvas the panels over it cover: their side on a desktop, their bottom on a phone. */
function coveredInsets(): { left?: number; bottom?: number; top?: number } {
  const panel = document.querySelector('[data-covers-canvas]')?.firstElementChild;
  const rect = panel?.getBoundingClientRect();
  const stage = document.querySelector('.stage')?.getBoundingClientRect();
  if (!rect || !stage || rect.width === 0) return {};
  const top = 56; // the toolbar
  return rect.width > stage.width * 0.8
    ? { top, bottom: Math.max(0, stage.bottom - rect.top) }
    : { left: Math.max(0, rect.right - stage.left) };
}

/**
 * The canvas, fed from the stores: what is shown, the selection, the marks
 * panels publish (session), "as of" fading and titles, the encoding.
 */
export function GraphStage({ elements, precomputed, theme, onDrawn }: Props) {
  const { graph, actions, onResetToBundled, layoutFromFile } = useExplorer();
  const { visible, base, focusCenter } = useShown();
  const selection = useView((v) => v.selection);
  const layout = useView((v) => v.layout);
  const expanded = useView((v) => v.expanded);
  const pinned = useView((v) => v.pinned);
  const depth = useView((v) => v.focusDepth);
  const asOf = useView((v) => v.asOf);
  const centerNonce = useSession((s) => s.centerNonce);
  const fitNonce = useSession((s) => s.fitNonce);
  const panelMarks = useSession((s) => s.marks);
  const path = useSession((s) => s.path);
  const { encoding } = useAnalysis();
  const lod = isLarge(graph.order, graph.size);

  // A focused network is framed whole.
  useEffect(() => {
    if (focusCenter) actions.fit();
  }, [focusCenter, depth, actions]);

  // "As of": later meetings fade, people carry the title they held then; an
  // open panel (thread, comparison) highlights its part of the graph.
  const thread = Object.values(panelMarks).at(-1);
  const marks = useMemo<CanvasMarks>(() => {
    const m: CanvasMarks = thread ? { thread } : {};
    if (!asOf) return m;
    const titles = new Map<string, string>();
    graph.forEachNode((n, a) => {
      const t = a.type === 'person' ? titleAsOf(graph, n, asOf) : undefined;
      if (t) titles.set(n, t);
    });
    return { ...m, later: laterThan(graph, asOf), titles };
  }, [graph, asOf, thread]);
  const onStatus = useCallback(
    (status: string) => {
      if (status !== 'busy') onDrawn?.();
    },
    [onDrawn],
  );
  return (
    <ErrorBoundary name="graph" onResetToBundled={onResetToBundled}>
      <Suspense fallback={<GraphLoading />}>
        <GraphView
          onStatus={onStatus}
          graph={graph}
          elements={elements}
          visible={visible}
          selection={selection}
          layout={layout}
          centerNonce={centerNonce}
          fitNonce={fitNonce}
          onSelect={actions.selectOnCanvas}
          onFocus={actions.focusOn}
          onCy={actions.setCy}
          marks={marks}
          path={path}
          pathInsets={coveredInsets}
          encoding={encoding}
          theme={theme}
          precomputed={precomputed}
          layoutFromFile={layoutFromFile}
          layoutBase={base}
          expanded={expanded}
          pinned={lod ? undefined : pinned}
          onPin={actions.pin}
        />
      </Suspense>
    </ErrorBoundary>
  );
}
