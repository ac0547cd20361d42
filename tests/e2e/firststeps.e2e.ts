/** Point 8 and the quotes fold of point 1: Start here, Copy link, sources said once, quotes behind "N quotes ▸". */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const details = (page: Page) => page.getByRole('region', { name: 'Details' });

describe('first steps', () => {
  it('Start here suggests three entities; following one selects it and focuses its heading', async () => {
    const { page, context, errors } = await openApp(browser);
    const start = details(page).getByRole('region', { name: 'Start here' });
    const links = start.getByRole('link');
    await expect(links.count()).resolves.toBe(3);
    // By rule, from the data: the most connected person, the latest meeting, the main agreement.
    await expect(start.textContent()).resolves.toMatch(/most connected person/);
    await expect(start.textContent()).resolves.toMatch(/latest meeting/);
    await expect(start.textContent()).resolves.toMatch(/agreement with the most relations/);
    await screenshot(page, 'start-here');
    // The link starts with its type's icon.
    const first = (await links.first().textContent())!.replace(/^[^\p{L}]+/u, '').trim();
    await links.first().click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe(first);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await expect.poll(() => new URL(page.url()).searchParams.get('e')).toBe('bonnie-jenkins');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the source list says once what the texts leave out', async () => {
    const { page, context } = await openApp(browser);
    const text = (await details(page).textContent()) ?? '';
    expect(text).not.toMatch(/publisher not stated|date not stated/);
    await expect(
      details(page)
        .getByText(/sources state no publisher/)
        .count(),
    ).resolves.toBe(1);
    await expect(details(page).getByText('VietnamPlus (en.vietnamplus.vn)').count()).resolves.toBe(
      1,
    );
    await context.close();
  });

  it('Copy link to this view copies the address and says so politely', async () => {
    const { page, context } = await openApp(browser, { query: '?e=ha-kim-ngoc&hide=topic' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link to this view' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Link copied' });
    await status.waitFor();
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).searchParams.get('e')).toBe('ha-kim-ngoc');
    expect(new URL(copied).searchParams.get('hide')).toBe('topic');
    await screenshot(page, 'link-copied');
    await context.close();
  });

  it('a relation with several quotes shows "N quotes ▸", which opens them', async () => {
    const { page, context } = await openApp(browser, { query: '?e=psd-dialogue-12' });
    const group = details(page).getByRole('region', { name: /co-chaired by/ });
    const toggle = group.getByRole('button', { name: /^\d+ quotes/ }).first();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    const n = Number(/^(\d+)/.exec((await toggle.textContent())!)![1]);
    expect(n).toBeGreaterThan(1);
    const item = toggle.locator('xpath=ancestor::li[1]');
    await expect(item.locator('blockquote:visible').count()).resolves.toBe(0);
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect.poll(() => item.locator('blockquote:visible').count()).toBe(n);
    await screenshot(page, 'quotes-open');
    await toggle.click();
    await expect.poll(() => item.locator('blockquote:visible').count()).toBe(0);
    await context.close();
  });
});
