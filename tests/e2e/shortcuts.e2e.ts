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

const zoom = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
      __parleyZoom?: () => number;
    };
    return el.__parleyZoom?.() ?? NaN;
  });
/** Waits until the zoom animation has ended: two readings 150 ms apart agree (a loaded machine is slow). */
async function settle(page: Page) {
  let last = await zoom(page);
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(150);
    const now = await zoom(page);
    if (now === last) return;
    last = now;
  }
}

describe('shortcuts and help', () => {
  it('? and the Help button open a dialog listing every bound shortcut; Escape closes it and focus returns', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.locator('body').press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    for (const label of ['Search', 'Zoom in', 'Zoom out', 'Fit the graph to the view']) {
      await expect(
        dialog.getByRole('rowheader', { name: label, exact: true }).count(),
      ).resolves.toBe(1);
    }
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('/');
    expect(text).toMatch(/Ctrl\+K|⌘\+K/);
    await screenshot(page, 'help-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Help' }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close help' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      'Help',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('+, − and F zoom and fit the canvas', async () => {
    const { page, context } = await openApp(browser);
    const start = await zoom(page);
    expect(Number.isFinite(start)).toBe(true);
    await page.locator('body').press('+');
    await settle(page);
    const zoomedIn = await zoom(page);
    expect(zoomedIn).toBeGreaterThan(start * 1.2);
    await page.locator('body').press('-');
    await page.locator('body').press('-');
    await settle(page);
    expect(await zoom(page)).toBeLessThan(zoomedIn / 1.5);
    await page.locator('body').press('+');
    await page.locator('body').press('+');
    await page.locator('body').press('+');
    await settle(page);
    await page.locator('body').press('f');
    await settle(page);
    expect(Math.abs((await zoom(page)) - start) / start).toBeLessThan(0.1);
    await context.close();
  });

  it('Escape closes Export even after focus left it, and keeps the selection', async () => {
    const { page, context } = await openApp(browser, { query: '?e=ha-kim-ngoc' });
    await page.getByRole('button', { name: 'Export' }).click();
    const panel = page.getByRole('dialog', { name: 'Export' });
    await panel.waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).searchParams.get('e')).toBe('ha-kim-ngoc');
    await context.close();
  });
});

describe('dark mode', () => {
  it('follows the system, and the switch is remembered over the system', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      colorScheme: 'dark',
    });
    const page = await context.newPage();
    const { baseUrl } = await import('./browser');
    await page.goto(baseUrl());
    await page.locator('[data-testid="graph"][aria-busy="false"]').waitFor({ timeout: 30_000 });
    const bg = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const darkBg = await bg();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const sw = page.getByRole('button', { name: 'Dark mode' });
    await expect(sw.getAttribute('aria-pressed')).resolves.toBe('true');
    // The canvas draws with the dark stylesheet: node labels in a light colour.
    const labelColor = () =>
      page.evaluate(() => {
        const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
          __parleyLabelColor?: () => string;
        };
        return el.__parleyLabelColor?.() ?? '';
      });
    expect(await labelColor()).toMatch(/rgb\(2[0-9]{2}/);
    await screenshot(page, 'dark-desktop');
    await sw.click();
    await expect(sw.getAttribute('aria-pressed')).resolves.toBe('false');
    expect(await bg()).not.toBe(darkBg);
    expect(await labelColor()).toMatch(/rgb\([0-9]{1,2},/);
    await page.reload();
    await page.locator('[data-testid="graph"][aria-busy="false"]').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await context.close();
  });
});
