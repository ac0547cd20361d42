import type { ForceInput } from './forceLayout';
import type { Positions } from './timeline';

/**
 * The published page's stand-in for forceClient.ts (swapped in by the publish
 * build, vite.publish.ts). A page opened from file:// can start no worker from
 * a neighbouring file (a blob: worker would need `worker-src blob:`), and the
 * page carries its positions (publish:html computes them, Export takes them
 * from the screen), so the force layout's code (fcose and its bases, about
 * 120 KB) stays out of the page. Should the positions not fit, GraphView does
 * what it does when the worker cannot start: Cytoscape's own cose, on the main
 * thread (large graphs keep their start positions).
 */
export function forceLayoutInWorker(_input: ForceInput): Promise<Positions> {
  return Promise.reject(
    new Error('a published page computes no fcose layout; Cytoscape’s cose runs instead'),
  );
}

/** No worker here: nothing to stop. */
export function stopLayouts(): void {}
