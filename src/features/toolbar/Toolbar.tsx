import type { Core } from 'cytoscape';
import { ZOOM_STEP, zoomBy } from '../../canvas/viewport';
import { LAYOUTS, LAYOUT_LABELS, type LayoutName } from '../../state/viewState';

interface Props {
  cy: Core | null;
  layout: LayoutName;
  onLayout: (layout: LayoutName) => void;
  onFit: () => void;
  children?: React.ReactNode;
}

/** Layout picker and viewport controls over the graph. */
export function Toolbar({ cy, layout, onLayout, onFit, children }: Props) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Graph controls">
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
      {children}
    </div>
  );
}
