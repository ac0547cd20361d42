import type { Core } from 'cytoscape';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import { isLarge } from '../canvas/lod';
import type { CanvasMarks } from '../canvas/timeMarks';
import type { PathMarks } from '../canvas/pathHighlight';
import { toElements } from '../cy/elements';
import { matchingPositions, placeElements } from '../cy/precomputed';
import { visibleElements, type GraphFilter } from '../graph/filter';
import { withEdits } from '../graph/expand';
import { canRedo, canUndo, historyReducer, startHistory } from '../state/viewHistory';
import { useViewEdits } from '../features/expand/useViewEdits';
import { useViewEditCommands } from '../features/expand/useViewEditCommands';
import { ViewHistoryButtons } from '../features/expand/ViewHistoryButtons';
import { laterThan, titleAsOf, type MonthKey, type MonthRange } from '../graph/months';
import type { ColourBy, Measure } from '../graph/measures';
import { lazySearchIndex } from '../graph/search';
import { timeWindow } from '../graph/timeWindow';
import { shownTypeOf, vocabularyOf } from '../graph/vocabulary';
import type { ViewContext } from '../state/urlCodec';
import {
  INITIAL_VIEW,
  filtersActive,
  type ConnectionQuery,
  type ListTable,
  type Selection,
} from '../state/viewState';
import { useConnectionCommands } from '../features/connection/commands';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { EmbedCard } from '../features/embed/EmbedCard';
import { ErrorBoundary } from './ErrorBoundary';
import { LazyPanel } from './LazyPanel';
import { EncodingControls } from '../features/encoding/EncodingControls';
import { FiltersPanel } from '../features/filters/FiltersPanel';
import { Legend } from '../features/legend/Legend';
import { Notices, type Notice } from '../features/notices/Notices';
import { TopBarMenu } from '../features/topbar/TopBarMenu';
import { SearchBox, type SearchBoxHandle } from '../features/search/SearchBox';
import type { StoreSearch } from '../features/search/useStoreHits';
import type { SourceHit } from '../data/source';
import { Toolbar } from '../features/toolbar/Toolbar';
import { HelpDialog } from '../features/help/HelpDialog';
import { ThemeSwitch, useTheme } from '../features/theme';
import { useEscapeLayer } from '../features/shortcuts';
import { CopyLinkButton } from '../features/toolbar/CopyLinkButton';
import { ToolButton } from '../features/toolbar/ToolbarMenu';
import { DatasetSummary } from './DatasetSummary';
import type { LoadedDataset } from './useDataset';
import { useThreadCommands } from '../features/thread/useThreadCommands';
import { ViewSwitch } from '../features/list/ViewSwitch';
import { useListCommands } from '../features/list/useListCommands';
import { focusRegion } from './regions';
import { GraphLoading, GraphView } from './LazyGraphView';
import { useExplorerCommands } from './useExplorerCommands';
import { useUrlState } from './useUrlState';
import { yieldToPage } from '../data/yieldToPage';
import { ArticleContext, useArticleOpener } from '../features/article/showInArticle';
import { parseQuoteKey } from '../graph/quoteKey';
import type { ViewState } from '../state/viewState';

// Loaded on demand: the time bar (d3-scale, d3-brush), threads and comparisons.
const TimeBar = lazy(() => import('../features/timebar/TimeBar'));
const ThreadPanel = lazy(() => import('../features/thread/ThreadPanel'));
const ComparePanel = lazy(() => import('../features/compare/ComparePanel'));
// Path search and its panel load on demand, at the first "Find connection".
const ConnectionPanel = lazy(() => import('../features/connection/ConnectionPanel'));
// The List view (TanStack Table and Virtual) loads at the first switch to List.
const ListView = lazy(() => import('../features/list/ListView'));
// The Article (a source's full text with its quotes marked) loads at the first "Show in article".
const ArticlePanel = lazy(() => import('../features/article/ArticlePanel'));
type AnalysisModule = typeof import('../features/encoding/analysis');
type Analysis = import('../features/encoding/analysis').Analysis;

interface Props {
  loaded: LoadedDataset;
  /** Extra controls for the top bar (export, open), given the live Cytoscape instance. */
  renderActions?: (ctx: {
    cy: Core | null;
    loaded: LoadedDataset;
    visible: ReturnType<typeof visibleElements>;
    describe: string;
    /** Selects an entity as a search pick does (focus to Details). */
    navigate: (id: string) => void;
    /** Selects a relation (Details shows it with its quotes). */
    selectRelation: (id: string) => void;
  }) => React.ReactNode;
  initialNotices?: Notice[];
  /** Called once the graph has drawn (an opened file is kept in the browser only then). */
  onDrawn?: (loaded: LoadedDataset) => void;
  /** Offered by the panels' error boundaries. */
  onResetToBundled?: () => void;
  /**
   * A source that holds more than it loaded (a SPARQL store): Show neighbours
   * first fetches one more hop around the entity, which resolves once the
   * grown dataset is on screen; `mayLoadMore` says where there is more.
   */
  beforeExpand?: (id: string) => Promise<void>;
  mayLoadMore?: (id: string) => boolean;
  /** The same source's search, asked as you type in the top bar's search. */
  searchStore?: (text: string, signal: AbortSignal) => Promise<SourceHit[]>;
  /** `embed=1`: the layout for an iframe (graph, search, one compact card; features/embed). */
  embed?: boolean;
}

/** Skip links focus their region without touching the address. */
const skipTo = (selector: string) => (e: React.MouseEvent) => {
  e.preventDefault();
  focusRegion(selector);
};

export function Explorer({
  loaded,
  renderActions,
  initialNotices = [],
  onDrawn,
  onResetToBundled,
  beforeExpand,
  mayLoadMore,
  searchStore,
  embed = false,
}: Props) {
  const { graph, dataset } = loaded;
  const [history, dispatch] = useReducer(historyReducer, INITIAL_VIEW, startHistory);
  const view = history.present;
  const [cy, setCy] = useState<Core | null>(null);
  const [notices, setNotices] = useState<Notice[]>(initialNotices);
  const [centerNonce, setCenterNonce] = useState(0);
  const [fitNonce, setFitNonce] = useState(0);
  const [sidebarOpen, setSidebarOpen] = useState(false);
  // Phone: the Filters drawer closes by its button, a tap on the scrim or Escape; focus returns to the toggle.
  const filtersToggleRef = useRef<HTMLButtonElement>(null);
  const drawerCloseRef = useRef<HTMLButtonElement>(null);
  const closeDrawer = useCallback(() => {
    setSidebarOpen(false);
    filtersToggleRef.current?.focus();
  }, []);
  useEscapeLayer(sidebarOpen, closeDrawer);
  useEffect(() => {
    if (sidebarOpen) drawerCloseRef.current?.focus();
  }, [sidebarOpen]);
  const searchRef = useRef<SearchBoxHandle>(null);
  // Find connection: the panel is open while asked for or while a connection is shown.
  const [connectionAsked, setConnectionAsked] = useState<{ from?: string } | null>(null);
  const [pathMarks, setPathMarks] = useState<PathMarks | null>(null);
  const connectionSlot = useRef<HTMLDivElement>(null);
  const connectionButton = useRef<HTMLButtonElement>(null);
  const [analysis, setAnalysis] = useState<{ mod: AnalysisModule; a: Analysis } | null>(null);

  // The bundled dataset ships its force positions: drawn in place at once.
  const precomputed = useMemo(
    () => matchingPositions(toElements(graph), loaded.layout),
    [graph, loaded.layout],
  );
  const elements = useMemo(() => {
    const base = toElements(graph);
    return precomputed ? placeElements(base, precomputed) : base;
  }, [graph, precomputed]);
  const index = useMemo(() => lazySearchIndex(graph), [graph]);
  useEffect(() => {
    // Built while the page is idle (the force layout runs in a worker), or at the first search.
    if (typeof requestIdleCallback !== 'function') return index.warm();
    const id = requestIdleCallback(() => index.warm(), { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }, [index]);
  const sources = useMemo(() => new Map(dataset.sources.map((s) => [s.id, s])), [dataset]);
  const ctx: ViewContext = useMemo(
    () => ({
      hasEntity: (id) => graph.hasNode(id),
      hasRelation: (id) => graph.hasEdge(id),
      relationTypes: new Set(graph.mapEdges((_e, a) => a.type)),
      hasSource: (id) => sources.has(id) && !!loaded.source.hasSourceText?.(id),
      quoteSource: (key) => {
        const k = parseQuoteKey(key);
        return k && graph.hasEdge(k.relation)
          ? graph.getEdgeAttribute(k.relation, 'evidence')[k.index]?.source
          : undefined;
      },
      addedTypes: new Set(vocabularyOf(graph).entityTypes.map((t) => t.id)),
    }),
    [graph, sources, loaded.source],
  );
  const setArticle = useCallback(
    (article: ViewState['article']) => dispatch({ type: 'setArticle', article }),
    [],
  );
  const articleOpener = useArticleOpener(loaded.source, setArticle);
  const loadSourceText = useMemo(
    () => loaded.source.loadSourceText?.bind(loaded.source),
    [loaded.source],
  );

  useUrlState(view, dispatch, ctx, (n) => {
    setNotices((prev) => (n.length ? n : prev));
    setCenterNonce((x) => x + 1);
  });

  // What the panels (Details, Thread, Comparison) show of time: the range, or up to "as of".
  const panelWindow = useMemo(() => timeWindow(view.period, view.asOf), [view.period, view.asOf]);
  const focusCenter =
    view.focusDepth > 0 && view.focusCenter && graph.hasNode(view.focusCenter)
      ? view.focusCenter
      : undefined;
  const filter = useMemo<GraphFilter>(
    () => ({
      hiddenTypes: view.hiddenTypes,
      hiddenRelations: view.hiddenRelations,
      ...(view.period && !view.asOf ? { period: view.period } : {}),
      hideIsolated: view.hideIsolated,
      ...(focusCenter ? { focus: { center: focusCenter, depth: view.focusDepth } } : {}),
    }),
    [
      view.hiddenTypes,
      view.hiddenRelations,
      view.period,
      view.asOf,
      view.hideIsolated,
      focusCenter,
      view.focusDepth,
    ],
  );
  // What layouts follow; Show neighbours and Hide edit it without a relayout.
  const baseVisible = useMemo(() => visibleElements(graph, filter), [graph, filter]);
  const visible = useMemo(
    () => withEdits(graph, filter, baseVisible, { expanded: view.expanded, hidden: view.hidden }),
    [graph, filter, baseVisible, view.expanded, view.hidden],
  );
  const edits = useViewEdits({
    graph,
    filter,
    shown: visible.nodes,
    hidden: view.hidden,
    dispatch,
    ...(beforeExpand && mayLoadMore ? { beforeExpand, mayLoadMore } : {}),
  });
  useViewEditCommands(view.selection, edits);
  const onPin = useCallback(
    (positions: Map<string, { x: number; y: number }>) => dispatch({ type: 'pin', positions }),
    [],
  );

  useEffect(() => {
    if (focusCenter) setFitNonce((x) => x + 1);
  }, [focusCenter, view.focusDepth]);

  const totalCounts = loaded.report.entitiesByType;
  const visibleCounts = useMemo(() => {
    const c: Record<string, number> = {};
    for (const n of visible.nodes) {
      const t = shownTypeOf(graph.getNodeAttributes(n));
      c[t] = (c[t] ?? 0) + 1;
    }
    return c;
  }, [visible, graph]);
  const hiddenCount = graph.order - visible.nodes.size;
  const lod = isLarge(graph.order, graph.size);

  // Picked on the canvas: inside the view, so a focused network stays put.
  const select = useCallback(
    (selection: Selection) => dispatch({ type: 'select', selection, within: true }),
    [],
  );
  const visibleNow = useRef(visible.nodes);
  visibleNow.current = visible.nodes;
  // Search picks and Details links move focus to the new Details heading.
  const [detailsFocus, setDetailsFocus] = useState(0);
  const navigate = useCallback((id: string) => {
    const within = visibleNow.current.has(id);
    dispatch({ type: 'select', selection: { kind: 'entity', id }, within });
    setCenterNonce((x) => x + 1);
    setDetailsFocus((x) => x + 1);
  }, []);
  const focusOn = useCallback((id: string) => {
    dispatch({ type: 'select', selection: { kind: 'entity', id } });
    dispatch({ type: 'focus', depth: 1 });
  }, []);
  // A store's matches in the top bar's search: picking one brings it onto the graph first.
  const graphNow = useRef(graph);
  graphNow.current = graph;
  const store = useMemo<StoreSearch | undefined>(
    () =>
      searchStore && beforeExpand
        ? {
            search: searchStore,
            has: (id) => graphNow.current.hasNode(id),
            pick: (id) =>
              void beforeExpand(id).then(
                () => navigate(id),
                () => undefined, // cancelled, or the failure is shown
              ),
          }
        : undefined,
    [searchStore, beforeExpand, navigate],
  );
  const onCy = useCallback((c: Core | null) => setCy(c), []);
  const onGraphStatus = useCallback(
    (status: string) => {
      if (status !== 'busy') onDrawn?.(loaded);
    },
    [onDrawn, loaded],
  );
  // Stable callbacks and props, so that a selection or a filter change
  // re-renders only the panels it concerns (the memoized ones skip).
  const toggleType = useCallback(
    (t: string) => dispatch({ type: 'toggleType', entityType: t }),
    [],
  );
  const toggleRelation = useCallback(
    (t: string) => dispatch({ type: 'toggleRelation', relationType: t }),
    [],
  );
  const setPeriod = useCallback(
    (period: MonthRange | undefined) => dispatch({ type: 'setPeriod', period }),
    [],
  );
  const setAsOf = useCallback(
    (asOf: MonthKey | undefined) => dispatch({ type: 'setAsOf', asOf }),
    [],
  );
  const showThread = useCallback(
    (id: string | undefined) => dispatch({ type: 'setThread', id }),
    [],
  );
  const closeThread = useCallback(() => dispatch({ type: 'setThread', id: undefined }), []);
  const setCompare = useCallback(
    (meetings: readonly [string, string] | undefined) => dispatch({ type: 'setCompare', meetings }),
    [],
  );
  const compareWith = useCallback((id: string) => setCompare([id, '']), [setCompare]);
  const closeCompare = useCallback(() => setCompare(undefined), [setCompare]);
  const comparing = view.compare !== undefined;
  const toggleCompare = useCallback(
    () => setCompare(comparing ? undefined : ['', '']),
    [setCompare, comparing],
  );

  // "As of": later meetings fade, people carry the title they held then; the
  // open thread or comparison highlights its part of the graph.
  const [panelMarks, setPanelMarks] = useState<CanvasMarks['thread']>();
  const marks = useMemo<CanvasMarks>(() => {
    const m: CanvasMarks = panelMarks ? { thread: panelMarks } : {};
    const asOf = view.asOf;
    if (!asOf) return m;
    const titles = new Map<string, string>();
    graph.forEachNode((n, a) => {
      const t = a.type === 'person' ? titleAsOf(graph, n, asOf) : undefined;
      if (t) titles.set(n, t);
    });
    return { ...m, later: laterThan(graph, asOf), titles };
  }, [graph, view.asOf, panelMarks]);
  const captionBase = useMemo(
    () =>
      `${dataset.title ?? 'Parley dataset'}; ${dataset.sources.length} ${dataset.sources.length === 1 ? 'source' : 'sources'}.`,
    [dataset],
  );
  const setHideIsolated = useCallback(
    (value: boolean) => dispatch({ type: 'setHideIsolated', value }),
    [],
  );
  const selectRelation = useCallback((id: string) => {
    dispatch({ type: 'select', selection: { kind: 'relation', id } });
    setDetailsFocus((x) => x + 1);
  }, []);
  const focus = useCallback((depth: 0 | 1 | 2) => dispatch({ type: 'focus', depth }), []);
  const clear = useCallback(() => dispatch({ type: 'clear' }), []);
  const setConnection = useCallback(
    (connection: ConnectionQuery | undefined) => dispatch({ type: 'setConnection', connection }),
    [],
  );
  const closeConnection = useCallback(() => {
    setConnectionAsked(null);
    dispatch({ type: 'setConnection', connection: undefined });
    // Focus is never lost: it goes back to the button that opens the panel.
    if (!connectionSlot.current?.contains(document.activeElement)) return;
    connectionButton.current?.focus();
    // On a phone the button sits in the shut "More" menu: focus goes to "More".
    if (document.activeElement !== connectionButton.current)
      document.querySelector<HTMLElement>('[data-more-button]')?.focus();
  }, []);
  const findConnectionFrom = useCallback((id: string) => {
    setConnectionAsked({ from: id });
    dispatch({ type: 'setConnection', connection: undefined });
  }, []);
  const connectionOpen = connectionAsked !== null || view.connection !== undefined;
  const toggleConnection = useCallback(
    () => (connectionOpen ? closeConnection() : setConnectionAsked({})),
    [connectionOpen, closeConnection],
  );
  useConnectionCommands(toggleConnection);
  // The part of the canvas the panel covers: its side on a desktop, its bottom on a phone.
  const pathInsets = useCallback(() => {
    const panel = connectionSlot.current?.firstElementChild?.getBoundingClientRect();
    const stage = connectionSlot.current?.parentElement?.getBoundingClientRect();
    if (!panel || !stage || panel.width === 0) return {};
    const top = 56; // the toolbar
    return panel.width > stage.width * 0.8
      ? { top, bottom: Math.max(0, stage.bottom - panel.top) }
      : { left: Math.max(0, panel.right - stage.left) };
  }, []);
  const summary = useMemo(
    () => <DatasetSummary loaded={loaded} onNavigate={navigate} />,
    [loaded, navigate],
  );

  const [theme, setTheme] = useTheme();
  const [helpOpen, setHelpOpen] = useState(false);
  const helpButtonRef = useRef<HTMLButtonElement>(null);
  const closeHelp = useCallback(() => {
    setHelpOpen(false);
    helpButtonRef.current?.focus();
  }, []);
  const fit = useCallback(() => setFitNonce((x) => x + 1), []);
  useExplorerCommands({ cy, searchRef, clear, fit, openHelp: () => setHelpOpen(true) });
  useThreadCommands({
    graph,
    selection: view.selection,
    showThread,
    compare: compareWith,
  });

  // Importance and communities: computed once per graph, off the first paint
  // (idle time), by code loaded on demand. Big graphs compute them only when
  // asked for (Size by / Colour by), betweenness only when sized by it.
  const sizeBy = view.sizeBy ?? 'degree';
  const colourBy = view.colourBy ?? 'type';
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
      void import('../features/encoding/analysis').then(async (mod) => {
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
  const setEncoding = useCallback(
    (change: { sizeBy?: Measure; colourBy?: ColourBy }) =>
      dispatch({ type: 'setEncoding', ...change }),
    [],
  );

  const describe = useMemo(() => {
    const parts: string[] = [];
    if (view.focusCenter && view.focusDepth > 0)
      parts.push(`${view.focusCenter}-ego${view.focusDepth}`);
    else if (view.selection) parts.push(view.selection.id);
    if (view.asOf) parts.push(`as-of-${view.asOf}`);
    else if (view.period) parts.push(`${view.period[0]}-${view.period[1]}`);
    if (view.hiddenTypes.size || view.hiddenRelations.size || view.hideIsolated)
      parts.push('filtered');
    if (view.connection) parts.push(`path-${view.connection.from}-${view.connection.to}`);
    return parts.join('-');
  }, [view]);

  // Graph | List. The L key also moves focus into what it shows; the buttons keep it.
  const listMode = view.list !== undefined;
  const [listAutoFocus, setListAutoFocus] = useState(false);
  const showList = useCallback((on: boolean) => {
    setListAutoFocus(false);
    dispatch({ type: 'setList', list: on ? 'entities' : undefined });
  }, []);
  const setListTable = useCallback((list: ListTable) => dispatch({ type: 'setList', list }), []);
  const toggleListByKey = useCallback(() => {
    if (listMode) {
      dispatch({ type: 'setList', list: undefined });
      requestAnimationFrame(() => focusRegion('[data-testid="graph"]'));
    } else {
      setListAutoFocus(true);
      dispatch({ type: 'setList', list: 'entities' });
    }
  }, [listMode]);
  useListCommands(toggleListByKey);
  const selectFromList = useCallback((selection: Selection) => {
    dispatch({ type: 'select', selection, within: true });
    // The canvas, hidden behind the list, frames it for when the graph comes back.
    setCenterNonce((x) => x + 1);
  }, []);

  const selectedLabel = focusCenter ? graph.getNodeAttribute(focusCenter, 'label') : undefined;

  const shell = (
    <div className={`app${sidebarOpen ? ' sidebar-open' : ''}${embed ? ' embed' : ''}`}>
      <div className="skip-links">
        {listMode ? (
          <a href="#list" onClick={skipTo('#list')}>
            Skip to list
          </a>
        ) : (
          <a href="#graph" onClick={skipTo('[data-testid="graph"]')}>
            Skip to graph
          </a>
        )}
        <a href="#details" onClick={skipTo('#details')}>
          Skip to details
        </a>
      </div>
      <header className="topbar">
        <h1 className="brand">
          Parley{' '}
          <span className="tagline">who met whom, what was agreed, and on what evidence</span>
        </h1>
        <SearchBox ref={searchRef} index={index} onPick={navigate} store={store} />
        <TopBarMenu>
          <button
            ref={filtersToggleRef}
            type="button"
            className="sidebar-toggle"
            aria-expanded={sidebarOpen}
            aria-controls="sidebar"
            onClick={() => setSidebarOpen((o) => !o)}
          >
            Filters
          </button>
          {renderActions?.({ cy, loaded, visible, describe, navigate, selectRelation })}
          <ThemeSwitch theme={theme} onChange={setTheme} />
          <button
            ref={helpButtonRef}
            type="button"
            className="help-button"
            aria-haspopup="dialog"
            title="Keyboard shortcuts (?)"
            onClick={() => setHelpOpen(true)}
          >
            Help
          </button>
        </TopBarMenu>
      </header>
      <Notices notices={notices} onDismiss={() => setNotices([])} />
      {sidebarOpen && <div className="drawer-scrim" aria-hidden="true" onClick={closeDrawer} />}
      <nav id="sidebar" className="sidebar" aria-label="Legend and filters">
        <button
          ref={drawerCloseRef}
          type="button"
          className="drawer-close icon-button"
          aria-label="Close filters"
          onClick={closeDrawer}
        >
          ×
        </button>
        <ErrorBoundary name="legend and filters" onResetToBundled={onResetToBundled}>
          <Legend
            visibleCounts={visibleCounts}
            totalCounts={totalCounts}
            hidden={view.hiddenTypes}
            onToggle={toggleType}
          />
          <EncodingControls
            sizeBy={sizeBy}
            colourBy={colourBy}
            onChange={setEncoding}
            communities={communities}
            computing={wantAnalysis && !analysed}
          />
          <FiltersPanel
            relationCounts={loaded.report.relationsByType}
            hiddenRelations={view.hiddenRelations}
            onToggleRelation={toggleRelation}
            hideIsolated={view.hideIsolated}
            onHideIsolated={setHideIsolated}
          />
        </ErrorBoundary>
      </nav>
      <main
        className={`stage with-timebar${listMode ? ' list-mode' : ''}${filtersActive(view) ? ' filtered' : ''}`}
      >
        <Toolbar
          cy={cy}
          layout={view.layout}
          onLayout={(layout) => dispatch({ type: 'setLayout', layout })}
          onFit={fit}
          lead={<ViewSwitch list={listMode} onList={showList} />}
          graphControls={!listMode}
          layoutFromFile={loaded.layoutFromFile}
        >
          <ViewHistoryButtons
            canUndo={canUndo(history)}
            canRedo={canRedo(history)}
            pinned={view.pinned.size}
            onUndo={() => dispatch({ type: 'undo' })}
            onRedo={() => dispatch({ type: 'redo' })}
            onUnpinAll={() => dispatch({ type: 'unpinAll' })}
          />
          <ToolButton
            aria-expanded={connectionOpen}
            ref={connectionButton}
            title="Find connection (C)"
            onClick={toggleConnection}
          >
            Find connection
          </ToolButton>
          <CopyLinkButton onFailed={(e) => setNotices((prev) => [...prev, e])} />
          {view.selection && (
            <ToolButton
              onClick={() => dispatch({ type: 'clear' })}
              aria-label="Clear selection (Escape)"
            >
              Clear
            </ToolButton>
          )}
        </Toolbar>
        {lod && (
          <p className="lod-note" role="note">
            Large graph ({graph.order.toLocaleString('en')} entities,{' '}
            {graph.size.toLocaleString('en')} relations), drawn in simplified form: labels and
            relations are shown only around the selected entity, there is no hover highlighting,
            nodes cannot be dragged, and the force layout runs at draft quality.
          </p>
        )}
        {filtersActive(view) && (
          <div className="filter-note" role="status">
            {hiddenCount} of {graph.order} entities hidden
            {view.focusDepth > 0 && selectedLabel
              ? ` (showing ${view.focusDepth}-step network of ${selectedLabel})`
              : ''}
            .{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => dispatch({ type: 'resetFilters' })}
            >
              Reset filters
            </button>
          </div>
        )}
        <ErrorBoundary name="graph" onResetToBundled={onResetToBundled}>
          <Suspense fallback={<GraphLoading />}>
            <GraphView
              onStatus={onGraphStatus}
              graph={graph}
              elements={elements}
              visible={visible}
              selection={view.selection}
              layout={view.layout}
              centerNonce={centerNonce}
              fitNonce={fitNonce}
              onSelect={select}
              onFocus={focusOn}
              onCy={onCy}
              marks={marks}
              path={pathMarks}
              pathInsets={pathInsets}
              encoding={encoding}
              theme={theme}
              precomputed={precomputed}
              layoutBase={baseVisible}
              expanded={view.expanded}
              pinned={lod ? undefined : view.pinned}
              onPin={onPin}
            />
          </Suspense>
        </ErrorBoundary>
        {view.list && (
          <LazyPanel
            name="list"
            loading={<p className="list-loading">Loading the list…</p>}
            onResetToBundled={onResetToBundled}
          >
            <ListView
              graph={graph}
              visible={visible}
              sources={sources}
              table={view.list}
              onTable={setListTable}
              selection={view.selection}
              onSelect={selectFromList}
              describe={describe}
              autoFocus={listAutoFocus}
            />
          </LazyPanel>
        )}
        {connectionOpen && (
          <div ref={connectionSlot} className="connection-slot">
            <LazyPanel
              name="path search"
              onClose={closeConnection}
              loading={<p className="connection-loading">Loading path search…</p>}
              onResetToBundled={onResetToBundled}
            >
              <ConnectionPanel
                graph={graph}
                index={index}
                sources={sources}
                query={view.connection}
                initialFrom={connectionAsked?.from}
                autoFocus={connectionAsked !== null}
                filters={view}
                onQuery={setConnection}
                onClose={closeConnection}
                onPath={setPathMarks}
                onNavigate={navigate}
              />
            </LazyPanel>
          </div>
        )}
        {view.compare && (
          <LazyPanel name="comparison" onClose={closeCompare} onResetToBundled={onResetToBundled}>
            <ComparePanel
              graph={graph}
              meetings={view.compare}
              timeWindow={panelWindow}
              captionBase={captionBase}
              onChange={setCompare}
              onNavigate={navigate}
              onMarks={setPanelMarks}
              onClose={closeCompare}
            />
          </LazyPanel>
        )}
        <div className="timebar-slot">
          <LazyPanel
            name="time bar"
            placement="in-slot"
            loading={<p className="hint">Loading the time bar…</p>}
            onResetToBundled={onResetToBundled}
          >
            <TimeBar
              graph={graph}
              period={view.period}
              asOf={view.asOf}
              onPeriod={setPeriod}
              onAsOf={setAsOf}
              comparing={view.compare !== undefined}
              onCompare={toggleCompare}
            />
          </LazyPanel>
        </div>
        {visible.nodes.size === 0 && (
          <div className="empty-state" role="status">
            {graph.order === 0 ? (
              <p>This dataset has no entities yet.</p>
            ) : (
              <>
                <p>Nothing matches the current filters.</p>
                <button type="button" onClick={() => dispatch({ type: 'resetFilters' })}>
                  Reset filters
                </button>
              </>
            )}
          </div>
        )}
      </main>
      {embed ? (
        <EmbedCard
          graph={graph}
          sources={sources}
          selection={view.selection}
          title={captionBase}
          onNavigate={navigate}
          onSelectRelation={selectRelation}
          focusNonce={detailsFocus}
        />
      ) : (
        <ErrorBoundary name="details panel" onResetToBundled={onResetToBundled}>
          <DetailsPanel
            graph={graph}
            sources={sources}
            selection={view.selection}
            focusDepth={
              view.selection?.kind === 'entity' && view.selection.id === focusCenter
                ? view.focusDepth
                : 0
            }
            edits={edits}
            timeWindow={panelWindow}
            onNavigate={navigate}
            onSelectRelation={selectRelation}
            onFocus={focus}
            onClose={clear}
            onShowThread={showThread}
            onCompareWith={compareWith}
            onFindConnection={findConnectionFrom}
            importance={importance}
            summary={summary}
            focusNonce={detailsFocus}
          />
        </ErrorBoundary>
      )}
      {view.article && loadSourceText && (
        <LazyPanel name="article" onClose={() => setArticle(undefined)}>
          <ArticlePanel
            graph={graph}
            sources={sources}
            article={view.article}
            loadText={loadSourceText}
            selectedRelation={view.selection?.kind === 'relation' ? view.selection.id : undefined}
            onSelectRelation={(id) => select({ kind: 'relation', id })}
            onBackToRelation={(id) => {
              setArticle(undefined);
              selectRelation(id);
            }}
            onCurrent={(quote) => setArticle({ source: view.article!.source, quote })}
            onClose={() => setArticle(undefined)}
          />
        </LazyPanel>
      )}
      {view.thread && (
        // Over the Details column: the graph keeps the stage.
        <LazyPanel
          name="thread"
          placement="in-details"
          onClose={closeThread}
          onResetToBundled={onResetToBundled}
        >
          <ThreadPanel
            graph={graph}
            sources={sources}
            subject={view.thread}
            timeWindow={panelWindow}
            onNavigate={navigate}
            onSelectRelation={selectRelation}
            onMarks={setPanelMarks}
            onClose={closeThread}
          />
        </LazyPanel>
      )}
      <HelpDialog open={helpOpen} onClose={closeHelp}>
        <p>
          On the graph: Tab reaches the canvas; the arrow keys move to the neighbour in that
          direction, Enter selects it.
        </p>
        <p>
          In the List view (L): the arrow keys, Page Up/Down, Home and End move between rows, Enter
          selects the row; Enter on a column header sorts by it.
        </p>
      </HelpDialog>
    </div>
  );
  return <ArticleContext value={articleOpener}>{shell}</ArticleContext>;
}
