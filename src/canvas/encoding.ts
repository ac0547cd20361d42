import type { Core } from 'cytoscape';
import { nodeSize } from '../cy/elements';
import { fromCyId } from '../cy/ids';

/** What "Size by" and "Colour by" change: sizes and fill colours by graph id (absent = the defaults). */
export interface NodeEncoding {
  sizes?: ReadonlyMap<string, number>;
  colours?: ReadonlyMap<string, string>;
}

/**
 * Writes sizes into node data and community colours into `data(community)`
 * with the `by-community` class (stylesheet), in one batch; only nodes whose
 * look changes are touched. No encoding restores degree sizes and type colours.
 */
export function applyEncoding(cy: Core, enc: NodeEncoding | null | undefined): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const id = fromCyId(n.id());
      const size = enc?.sizes?.get(id) ?? nodeSize(Number(n.data('degree')) || 0);
      if (n.data('size') !== size) n.data('size', size);
      const colour = enc?.colours?.get(id);
      if (colour) {
        if (n.data('community') !== colour) n.data('community', colour);
        if (!n.hasClass('by-community')) n.addClass('by-community');
      } else if (n.hasClass('by-community')) n.removeClass('by-community');
    });
  });
}
