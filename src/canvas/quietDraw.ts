import type { Core, ElementDefinition, SingularElementArgument } from 'cytoscape';
import { yieldToPage } from '../data/yieldToPage';

/**
 * What Cytoscape 3.x's canvas renderer has but does not declare: a switch
 * for telling it about changes, the step that computes the style, label
 * sizes and edge geometry of what changed (otherwise run at the next frame),
 * and the step that draws elements from (and into) its texture caches.
 * Each is optional: without it the first frame does that work instead.
 */
type Quiet = Core & {
  notifications(on: boolean): void;
  renderer(): {
    flushRenderedStyleQueue?: () => void;
    getPixelRatio?: () => number;
    drawCachedElements?: (
      context: CanvasRenderingContext2D,
      eles: SingularElementArgument[],
      pxRatio: number,
    ) => void;
  };
};

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Slices of about 25 ms on their own (a long task is 50 ms: room for a loaded
 * machine); the first, small, calibrates the rest, and a slice never grows
 * more than twofold.
 */
export const QUIET_SLICES = { first: 30, ms: 25, min: 10 };

/** How often the progress is said, at most. */
const PROGRESS_MS = 250;

/**
 * Adds a small graph in slices, each in a task of its own, with the renderer
 * told nothing until the last element. Each slice's style, label sizes and
 * edge geometry are computed as it is added, and its nodes' and labels'
 * textures and its edges' paths are made by drawing it into a 1×1 canvas,
 * so the one frame that finally draws the graph, complete, only copies
 * textures and strokes the edges. (Drawn slice by slice, every frame redrew
 * the growing graph: 2.5 times the work of drawing it once; drawn once with
 * nothing prepared, that frame was a task of 250 ms.) The viewport must be
 * set before: textures are made for its zoom. Resolves false when `alive()`
 * turns false between slices.
 */
export async function addQuietly(
  cy: Core,
  defs: readonly ElementDefinition[],
  o: { alive: () => boolean; onProgress?: (added: number) => void },
): Promise<boolean> {
  const quiet = cy as Quiet;
  const r = quiet.renderer();
  const scratch = document.createElement('canvas');
  scratch.width = 1;
  scratch.height = 1;
  const context = scratch.getContext('2d');
  const prepare = (added: ReturnType<Core['add']>) => {
    r.flushRenderedStyleQueue?.();
    if (context && r.drawCachedElements && r.getPixelRatio)
      r.drawCachedElements(context, added.toArray(), r.getPixelRatio());
  };
  // A frame the renderer already owes (a removal, the new viewport) is drawn now, while empty.
  await nextFrame();
  // The slices start in a task of their own, not the frame's.
  await yieldToPage();
  if (!o.alive()) return false;
  const last = defs.length - 1;
  let size = QUIET_SLICES.first;
  let said = -Infinity;
  for (let i = 0; i < last;) {
    const started = performance.now();
    const slice = defs.slice(i, Math.min(i + size, last));
    quiet.notifications(false);
    try {
      prepare(cy.add(slice));
    } finally {
      quiet.notifications(true);
    }
    i += slice.length;
    const took = Math.max(performance.now() - started, 1);
    size = Math.max(
      QUIET_SLICES.min,
      Math.round(Math.min(2 * size, (size * QUIET_SLICES.ms) / took)),
    );
    // Said at most every PROGRESS_MS: each update re-renders the status, and
    // nobody reads a count that changes forty times a second.
    if (o.onProgress && performance.now() - said >= PROGRESS_MS) {
      said = performance.now();
      o.onProgress(i);
    }
    await yieldToPage();
    if (!o.alive()) return false;
  }
  // The last element is added with the renderer listening: it draws everything, once.
  if (last >= 0) cy.add(defs[last]!);
  o.onProgress?.(defs.length);
  return true;
}
