import type { ReactNode } from 'react';
import { Details } from '../features/details/Details';
import {
  focusRegion,
  useActions,
  useExplorer,
  useSession,
  useView,
  type Feature,
} from '../features/shell';
import { Toolbar } from '../features/toolbar/Toolbar';
import { TopBarMenu } from '../features/topbar/TopBarMenu';
import { filtersActive } from '../state/viewState';
import { ErrorBoundary } from './ErrorBoundary';
import { Help, HelpButton } from './Help';
import { DrawerToggle, SideDrawer, useDrawerOpen } from './SideDrawer';
import { Slot } from './Slot';
import { AppNotices, EmptyStage, StageNotes } from './StageNotes';
import './layout.css';

interface Props {
  features: readonly Feature[];
  /** The top bar's search box. */
  search: ReactNode;
  /** The top bar's other actions (Open…, Export, the theme). */
  actions: ReactNode;
  /** The canvas. */
  graph: ReactNode;
  /** Shown in Details while nothing is selected. */
  summary: ReactNode;
  onResetToBundled?: (() => void) | undefined;
}

/** Skip links focus their region without touching the address. */
const skipTo = (selector: string) => (e: React.MouseEvent) => {
  e.preventDefault();
  focusRegion(selector);
};

/**
 * The page: top bar, side column, stage (toolbar, notices, graph, the stage
 * and bottom slots), Details (and the details slot over it). The slots are
 * filled by the features; this file names none of them.
 */
export function Layout({ features, search, actions, graph, summary, onResetToBundled }: Props) {
  // The stage shows the graph or, in the List view, a table over it.
  const listMode = useView((v) => v.list !== undefined);
  const filtered = useView(filtersActive);
  const drawer = useDrawerOpen();
  // embed=1: search, the graph and the embed feature's card (embed.css hides the rest).
  const { embed } = useExplorer();
  return (
    <div className={`app${drawer ? ' sidebar-open' : ''}${embed ? ' embed' : ''}`}>
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
        {search}
        <TopBarMenu>
          <DrawerToggle />
          <Slot name="top" features={features} />
          {actions}
          <HelpButton />
        </TopBarMenu>
      </header>
      <AppNotices />
      <SideDrawer features={features} onResetToBundled={onResetToBundled} />
      <main
        className={`stage with-timebar${listMode ? ' list-mode' : ''}${filtered ? ' filtered' : ''}`}
      >
        <GraphToolbar features={features} graphControls={!listMode} />
        <StageNotes />
        {graph}
        <Slot name="stage" features={features} />
        <Slot name="bottom" features={features} />
        <EmptyStage />
      </main>
      {!embed && (
        <ErrorBoundary name="details panel" onResetToBundled={onResetToBundled}>
          <Details summary={summary} />
        </ErrorBoundary>
      )}
      <Slot name="aside" features={features} />
      <Slot name="details" features={features} />
      <Help />
    </div>
  );
}

/** The graph toolbar: the lead slot, layout and viewport controls, the toolbar slot. */
function GraphToolbar({
  features,
  graphControls,
}: {
  features: readonly Feature[];
  graphControls: boolean;
}) {
  const actions = useActions();
  const cy = useSession((s) => s.cy);
  const layout = useView((v) => v.layout);
  const { layoutFromFile } = useExplorer();
  return (
    <Toolbar
      cy={cy}
      layout={layout}
      onLayout={actions.setLayout}
      onFit={actions.fit}
      lead={<Slot name="lead" features={features} />}
      graphControls={graphControls}
      layoutFromFile={layoutFromFile}
    >
      <Slot name="toolbar" features={features} />
    </Toolbar>
  );
}
