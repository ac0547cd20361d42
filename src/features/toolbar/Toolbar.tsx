import type { Core } from 'cytoscape';
import { ZOOM_STEP, zoomBy } from '../../canvas/viewport';
import { LAYOUTS, LAYOUT_LABELS, type LayoutName } from '../../state/viewState';

interface Props {
  cy: Core | null;
  layout: LayoutName;
  onLayout: (layout: LayoutName) => void;
  onFit: () => void;
  /** Controls before the graph's own (the Graph | List switch). */
  lead?: React.ReactNode;
  /** False in the List view: no layout or zoom controls for a hidden canvas. */
  graphControls?: boolean;
  children?: React.ReactNode;
}

/** Layout picker and viewport controls over the graph. */
export function Toolbar({
  cy,
  layout,
  onLayout,
  onFit,
  lead,
  graphControls = true,
  children,
}: Props) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Graph controls">
      {lead}
      {graphControls && <GraphControls cy={cy} layout={layout} onLayout={onLayout} onFit={onFit} />}
      {children}
    </div>
  );
}

function GraphControls({ cy, layout, onLayout, onFit }: Omit<Props, 'children' | 'lead'>) {
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
              {LAYOUT_LABELS[l]}
            </option>
          ))}
        </select>
      </label>
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
