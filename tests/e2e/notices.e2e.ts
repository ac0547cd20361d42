/**
 * Notices ("The link names an entity…", "Opened …", "Not everything
 * maps…") live in a status row of their own, outside the graph's box: they
 * never cover a drawn node or the selection. Still announced politely and
 * dismissible, with focus kept.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { drawnNodes, launch, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function expectOutsideGraph(page: Page, label: string) {
  const notice = (await page.locator('.notice').boundingBox())!;
  const graph = (await page.getByTestId('graph').boundingBox())!;
  expect(intersects(notice, graph), `${label}: the notice overlaps the graph`).toBe(false);
  // No node on screen (the selection included) lies under the notice. A node whose
  // 8 px core reaches past the graph's edge is clipped by the graph's own canvas, not
  // covered by the notice (which the check above keeps outside that box).
  const nodes = (await drawnNodes(page)).filter(
    (n) => n.x >= 4 && n.y >= 4 && n.x <= graph.width - 4 && n.y <= graph.height - 4,
  );
  expect(nodes.length).toBeGreaterThan(0);
  expect(nodes.map((n) => n.id)).toContain('ha-kim-ngoc');
  const covered = nodes.filter((n) =>
    intersects(notice, { x: graph.x + n.x - 4, y: graph.y + n.y - 4, width: 8, height: 8 }),
  );
  expect(covered.map((n) => n.id)).toEqual([]);
}

describe('notices', () => {
  for (const size of [
    { width: 1280, height: 800, name: 'desktop' },
    { width: 375, height: 812, name: 'phone' },
  ]) {
    it(`sit in a status row outside the graph (${size.name}), polite and dismissible`, async () => {
      // An unknown id in the link, next to a known selection: a notice and a selected hub.
      const { page, context, errors } = await openApp(browser, {
        width: size.width,
        height: size.height,
        query: '?e=ha-kim-ngoc&hide=no-such-type',
      });
      const notice = page.locator('.notice');
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/no-such-type/);
      // Announced politely (a status), not as an alert.
      await expect(notice.getByRole('status').count()).resolves.toBe(1);
      await expect(notice.getByRole('alert').count()).resolves.toBe(0);
      await expectOutsideGraph(page, size.name);
      const selected = await page.getByTestId('graph').getAttribute('data-selected');
      expect(selected).toBe('ha-kim-ngoc');
      const v = await axeViolations(page);
      expect(v, JSON.stringify(v, null, 1)).toEqual([]);
      await screenshot(page, `notice-${size.name}`);
      // Dismissed by keyboard; focus moves on to the graph, never to the page.
      await notice.getByRole('button', { name: 'Dismiss notice' }).focus();
      await page.keyboard.press('Enter');
      await notice.waitFor({ state: 'detached' });
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('graph');
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
