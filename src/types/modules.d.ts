// Local declarations: @types/react-cytoscapejs lags cytoscape's bundled types.
declare module 'react-cytoscapejs' {
  import type { Component, CSSProperties } from 'react';
  import type { Core, ElementDefinition, LayoutOptions, StylesheetJson } from 'cytoscape';

  export interface CytoscapeComponentProps {
    id?: string;
    className?: string;
    style?: CSSProperties;
    elements: ElementDefinition[];
    stylesheet?: StylesheetJson;
    layout?: LayoutOptions;
    cy?: (cy: Core) => void;
    diff?: (a: unknown, b: unknown) => boolean;
    zoom?: number;
    minZoom?: number;
    maxZoom?: number;
    wheelSensitivity?: number;
    boxSelectionEnabled?: boolean;
    autounselectify?: boolean;
    autoungrabify?: boolean;
    textureOnViewport?: boolean;
    hideEdgesOnViewport?: boolean;
    motionBlur?: boolean;
    pixelRatio?: number | 'auto';
    headless?: boolean;
  }
  export default class CytoscapeComponent extends Component<CytoscapeComponentProps> {}
}

declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const ext: Ext;
  export default ext;
}

declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const ext: Ext;
  export default ext;
}

declare module 'virtual:parley-checked-dataset' {
  /** The bundled dataset as the build validated it (vite.checked.ts; typed in src/app/loadBundled.ts). */
  const checked: unknown;
  export default checked;
}
