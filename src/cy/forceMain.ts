import { runForceLayout, type ForceInput } from './forceLayout';
import type { Positions } from './timeline';

/**
 * The published page's stand-in for forceClient.ts (swapped in by the publish
 * build): the force layout on the main thread. A page opened from file:// can
 * start no worker from a neighbouring file, and a blob: worker would need
 * `worker-src blob:` in its policy; the page's own dataset ships its positions,
 * so this runs only for a relayout, after a macrotask so the page paints first.
 */
export function forceLayoutInWorker(input: ForceInput): Promise<Positions> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(runForceLayout(input));
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    }, 0);
  });
}
