import type { Core } from 'cytoscape';
import { ZOOM_STEP, zoomBy } from '../../canvas/viewport';
import { LAYOUTS, LAYOUT_LABELS, type LayoutName } from '../../state/viewState';
import { MoreMenu, useIsPhone, useToolbarMenu } from './ToolbarMenu';
import './toolbar.css';

interface Props {
  cy: Core | null;
  layout: LayoutName;
  onLayout: (layout: LayoutName) => void;
  onFit: () => void;
  /** Controls before the graph's own (the Graph | List switch). */
  lead?: React.ReactNode;
  /** False in the List view: no layout or zoom controls for a hidden canvas. */
  graphControls?: boolean;
  /** The opened file carries its own layout: it takes the force layout's place. */
  layoutFromFile?: boolean;
  children?: React.ReactNode;
}

/**
 * Layout picker and viewport controls over the graph. On a phone one row:
 * Graph | List, zoom and fit; the rest (layout, Undo, Redo, Unpin all, Find
 * connection, Copy link, Clear) behind "More".
 */
export function Toolbar({
  cy,
  layout,
  onLayout,
  onFit,
  lead,
  graphControls = true,
  layoutFromFile,
  children,
}: Props) {
  const phone = useIsPhone();
  if (phone) {
    return (
      <div
        className="toolbar toolbar-phone"
        role="toolbar"
        aria-label="Graph controls"
        data-over-canvas
      >
        {lead}
        {graphControls && <ViewportButtons cy={cy} onFit={onFit} />}
        <MoreMenu>
          {graphControls && (
            <LayoutItems layout={layout} onLayout={onLayout} layoutFromFile={layoutFromFile} />
          )}
          {children}
        </MoreMenu>
      </div>
    );
  }
  return (
    // data-over-canvas: the canvas's fits keep the drawing below it (canvas/fitClear.ts).
    <div className="toolbar" role="toolbar" aria-label="Graph controls" data-over-canvas>
      {lead}
      {graphControls && (
        <GraphControls
          cy={cy}
          layout={layout}
          onLayout={onLayout}
          onFit={onFit}
          layoutFromFile={layoutFromFile}
        />
      )}
      {children}
    </div>
  );
}

/** The layouts as radio items of the "More" menu (a select cannot sit in a menu). */
function LayoutItems({
  layout,
  onLayout,
  layoutFromFile,
}: Pick<Props, 'layout' | 'onLayout' | 'layoutFromFile'>) {
  const menu = useToolbarMenu();
  return (
    <div role="group" aria-label="Layout" className="more-group">
      <span className="more-group-label" aria-hidden="true">
        Layout
      </span>
      {LAYOUTS.map((l) => (
        <button
          key={l}
          type="button"
          role="menuitemradio"
          aria-checked={l === layout}
          tabIndex={-1}
          onClick={() => {
            onLayout(l);
            menu.close();
          }}
        >
          {layoutLabel(l, layoutFromFile)}
        </button>
      ))}
    </div>
  );
}

function ViewportButtons({ cy, onFit }: Pick<Props, 'cy' | 'onFit'>) {
  return (
    <>
      <button
        type="button"
        aria-label="Zoom in"
        title="Zoom in (+)"
        onClick={() => zoomBy(cy, ZOOM_STEP)}
      >
        +
      </button>
      <button
        type="button"
        aria-label="Zoom out"
        title="Zoom out (−)"
        onClick={() => zoomBy(cy, 1 / ZOOM_STEP)}
      >
        −
      </button>
      <button type="button" aria-label="Fit graph to view" title="Fit (F)" onClick={onFit}>
        ⤢
      </button>
    </>
  );
}

function GraphControls({
  cy,
  layout,
  onLayout,
  onFit,
  layoutFromFile,
}: Omit<Props, 'children' | 'lead'>) {
  return (
    <>
      <label className="layout-picker">
        <span className="visually-hidden">Layout</span>
        <select
          aria-label="Layout"
          value={layout}
          onChange={(e) => onLayout(e.target.value as LayoutName)}
        >
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {layoutLabel(l, layoutFromFile)}
            </option>
          ))}
        </select>
      </label>
      <ViewportButtons cy={cy} onFit={onFit} />
    </>
  );
}

/** A file's own layout is shown where the force layout would be. */
function layoutLabel(l: LayoutName, fromFile: boolean | undefined): string {
  return fromFile && l === 'force' ? 'From the file' : LAYOUT_LABELS[l];
}
