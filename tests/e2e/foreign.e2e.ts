import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import {
  drawnNodes,
  launch,
  openApp,
  screenshot,
  selectBySearch,
  openForeignFile,
} from './browser';

/**
 * Other people's graphs (tests/fixtures/foreign/, real files from public
 * projects): what a person sees after opening each — the file's layout, its
 * attributes in Details, undirected links without arrowheads, repeated edges
 * merged and said.
 */

const FOREIGN = 'tests/fixtures/foreign';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const arrowheads = (page: Page) =>
  page
    .getByTestId('graph')
    .evaluate((el) =>
      (el as HTMLElement & { __parleyArrowheads: () => number }).__parleyArrowheads(),
    );

const modelPositions = (page: Page) =>
  page.getByTestId('graph').evaluate((el) =>
    (
      el as HTMLElement & {
        __parleyModelPositions: () => Record<string, { x: number; y: number }>;
      }
    ).__parleyModelPositions(),
  );

/** Every node's drawn box (px, relative to the graph region) and the toolbar's bottom over it. */
async function drawnBox(page: Page) {
  const nodes = await drawnNodes(page);
  const graph = (await page.getByTestId('graph').boundingBox())!;
  const bar = (await page.getByRole('toolbar', { name: 'Graph controls' }).boundingBox())!;
  return {
    top: Math.min(...nodes.map((n) => n.y - n.sizePx / 2)),
    bottom: Math.max(...nodes.map((n) => n.y + n.sizePx / 2)),
    left: Math.min(...nodes.map((n) => n.x - n.sizePx / 2)),
    right: Math.max(...nodes.map((n) => n.x + n.sizePx / 2)),
    width: graph.width,
    height: graph.height,
    barBottom: bar.y + bar.height - graph.y,
  };
}

describe('other people’s graphs', () => {
  it(
    'the first view leaves room for the toolbar: no entity under it (d3 JSON laid out here, GEXF in its own layout)',
    { timeout: 240_000 },
    async () => {
      for (const [file, name] of [
        ['miserables-d3.json', 'd3'],
        ['les-miserables.gexf', 'gexf'],
      ] as const) {
        const { page, context, errors } = await openApp(browser);
        await openForeignFile(page, file, '77 entities, 254 relations');
        const box = await drawnBox(page);
        expect(box.barBottom).toBeGreaterThan(40); // two rows of controls on this stage
        expect(box.top).toBeGreaterThan(box.barBottom);
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(box.width);
        expect(box.bottom).toBeLessThanOrEqual(box.height);
        await screenshot(page, `foreign-fit-${name}-desktop`);
        expect(errors).toEqual([]);
        await context.close();
      }
    },
  );

  it(
    'kinds spelled two ways ("works for", "works_for", "Hero", "hero") are one in the relation filter and the legend',
    { timeout: 240_000 },
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'parley-spelled-'));
      const file = path.join(dir, 'spelled.json');
      writeFileSync(
        file,
        JSON.stringify({
          nodes: [
            { id: 'a', group: 'Hero' },
            { id: 'b', group: 'hero' },
            { id: 'c', group: 'hero' },
            { id: 'd', group: 'comic' },
          ],
          links: [
            { source: 'a', target: 'b', type: 'works for' },
            { source: 'b', target: 'c', type: 'works_for' },
            { source: 'c', target: 'a', type: 'Works  For' },
            { source: 'a', target: 'd', type: 'appears in' },
          ],
        }),
      );
      const { page, context, errors } = await openApp(browser);
      await page.getByLabel('Open dataset file').setInputFiles(file);
      await expect
        .poll(() => page.getByTestId('load-counts').textContent(), { timeout: 120_000 })
        .toContain('4 entities, 4 relations');
      const filters = page.getByRole('region', { name: 'Filters' });
      await filters.getByText(/Relation types/).click();
      const names = await filters
        .getByRole('checkbox')
        .evaluateAll((boxes) =>
          boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''),
        );
      expect(names.filter((n) => /works/i.test(n))).toHaveLength(1);
      const legend = page.getByRole('region', { name: 'Legend' });
      const kinds = await legend.locator('.legend-label').allTextContents();
      expect(kinds.filter((k) => /hero/i.test(k))).toEqual(['hero']); // its most frequent spelling
      expect(errors).toEqual([]);
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  );

  it(
    "a GEXF in its own layout is shown whole on a phone (the author's drawing, not a zoom on its hubs)",
    { timeout: 240_000 },
    async () => {
      const { page, context, errors } = await openApp(browser, { width: 375, height: 812 });
      await openForeignFile(page, 'les-miserables.gexf', '77 entities, 254 relations');
      const box = await drawnBox(page);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(box.width);
      expect(box.top).toBeGreaterThan(box.barBottom);
      expect(box.bottom).toBeLessThanOrEqual(box.height);
      await screenshot(page, 'foreign-fit-gexf-phone');
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it(
    "a Gephi GEXF opens in its author's layout: “From the file” in the layout menu",
    { timeout: 240_000 },
    async () => {
      const { page, context, errors } = await openApp(browser);
      await openForeignFile(page, 'les-miserables.gexf', '77 entities, 254 relations');
      const layout = page.getByRole('combobox', { name: 'Layout' });
      await expect(layout.locator('option:checked').textContent()).resolves.toBe('From the file');
      // Drawn where the file puts them: the file's x order and (flipped) y order are kept.
      const gexf = readFileSync(path.join(FOREIGN, 'les-miserables.gexf'), 'utf8');
      const file = new Map(
        [
          ...gexf.matchAll(/<node id="([^"]+)"[\s\S]*?<viz:position x="([-\d.]+)" y="([-\d.]+)"/g),
        ].map((m) => [m[1]!, { x: Number(m[2]), y: Number(m[3]) }]),
      );
      const drawn = await modelPositions(page);
      const ids = [...file.keys()];
      expect(ids.length).toBe(77);
      const [a, b] = [file.get('11.0')!, file.get('0.0')!]; // Valjean, Myriel
      const [da, db] = [drawn['11.0']!, drawn['0.0']!];
      expect(Math.sign(da.x - db.x)).toBe(Math.sign(a.x - b.x));
      expect(Math.sign(da.y - db.y)).toBe(-Math.sign(a.y - b.y));
      // Proportions kept: one scale for x and y.
      const ratio = (da.x - db.x) / (a.x - b.x);
      expect((da.y - db.y) / -(a.y - b.y)).toBeCloseTo(ratio, 3);
      await screenshot(page, 'foreign-gexf-own-layout');
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it(
    "d3's Les Misérables: undirected links drawn without arrowheads, the file's attributes in Details",
    { timeout: 240_000 },
    async () => {
      const { page, context, errors } = await openApp(browser);
      await openForeignFile(page, 'miserables-d3.json', '77 entities, 254 relations');
      expect(await arrowheads(page)).toBe(0);
      // d3's "group" is the kind, in the file's words (never Topic).
      const legend = page.getByRole('region', { name: 'Legend' });
      await expect(legend.getByRole('button', { name: /^group 1\b/ }).count()).resolves.toBe(1);
      await expect(legend.getByRole('button', { name: /^Topic\b/ }).count()).resolves.toBe(0);
      await selectBySearch(page, 'Valjean');
      // Undirected: one group read both ways, never "← related to".
      const headings = await page.locator('.relation-group h4').allTextContents();
      expect(headings.length).toBeGreaterThan(0);
      for (const h of headings) expect(h).toMatch(/^— related to/);
      // No quotes in a d3 file: the Importance lines never speak of any.
      const panel = page.locator('.details-body');
      await expect.poll(() => panel.textContent()).not.toMatch(/quotes? of evidence on them/);
      await screenshot(page, 'foreign-miserables-hub');
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it(
    'yEd GraphML opens (port keys and all) with its own labels',
    { timeout: 240_000 },
    async () => {
      const { page, context, errors } = await openApp(browser);
      await openForeignFile(page, 'yed-groups.graphml', '9 entities, 4 relations');
      await selectBySearch(page, 'Group 3');
      await expect(
        page.getByRole('region', { name: 'From the file' }).textContent(),
      ).resolves.toContain('CustomPropertyValue');
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it(
    "Gephi's repeated edges: merged into one relation with a count, and said",
    { timeout: 240_000 },
    async () => {
      const { page, context, errors } = await openApp(browser);
      await openForeignFile(page, 'gephi-repeated-edges.csv', '4 entities, 3 relations');
      await expect(page.locator('.notice').textContent()).resolves.toContain(
        '2 repeated edges merged into 1 relation with a count and summed weight',
      );
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it(
    'Open… → "Keep repeated edges apart" keeps them apart, says so, and is remembered',
    { timeout: 240_000 },
    async () => {
      const { page, context, errors } = await openApp(browser);
      await page.getByRole('button', { name: 'Open…' }).click();
      const panel = page.getByRole('dialog', { name: 'Open' });
      const keep = panel.getByRole('checkbox', { name: 'Keep repeated edges apart' });
      expect(await keep.isChecked()).toBe(false);
      await keep.check();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'open-keep-repeated');
      await page.keyboard.press('Escape');
      await openForeignFile(page, 'gephi-repeated-edges.csv', '4 entities, 5 relations');
      await expect(page.locator('.notice').textContent()).resolves.toContain(
        '2 repeated edges kept apart',
      );
      await page.getByRole('button', { name: 'Open…' }).click();
      expect(await keep.isChecked()).toBe(true);
      await keep.uncheck();
      await page.keyboard.press('Escape');
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
