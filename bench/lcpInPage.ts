/**
 * The largest contentful paint's element as the page paints it. Lighthouse 13
 * names it only if it is still in the page when its run ends; Parley's LCP is
 * often the splash, gone by then. So the bench loads the page once more at
 * Lighthouse's desktop size and describes each LCP candidate as it comes.
 */
import { escapeTerminal } from '../scripts/cliOutput';
import { Chromium } from './chromium';

/** Lighthouse's desktop preset screen, px. */
const DESKTOP = { width: 1350, height: 940 };

export async function lcpInPage(url: string, settleMs = 4000): Promise<string> {
  const chromium = await Chromium.start();
  try {
    const page = await chromium.browser.newPage({ viewport: DESKTOP });
    await page.addInitScript(() => {
      const w = window as unknown as { __lcpElement?: string };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const el = (entry as PerformanceEntry & { element: Element | null }).element;
          if (!el) continue;
          const classes = [...el.classList].map((c) => `.${c}`).join('');
          const id = el.id ? `#${el.id}` : '';
          const parent = el.parentElement;
          const up = parent
            ? `${parent.tagName.toLowerCase()}${parent.className ? `.${String(parent.className).split(' ')[0]}` : ''} > `
            : '';
          const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
          w.__lcpElement = `${up}${el.tagName.toLowerCase()}${id}${classes}${text ? ` "${text}"` : ''}`;
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(url);
    await page.waitForTimeout(settleMs);
    const seen = await page.evaluate(
      () => (window as unknown as { __lcpElement?: string }).__lcpElement ?? 'none painted',
    );
    // Page text reaches the terminal: escaped.
    return escapeTerminal(seen);
  } finally {
    await chromium.close();
  }
}
