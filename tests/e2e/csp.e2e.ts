/**
 * The built app ships a strict Content-Security-Policy and keeps to it: the
 * policy is in the page, Cytoscape injects no <style>, and the listener that
 * logs violations for the whole e2e run (tests/e2e/browser.ts; the run fails
 * in globalSetup when the log is not empty) does see one when it happens.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP } from '../../vite.csp';
import { CSP_PROBE, launch, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const seen = (page: import('playwright-core').Page) =>
  page.evaluate(() => (window as unknown as { __parleyCspSeen: string[] }).__parleyCspSeen);

describe('Content-Security-Policy', () => {
  it('is in the built page, strict, and nothing on a loaded, laid-out, searched graph violates it', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?e=ha-kim-ngoc' });
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toBe(CSP);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
    // Cytoscape's container rule comes from boot.css, not an injected <style>.
    await expect(page.locator('style').count()).resolves.toBe(0);
    await expect(
      page
        .locator('.__________cytoscape_container')
        .evaluate((el) => getComputedStyle(el).position),
    ).resolves.toBe('relative');
    await page.getByRole('combobox').first().fill('Ngoc');
    await page.getByRole('combobox').first().press('Enter');
    await page.selectOption('select', 'timeline').catch(() => undefined);
    await page.waitForTimeout(500);
    expect(await seen(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the violation listener sees an inline style (so a clean run means something)', async () => {
    const { page, context } = await openApp(browser);
    await page.evaluate((probe) => {
      (window as unknown as { __parleyCspProbe: string }).__parleyCspProbe = probe;
      const s = document.createElement('style');
      s.textContent = `/*${probe}*/ body { color: red }`;
      document.head.append(s);
    }, CSP_PROBE);
    await expect.poll(() => seen(page)).toEqual([expect.stringContaining('style-src')]);
    await expect(page.evaluate(() => getComputedStyle(document.body).color)).resolves.not.toBe(
      'rgb(255, 0, 0)',
    );
    await context.close();
  });
});
