import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { buildGraph } from '../../src/graph/build';
import type { ParleyGraph } from '../../src/graph/types';
import { launch, openApp, screenshot } from './browser';

let browser: Browser;
let graph: ParleyGraph;
beforeAll(async () => {
  browser = await launch();
  graph = buildGraph((await loadDatasetFromDir('graph-data')).dataset).graph;
});
afterAll(async () => {
  await browser?.close();
});

const live = (page: Page) => page.getByTestId('graph-live').textContent();
const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? '',
      text: el?.textContent?.trim() ?? '',
      label: el?.getAttribute('aria-label') ?? '',
      testid: el?.getAttribute('data-testid') ?? '',
      inDetails: !!el?.closest('#details'),
      inSidebar: !!el?.closest('#sidebar'),
    };
  });
const idOf = (label: string) => graph.findNode((_n, a) => a.label === label);
const labelFromLive = (text: string) => text.split(', ')[0]!;

describe('keyboard', () => {
  it('the skip link reaches the canvas; arrows move between neighbours and are announced; Enter selects', async () => {
    const { page, context } = await openApp(browser);
    await page.keyboard.press('Tab');
    expect((await active(page)).text).toBe('Skip to graph');
    await page.keyboard.press('Enter');
    expect((await active(page)).testid).toBe('graph');
    const first = (await live(page)) ?? '';
    // The most connected entity first, as "Name, type, N relations".
    expect(first).toMatch(
      /^.+, (person|meeting|agreement|topic|organization|country|place), .*\d+ relations?$/,
    );
    const startId = idOf(labelFromLive(first));
    expect(startId).toBeDefined();
    expect(first).toContain(`${graph.degree(startId!)} relations`);
    await expect(page.getByTestId('node-card').textContent()).resolves.toContain(
      labelFromLive(first),
    );
    await screenshot(page, 'keyboard-canvas');

    let moved = false;
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      const text = (await live(page)) ?? '';
      const id = idOf(labelFromLive(text));
      if (id && id !== startId) {
        moved = true;
        // A neighbour when one lies that way; any entity otherwise.
        expect(graph.hasNode(id)).toBe(true);
        break;
      }
    }
    expect(moved).toBe(true);
    const now = labelFromLive((await live(page)) ?? '');
    await page.keyboard.press('Enter');
    await expect(
      page
        .getByRole('region', { name: 'Details' })
        .getByRole('heading', { level: 2 })
        .textContent(),
    ).resolves.toBe(now);
    expect((await active(page)).testid).toBe('graph'); // keeps moving from here
    expect(await live(page)).toBe(`Selected ${now}.`);
    await context.close();
  });

  it('a search pick and a followed link move focus to the new Details heading', async () => {
    const { page, context } = await openApp(browser);
    await page.keyboard.press('/');
    await page.keyboard.type('Ngoc');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    const label = graph.getNodeAttribute('ha-kim-ngoc', 'label');
    await expect(active(page)).resolves.toMatchObject({ tag: 'H2', text: label, inDetails: true });
    // One Tab from the heading reaches the panel's controls.
    await page.keyboard.press('Tab');
    expect((await active(page)).inDetails).toBe(true);
    const link = page.getByRole('region', { name: 'Details' }).locator('a.entity-link').first();
    const target = (await link.textContent())?.trim() ?? '';
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(active(page)).resolves.toMatchObject({ tag: 'H2', inDetails: true });
    expect((await active(page)).text).toContain(target.replace(/^\S+\s/, '').slice(0, 10));
    await page
      .getByRole('button', { name: /^Show relation/ })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await expect(active(page)).resolves.toMatchObject({ tag: 'H2', inDetails: true });
    await context.close();
  });

  it('F6 and Shift+F6 move between search, filters, graph and details', async () => {
    const { page, context } = await openApp(browser, { query: '?e=ha-kim-ngoc' });
    await page.keyboard.press('/');
    expect((await active(page)).label).toBe('Search');
    await page.keyboard.press('F6');
    expect((await active(page)).inSidebar).toBe(true);
    await page.keyboard.press('F6');
    expect((await active(page)).testid).toBe('graph');
    await page.keyboard.press('F6');
    expect((await active(page)).inDetails).toBe(true);
    await page.keyboard.press('F6');
    expect((await active(page)).label).toBe('Search');
    await page.keyboard.press('Shift+F6');
    expect((await active(page)).inDetails).toBe(true);
    await context.close();
  });
});
