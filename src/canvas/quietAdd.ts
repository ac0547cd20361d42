import type { Core, ElementDefinition } from 'cytoscape';
import { yieldToPage } from '../data/yieldToPage';

/**
 * What Cytoscape 3.x has but does not declare: a switch for telling its
 * renderer about changes, and the renderer's step that computes the style,
 * label sizes and edge geometry of what changed (otherwise run at the next frame).
 */
type Quiet = Core & {
  notifications(on: boolean): void;
  renderer(): { flushRenderedStyleQueue?: () => void };
};

/** Slices of about 50 ms: few tasks, none long. The first calibrates the rest. */
const SLICE = { first: 100, ms: 50, min: 100 };

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Adds a big graph in slices, each in a task of its own, with the renderer
 * told nothing until the last element: each slice's style and geometry are
 * computed as it is added, but the canvas is drawn once, complete. (Drawn
 * slice by slice, every frame redrew the growing graph: 20,000 entities took
 * 40 s so, with frames of 100–500 ms.) The last element is added with the
 * renderer listening, which has it draw everything. Resolves false when
 * `alive()` turns false between slices. Not for the bundled graph at start-up:
 * its one full draw was a 250 ms task there (Lighthouse 80–90).
 */
export async function addQuietly(
  cy: Core,
  defs: readonly ElementDefinition[],
  o: { alive: () => boolean; onProgress?: (added: number) => void },
): Promise<boolean> {
  const quiet = cy as Quiet;
  const flush = () => quiet.renderer().flushRenderedStyleQueue?.();
  // A frame the renderer already owes (a removal, the new viewport) is drawn now, while empty.
  await nextFrame();
  if (!o.alive()) return false;
  const last = defs.length - 1;
  let size = SLICE.first;
  for (let i = 0; i < last;) {
    const started = performance.now();
    const slice = defs.slice(i, Math.min(i + size, last));
    quiet.notifications(false);
    try {
      // Computing the bounding boxes here spreads that cost over the slices.
      cy.add(slice).boundingBox();
      flush();
    } finally {
      quiet.notifications(true);
    }
    i += slice.length;
    const took = Math.max(performance.now() - started, 1);
    size = Math.max(SLICE.min, Math.round((size * SLICE.ms) / took));
    o.onProgress?.(i);
    await yieldToPage();
    if (!o.alive()) return false;
  }
  if (last >= 0) cy.add(defs[last]!);
  o.onProgress?.(defs.length);
  return true;
}
