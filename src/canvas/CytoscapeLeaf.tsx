import type { Core, ElementDefinition } from 'cytoscape';
import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { BIG_STYLESHEETS, STYLESHEETS, type CanvasTheme } from '../cy/stylesheet';

// react-cytoscapejs never sees the elements (see below), so nothing to diff.
const identityDiff = (a: unknown, b: unknown) => a !== b;
const STYLE = { width: '100%', height: '100%' } as const;
const NONE: ElementDefinition[] = [];

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
  /** A graph drawn in simplified form: its stylesheet letters only labelled nodes. */
  big?: boolean;
}

type XY = { x: number; y: number };

/**
 * A fresh copy: Cytoscape writes into the data and position objects it is
 * given. A node already drawn keeps where it stands (a graph that grew).
 */
function fresh(d: ElementDefinition, drawn: ReadonlyMap<string, XY>): ElementDefinition {
  const p = (d.group === 'nodes' ? drawn.get(String(d.data.id)) : undefined) ?? d.position;
  return { ...d, data: { ...d.data }, ...(p ? { position: { x: p.x, y: p.y } } : {}) };
}

/**
 * The only place react-cytoscapejs is rendered: a memoized leaf with stable
 * props. The elements are added here, through the instance: react-cytoscapejs
 * 2.0 indexes elements by id in plain objects, so an entity called
 * "constructor" or "toString" looked already present and was never added.
 */
export const CytoscapeLeaf = memo(function CytoscapeLeaf({
  elements,
  onCy,
  fastViewport = false,
  theme = 'light',
  big = false,
}: Props) {
  const cyRef = useRef<Core | null>(null);
  const added = useRef<ElementDefinition[] | null>(null);
  const sync = useCallback((cy: Core, next: ElementDefinition[]) => {
    if (added.current === next || cy.destroyed()) return;
    added.current = next;
    const drawn = new Map<string, XY>();
    cy.nodes().forEach((n) => void drawn.set(n.id(), { ...n.position() }));
    cy.batch(() => {
      cy.elements().remove();
      cy.add(next.map((d) => fresh(d, drawn)));
    });
  }, []);
  const handleCy = useCallback(
    (cy: Core) => {
      if (cyRef.current !== cy) added.current = null;
      cyRef.current = cy;
      onCy(cy);
    },
    [onCy],
  );
  // Before the parent's effects run: they style, filter and lay out these elements.
  useLayoutEffect(() => {
    if (cyRef.current) sync(cyRef.current, elements);
  }, [elements, sync]);
  return (
    <CytoscapeComponent
      elements={NONE}
      stylesheet={(big ? BIG_STYLESHEETS : STYLESHEETS)[theme]}
      cy={handleCy}
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
