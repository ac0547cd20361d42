import type { Core } from 'cytoscape';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { toElements } from '../cy/elements';
import { matchingPositions, placeElements } from '../cy/precomputed';
import type { SourceHit } from '../data/source';
import type { Visible } from '../graph/filter';
import { lazySearchIndex } from '../graph/search';
import type { Notice } from '../features/notices/Notices';
import { SearchBox, type SearchBoxHandle } from '../features/search/SearchBox';
import type { StoreSearch } from '../features/search/useStoreHits';
import {
  ExplorerContext,
  explorerActions,
  ShownContext,
  startSession,
  useExplorer,
  useSession,
  useShown,
  useView,
  type ExplorerApi,
} from '../features/shell';
import { ThemeSwitch, useTheme } from '../features/theme';
import { createStore } from '../state/store';
import { describeView } from '../state/describe';
import { createViewStore } from '../state/viewStore';
import { DatasetSummary } from './DatasetSummary';
import { FEATURES } from './features';
import { GraphStage } from './GraphStage';
import { HELP } from './Help';
import { Layout } from './Layout';
import type { LoadedDataset } from './useDataset';
import { useExplorerCommands } from './useExplorerCommands';
import { useShownState } from './useShownState';
import { useUrlState } from './useUrlState';
import { viewContext } from './viewContext';

interface Props {
  loaded: LoadedDataset;
  /** Extra controls for the top bar (export, open), given the live Cytoscape instance. */
  renderActions?: (ctx: {
    cy: Core | null;
    loaded: LoadedDataset;
    visible: Visible;
    describe: string;
    /** Selects an entity as a search pick does (focus to Details). */
    navigate: (id: string) => void;
    /** Selects a relation (Details shows it with its quotes). */
    selectRelation: (id: string) => void;
  }) => ReactNode;
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

/**
 * The shell: it owns the view store and the session, derives what is shown,
 * keeps the address in step, and lays out the slots. Features (src/app/features.ts)
 * fill the slots; the shell knows none of them by name. See ARCHITECTURE.md.
 */
export function Explorer(props: Props) {
  const { loaded, initialNotices, onResetToBundled, beforeExpand, mayLoadMore, searchStore } =
    props;
  const embed = props.embed ?? false;
  const { graph, dataset } = loaded;
  const [view] = useState(createViewStore);
  const [session] = useState(() => createStore(startSession(initialNotices)));
  const visibleNow = useRef<ReadonlySet<string>>(new Set());
  const api = useMemo<ExplorerApi>(
    () => ({
      graph,
      dataset,
      report: loaded.report,
      sources: new Map(dataset.sources.map((s) => [s.id, s])),
      source: loaded.source,
      layoutFromFile: !!loaded.layoutFromFile,
      embed,
      index: lazySearchIndex(graph),
      view,
      session,
      actions: explorerActions(view, session, (id) => visibleNow.current.has(id)),
      onResetToBundled,
    }),
    [graph, dataset, loaded, embed, view, session, onResetToBundled],
  );
  const { index, actions } = api;
  useEffect(() => {
    // Built while the page is idle (the force layout runs in a worker), or at the first search.
    if (typeof requestIdleCallback !== 'function') return index.warm();
    const id = requestIdleCallback(() => index.warm(), { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }, [index]);
  const shown = useShownState(api, { beforeExpand, mayLoadMore });
  visibleNow.current = shown.visible.nodes;

  // The bundled dataset ships its force positions: drawn in place at once.
  // Built once per graph (a big file's 100,000 relations take a quarter second).
  const base = useMemo(() => toElements(graph), [graph]);
  const precomputed = useMemo(() => matchingPositions(base, loaded.layout), [base, loaded.layout]);
  const elements = useMemo(
    () => (precomputed ? placeElements(base, precomputed) : base),
    [base, precomputed],
  );
  const ctx = useMemo(
    () => viewContext(graph, dataset, loaded.source),
    [graph, dataset, loaded.source],
  );
  useUrlState(view, ctx, (n) => {
    actions.replaceNotices(n);
    actions.centre();
  });

  // A store's matches in the top bar's search: picking one brings it onto the graph first.
  const store = useMemo<StoreSearch | undefined>(
    () =>
      searchStore && beforeExpand
        ? {
            search: searchStore,
            has: (id) => graph.hasNode(id),
            pick: (id) =>
              void beforeExpand(id).then(
                () => actions.navigate(id),
                () => undefined, // cancelled, or the failure is shown
              ),
          }
        : undefined,
    [searchStore, beforeExpand, graph, actions],
  );
  const [theme, setTheme] = useTheme();
  const searchRef = useRef<SearchBoxHandle>(null);
  const summary = useMemo(
    () => <DatasetSummary loaded={loaded} onNavigate={actions.navigate} />,
    [loaded, actions],
  );
  const onDrawn = props.onDrawn;
  const drawn = useMemo(() => (onDrawn ? () => onDrawn(loaded) : undefined), [onDrawn, loaded]);

  // Feature providers wrap everything; their controllers render nothing.
  const body = (
    <ShownContext.Provider value={shown}>
      <Commands searchRef={searchRef} />
      {FEATURES.map((f) => f.Controller && <f.Controller key={f.name} />)}
      <Layout
        features={FEATURES}
        search={<SearchBox ref={searchRef} index={index} onPick={actions.navigate} store={store} />}
        actions={
          <>
            <TopActions render={props.renderActions} loaded={loaded} />
            <ThemeSwitch theme={theme} onChange={setTheme} />
          </>
        }
        graph={
          <GraphStage elements={elements} precomputed={precomputed} theme={theme} onDrawn={drawn} />
        }
        summary={summary}
        onResetToBundled={onResetToBundled}
      />
    </ShownContext.Provider>
  );
  return (
    <ExplorerContext.Provider value={api}>
      {FEATURES.reduceRight<ReactNode>(
        (inner, f) => (f.Provider ? <f.Provider key={f.name}>{inner}</f.Provider> : inner),
        body,
      )}
    </ExplorerContext.Provider>
  );
}

/** The explorer's own keys: search, Escape, zoom, fit, help, regions. */
function Commands({ searchRef }: { searchRef: React.RefObject<SearchBoxHandle | null> }) {
  const { actions } = useExplorer();
  const cy = useSession((s) => s.cy);
  useExplorerCommands({
    cy,
    searchRef,
    clear: actions.clear,
    fit: actions.fit,
    openHelp: () => actions.ask(HELP),
  });
  return null;
}

/** What App adds to the top bar (Open…, SPARQL…, Export), given what it needs. */
function TopActions({ render, loaded }: { render: Props['renderActions']; loaded: LoadedDataset }) {
  const { actions } = useExplorer();
  const cy = useSession((s) => s.cy);
  const describe = useView(describeView);
  const { visible } = useShown();
  return (
    render?.({
      cy,
      loaded,
      visible,
      describe,
      navigate: actions.navigate,
      selectRelation: actions.selectRelation,
    }) ?? null
  );
}
