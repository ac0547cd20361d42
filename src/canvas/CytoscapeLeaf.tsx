import type { Core, ElementDefinition } from 'cytoscape';
import { memo } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { STYLESHEETS, type CanvasTheme } from '../cy/stylesheet';

// Elements are re-patched only when the array itself changes (default: a
// per-element diff on every render).
const identityDiff = (a: unknown, b: unknown) => a !== b;
const STYLE = { width: '100%', height: '100%' } as const;

interface Props {
  elements: ElementDefinition[];
  onCy: (cy: Core) => void;
  /**
   * Big graphs: while panning and zooming, draw a cached texture and skip
   * edges. Read once, when the Cytoscape instance is created.
   */
  fastViewport?: boolean;
  /** Picks one of the module-constant stylesheets. */
  theme?: CanvasTheme;
}

/** The only place react-cytoscapejs is rendered: a memoized leaf with stable props. */
export const CytoscapeLeaf = memo(function CytoscapeLeaf({
  elements,
  onCy,
  fastViewport = false,
  theme = 'light',
}: Props) {
  return (
    <CytoscapeComponent
      elements={elements}
      stylesheet={STYLESHEETS[theme]}
      cy={onCy}
      diff={identityDiff}
      style={STYLE}
      minZoom={0.05}
      maxZoom={4}
      boxSelectionEnabled={false}
      autounselectify
      textureOnViewport={fastViewport}
      hideEdgesOnViewport={fastViewport}
      motionBlur={false}
    />
  );
});
