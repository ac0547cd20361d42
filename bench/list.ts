/**
 * The List view scenario: Graph → List (the entities table built from the
 * whole graph and rendered, virtualized), then a click on the "Relations"
 * column header (20,000 rows re-sorted, the visible ones re-rendered). Both
 * are timed inside the page, from the click to the next painted frame after
 * React's commit, so Playwright's round trips stay out.
 */
import type { Page } from 'playwright-core';
import { evaluate } from './page';

export interface ListFigures {
  /** First open, the List view's code download (from 127.0.0.1) included. */
  firstOpenMs: number;
  /** Open again, code cached: rows built and rendered. */
  openMs: number;
  /** Sort click → rows re-rendered and painted. */
  sortMs: number;
}

/** Clicks `button` (found by its text in the page) and resolves when `done()` holds, after a frame. */
function timedClick(
  page: Page,
  arg: { click: string; done: 'table' | 'graph' | 'sorted' },
  ms: number,
): Promise<number> {
  return evaluate(
    page,
    ({ click, done }) =>
      new Promise<number>((resolve, reject) => {
        const buttons = [...document.querySelectorAll('button')];
        const target =
          click === 'sort'
            ? document
                .querySelector('.list-grid [role="columnheader"]:nth-child(4) button')
                ?.closest('button')
            : buttons.find((b) => b.textContent?.trim() === click);
        if (!target) return reject(new Error(`bench: no "${click}" button`));
        const header = () =>
          document.querySelector('.list-grid [role="columnheader"]:nth-child(4)');
        const before = header()?.getAttribute('aria-sort') ?? null;
        const check = () => {
          if (done === 'table')
            return document.querySelector('.list-grid-body [role="row"]') !== null;
          if (done === 'graph') return document.querySelector('.list-grid') === null;
          return (header()?.getAttribute('aria-sort') ?? null) !== before;
        };
        const start = performance.now();
        const finish = () =>
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
        const obs = new MutationObserver(() => {
          if (!check()) return;
          obs.disconnect();
          finish();
        });
        obs.observe(document.body, { subtree: true, childList: true, attributes: true });
        target.click();
      }),
    arg,
    ms,
    `List view: ${arg.click}`,
  );
}

export async function listLatency(page: Page, ms: number): Promise<ListFigures | null> {
  if ((await page.getByRole('button', { name: 'List', exact: true }).count()) === 0) return null;
  const firstOpenMs = await timedClick(page, { click: 'List', done: 'table' }, ms);
  await timedClick(page, { click: 'Graph', done: 'graph' }, ms);
  const openMs = await timedClick(page, { click: 'List', done: 'table' }, ms);
  const sortMs = await timedClick(page, { click: 'sort', done: 'sorted' }, ms);
  await timedClick(page, { click: 'Graph', done: 'graph' }, ms);
  return { firstOpenMs, openMs, sortMs };
}
