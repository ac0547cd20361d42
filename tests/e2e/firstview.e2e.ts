import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openApp, screenshot, waitSettled } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const IDS = ['ha-kim-ngoc', 'antony-blinken', 'bui-thanh-son', 'united-states'];

async function positions(page: Page) {
  return page.evaluate((ids) => {
    const el = document.querySelector('[data-testid="graph"]') as
      | (HTMLElement & { __parleyNodePosition?: (id: string) => { x: number; y: number } | null })
      | null;
    const f = el?.__parleyNodePosition;
    return f ? ids.map((id) => f(id)) : null;
  }, IDS);
}

describe('first view', () => {
  it('the bundled graph appears in place: no node moves after the first draw', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(baseUrl());
    let first: Awaited<ReturnType<typeof positions>> = null;
    const deadline = Date.now() + 30_000;
    while (!first?.every(Boolean) && Date.now() < deadline) {
      first = await positions(page);
      if (!first?.every(Boolean)) await page.waitForTimeout(20);
    }
    expect(first?.every(Boolean)).toBe(true);
    await waitSettled(page);
    await page.waitForTimeout(600); // any animation would have moved them by now
    const settled = await positions(page);
    for (let i = 0; i < IDS.length; i++) {
      expect(Math.abs(settled![i]!.x - first![i]!.x), IDS[i]).toBeLessThan(1);
      expect(Math.abs(settled![i]!.y - first![i]!.y), IDS[i]).toBeLessThan(1);
    }
    await screenshot(page, 'first-view');
    await context.close();
  });

  it('labels the ~15 most important entities at ≥ 11 px on screen, the most connected people among them', async () => {
    const { page, context } = await openApp(browser);
    await page.waitForTimeout(400); // labels settle after the fit
    const labels = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
        __parleyLabels?: () => { id: string; label: string; fontPx: number }[];
      };
      return el.__parleyLabels?.() ?? [];
    });
    await screenshot(page, 'first-view-labels');
    expect(labels.length, JSON.stringify(labels.map((l) => l.id))).toBeGreaterThanOrEqual(12);
    expect(labels.length).toBeLessThanOrEqual(25);
    for (const l of labels) expect(l.fontPx, l.id).toBeGreaterThanOrEqual(11);
    const ids = labels.map((l) => l.id);
    for (const id of ['ha-kim-ngoc', 'antony-blinken', 'bui-thanh-son']) expect(ids).toContain(id);
    // Meeting labels keep the year that tells the rounds apart.
    for (const l of labels.filter((x) => /Dialogue/.test(x.label) && x.label.includes('…')))
      expect(l.label).toMatch(/\(\d{4}\)$/);
    // Zooming in labels more.
    await page.locator('body').press('+');
    await page.locator('body').press('+');
    await page.waitForTimeout(700);
    const more = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
        __parleyLabels?: () => unknown[];
      };
      return el.__parleyLabels?.().length ?? 0;
    });
    expect(more).toBeGreaterThan(labels.length);
    await context.close();
  });
});
