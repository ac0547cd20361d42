/**
 * The "Find connection" scenario: a path between two entities of the opened
 * dataset, asked for as a copied link does (the address changes, then
 * popstate). Two figures: the search itself (the app's
 * "parley:path-search" performance measure) and the whole response, until
 * the canvas marks the path (or the panel says there is none) and a frame
 * is painted.
 */
import type { Page } from 'playwright-core';
import { evaluate, pollPage } from './page';

export interface PathFigures {
  /** Address change → path marked on the canvas, list shown, next frame. */
  responseMs: number;
  /** graphology search, hub avoidance and filters: what the budget is on. */
  searchMs: number;
  /** Entities on the path (0 when there is none). */
  hops: number;
}

/** Opens the panel once (its code loads on demand), so that figures leave the chunk download out. */
export async function warmConnection(page: Page): Promise<boolean> {
  const button = page.getByRole('button', { name: 'Find connection', exact: true });
  if ((await button.count()) === 0) return false;
  await button.click();
  await page.getByRole('region', { name: 'Connection' }).waitFor({ timeout: 10_000 });
  return true;
}

export async function pathLatency(page: Page, from: string, to: string): Promise<PathFigures> {
  const r = await evaluate(
    page,
    ({ a, b }) =>
      new Promise<{ responseMs: number; searchMs: number; hops: number }>((resolve) => {
        const graph = document.querySelector('[data-testid="graph"]')!;
        performance.clearMeasures('parley:path-search');
        const done = () =>
          (graph.getAttribute('data-path') ?? '') !== '' ||
          document.querySelector('.no-connection') !== null;
        const start = performance.now();
        const finish = () =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              const m = performance.getEntriesByName('parley:path-search').at(-1);
              const ids = (graph.getAttribute('data-path') ?? '').split(' ').filter(Boolean);
              resolve({
                responseMs: performance.now() - start,
                searchMs: m ? m.duration : -1,
                hops: ids.length,
              });
            }, 0),
          );
        const obs = new MutationObserver(() => {
          if (!done()) return;
          obs.disconnect();
          finish();
        });
        obs.observe(document.body, { subtree: true, childList: true, attributes: true });
        history.pushState(null, '', `?path=${encodeURIComponent(a)},${encodeURIComponent(b)}`);
        dispatchEvent(new PopStateEvent('popstate'));
      }),
    { a: from, b: to },
    30_000,
    'a path search',
  );
  if (r.searchMs < 0) throw new Error('bench: the app recorded no parley:path-search measure');
  // Leave the page as found: no connection shown.
  await evaluate(
    page,
    () => {
      history.pushState(null, '', location.pathname);
      dispatchEvent(new PopStateEvent('popstate'));
    },
    undefined,
  );
  await pollPage(
    page,
    () =>
      (document.querySelector('[data-testid="graph"]')?.getAttribute('data-path') ?? '') === ''
        ? true
        : null,
    undefined,
    10_000,
    'the path to clear',
    20,
  );
  return r;
}
