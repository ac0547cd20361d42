import type { Core, NodeSingular } from 'cytoscape';
import { fromCyId, toCyId } from '../cy/ids';
import { visibleLabelBoxes } from './labels';

/**
 * Test and tool hooks on the graph region: where a node is drawn (relative
 * to the region), the zoom, model positions, labels with their on-screen
 * size, node sizes, the label colour. Returns their removal.
 */
export function installTestHooks(
  region: HTMLDivElement | null,
  cy: Core | null,
): (() => void) | undefined {
  const el = region as (HTMLDivElement & Record<`__parley${string}`, unknown>) | null;
  if (!cy || !el) return undefined;
  el.__parleyNodePosition = (id: string) => {
    const n = cy.getElementById(toCyId(id));
    return n.empty() ? null : n.renderedPosition();
  };
  el.__parleyZoom = () => cy.zoom();
  // Model positions of the shown nodes (unchanged by pan and zoom).
  el.__parleyModelPositions = () =>
    Object.fromEntries(
      cy
        .nodes()
        .not('.hidden')
        .map((n) => [fromCyId(n.id()), { ...(n as NodeSingular).position() }]),
    );
  // Labelled nodes with their on-screen font size and node diameter, px.
  el.__parleyLabels = () =>
    cy
      .nodes('.label-on')
      .not('.hidden')
      .map((n) => ({
        id: n.id(),
        label: String(n.style('label')),
        fontPx: parseFloat(String(n.style('font-size'))) * cy.zoom(),
        sizePx: n.renderedWidth(),
      }));
  el.__parleyLabelBoxes = () => visibleLabelBoxes(cy);
  el.__parleyNodeSizes = () =>
    cy.nodes().map((n) => ({ id: n.id(), degree: n.degree(false), sizePx: n.renderedWidth() }));
  el.__parleyLabelColor = () => String(cy.nodes().first().style('color'));
  el.__parleyArrowheads = () =>
    cy.edges().filter((e) => e.style('target-arrow-shape') !== 'none').length;
  return () => {
    delete el.__parleyArrowheads;
    delete el.__parleyNodePosition;
    delete el.__parleyZoom;
    delete el.__parleyModelPositions;
    delete el.__parleyLabels;
    delete el.__parleyNodeSizes;
    delete el.__parleyLabelBoxes;
    delete el.__parleyLabelColor;
  };
}
