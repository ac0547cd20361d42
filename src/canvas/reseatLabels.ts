import type { Core, SingularElementReturnValue } from 'cytoscape';
import { LABEL_CLASSES, PLACEMENTS, placementClass } from '../cy/labelClasses';
import { overlaps, type Box } from './labelPriority';

/** A label's box as Cytoscape draws it, in screen px (null when it draws none). */
export function drawnLabelBox(ele: SingularElementReturnValue): Box | null {
  const bb = ele.renderedBoundingBox({
    // Fresh (useCache is Cytoscape's, untyped): a label just moved may still have its old box cached.
    ...({ useCache: false } as object),
    includeNodes: false,
    includeEdges: false,
    includeLabels: true,
    includeOverlays: false,
  });
  if (!(bb.w > 0 && bb.h > 0) || !Number.isFinite(bb.x1)) return null;
  return { x1: bb.x1, y1: bb.y1, x2: bb.x2, y2: bb.y2 };
}

interface Kept {
  id: string;
  box: Box;
  /** One of the most connected (or the selection): never gives way. */
  must: boolean;
}

/**
 * One of the most connected entities whose label the drawn check dropped
 * (planned boxes are close to what Cytoscape draws, not exact: a pixel or
 * two) gets a place as drawn: each placement at each font is tried on the
 * canvas and read back; the first that lies on screen and overlaps no label
 * of the most connected wins, lesser labels in its way giving way (the
 * fewest). Returns the ids that gave way, or null when no place was found
 * (the label is then left off). `kept` receives the new box.
 */
export function reseatLabel(
  cy: Core,
  id: string,
  kept: Kept[],
  fontsPx: readonly number[],
): string[] | null {
  const ele = cy.getElementById(id);
  const zoom = cy.zoom();
  const onScreen = (b: Box) => b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height();
  const put = (at: (typeof PLACEMENTS)[number], fontPx: number) => {
    ele.removeClass(LABEL_CLASSES.join(' ')).addClass(`label-on ${placementClass(at)}`.trim());
    ele.data('fs', fontPx / zoom);
  };
  let best: { at: (typeof PLACEMENTS)[number]; fontPx: number; box: Box; away: Kept[] } | null =
    null;
  for (const fontPx of fontsPx) {
    for (const at of PLACEMENTS) {
      put(at, fontPx);
      const box = drawnLabelBox(ele);
      if (!box || !onScreen(box)) continue;
      const away = kept.filter((k) => overlaps(k.box, box));
      if (away.some((k) => k.must)) continue;
      if (!best || away.length < best.away.length) best = { at, fontPx, box, away };
      if (away.length === 0) break;
    }
    if (best?.away.length === 0) break;
  }
  if (!best) return null;
  put(best.at, best.fontPx);
  for (const k of best.away) kept.splice(kept.indexOf(k), 1);
  kept.push({ id, box: best.box, must: true });
  return best.away.map((k) => k.id);
}
