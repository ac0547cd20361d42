/**
 * A panel whose code does not arrive (offline, a deploy replaced the chunk)
 * says so in its own place, in plain words, and the rest of the explorer keeps
 * working: the chunk is made to fail with `page.route(...).abort()`.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launch, openApp, screenshot, selectBySearch } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Makes every request for the chunk whose file name starts with `chunk` fail. */
const failChunk = (chunk: string) => async (page: Page) => {
  await page.route(new RegExp(`/assets/${chunk}-[^/]*\\.js$`), (route) => route.abort());
};

/** Page errors other than the failed fetch itself (which Chromium logs as a console error). */
const unexpected = (errors: string[]) =>
  errors.filter((e) => !/Failed to load resource|dynamically imported module/i.test(e));

async function expectPanelFailed(page: Page, name: string) {
  const failed = page.getByRole('alert', { name: `${name} failed` });
  await failed.waitFor({ timeout: 20_000 });
  await expect(
    failed.getByRole('heading', { name: 'Part of Parley could not be loaded' }).isVisible(),
  ).resolves.toBe(true);
  await expect(failed.getByRole('button', { name: 'Reload' }).isVisible()).resolves.toBe(true);
  await expect(
    failed.getByRole('button', { name: 'Reset to bundled dataset' }).isVisible(),
  ).resolves.toBe(true);
  // The browser's own message is there for whoever needs it, behind a disclosure.
  const detail = failed.getByText('Technical details');
  await expect(failed.locator('code').isVisible()).resolves.toBe(false);
  await detail.click();
  await expect(failed.locator('code').textContent()).resolves.toMatch(/import|fetch|module/i);
  return failed;
}

/** The rest of the explorer works: search selects, Details shows the entity. */
async function expectExplorerWorks(page: Page) {
  await selectBySearch(page, 'Ha Kim Ngoc');
  await page
    .getByRole('region', { name: 'Details' })
    .getByRole('heading', { name: 'Ha Kim Ngoc' })
    .waitFor({ timeout: 10_000 });
}

describe('a lazy panel whose chunk cannot be loaded', () => {
  it('path search: the Connection slot says so, focus stays on its button, the rest works', async () => {
    const { page, context, errors } = await openApp(browser, {
      beforeLoad: failChunk('ConnectionPanel'),
    });
    const open = page.getByRole('button', { name: 'Find connection', exact: true });
    await open.click();
    await expectPanelFailed(page, 'path search');
    // The press did not throw focus away to the page.
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.not.toBe('BODY');
    await expect(axeViolations(page)).resolves.toEqual([]);
    await screenshot(page, 'lazy-panel-failed');
    await expectExplorerWorks(page);
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it('time bar (loaded at start): the graph, search and Details still work', async () => {
    const { page, context, errors } = await openApp(browser, { beforeLoad: failChunk('TimeBar') });
    await expectPanelFailed(page, 'time bar');
    await screenshot(page, 'lazy-panel-failed-timebar');
    await expect(page.getByRole('region', { name: 'Graph' }).isVisible()).resolves.toBe(true);
    await expectExplorerWorks(page);
    // Another on-demand panel still loads.
    await page.getByRole('button', { name: 'Find connection', exact: true }).click();
    await page
      .getByRole('region', { name: 'Connection' })
      .getByRole('heading', { name: 'Find connection' })
      .waitFor({ timeout: 20_000 });
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it('thread: the failure replaces only the thread, and Reset to bundled dataset gets back', async () => {
    const { page, context, errors } = await openApp(browser, {
      beforeLoad: failChunk('ThreadPanel'),
      query: '?e=dioxin-remediation-bien-hoa',
    });
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('button', { name: 'Show thread' }).click();
    const failed = await expectPanelFailed(page, 'thread');
    await screenshot(page, 'lazy-panel-failed-thread');
    await expect(details.getByRole('button', { name: 'Show thread' }).isVisible()).resolves.toBe(
      true,
    );
    // Close gives the Details column back (Try again would fail the same way).
    await failed.getByRole('button', { name: 'Close' }).click();
    await expect
      .poll(() => page.getByRole('alert', { name: 'thread failed' }).count(), { timeout: 10_000 })
      .toBe(0);
    await details.getByRole('button', { name: 'Show thread' }).click();
    await page.getByRole('alert', { name: 'thread failed' }).waitFor({ timeout: 10_000 });
    await page
      .getByRole('alert', { name: 'thread failed' })
      .getByRole('button', { name: 'Reset to bundled dataset' })
      .click();
    await expect
      .poll(() => page.getByRole('alert', { name: 'thread failed' }).count(), { timeout: 20_000 })
      .toBe(0);
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it('on a phone, in dark mode: the message is a sheet over the graph, axe finds nothing', async () => {
    const { page, context, errors } = await openApp(browser, {
      width: 375,
      height: 812,
      colorScheme: 'dark',
      beforeLoad: failChunk('ConnectionPanel'),
    });
    await page.keyboard.press('c');
    const failed = await expectPanelFailed(page, 'path search');
    const box = (await failed.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await screenshot(page, 'lazy-panel-failed-phone-dark');
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });
});
