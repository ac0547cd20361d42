import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { drawnNodes, launch, openApp, screenshot, selectBySearch, waitSettled } from './browser';

/**
 * Labels never overlap and the most connected entities are always labelled:
 * every label on screen is read back from Cytoscape as drawn (its box in
 * screen px, its font size) at the first view, with the top hubs selected,
 * and around the hub of an opened star of 180 neighbours.
 */

interface DrawnLabel {
  id: string;
  label: string;
  fontPx: number;
  box: { x1: number; y1: number; x2: number; y2: number };
}

let browser: Browser;
let label: Map<string, string>;
beforeAll(async () => {
  browser = await launch();
  const { dataset } = await loadDatasetFromDir('graph-data');
  label = new Map(dataset.entities.map((e) => [e.id, e.label]));
});
afterAll(async () => {
  await browser?.close();
});

async function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  return page.getByTestId('graph').evaluate((el) => {
    const hook = (el as HTMLElement & { __parleyLabelBoxes?: () => DrawnLabel[] })
      .__parleyLabelBoxes;
    return hook ? hook() : [];
  });
}

/** Pairs of labels whose drawn boxes overlap (by more than half a pixel either way). */
function overlapping(labels: DrawnLabel[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!.box;
      const b = labels[j]!.box;
      const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (w > 0.5 && h > 0.5) out.push(`${labels[i]!.label} × ${labels[j]!.label}`);
    }
  return out;
}

/** The ten entities with the most relations on the canvas. */
async function topTen(page: Page): Promise<string[]> {
  const nodes = await drawnNodes(page);
  return nodes
    .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1))
    .slice(0, 10)
    .map((n) => n.id);
}

/** Labels refresh after a viewport change settles (120 ms); animations take 350 ms. */
const settleLabels = (page: Page) => page.waitForTimeout(900);

const views = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 812 },
] as const;

describe('labels at the first view', () => {
  for (const v of views) {
    it(`${v.name}: the ten most connected are labelled at ≥ 11 px, and no two labels overlap`, async () => {
      const { page, context } = await openApp(browser, { width: v.width, height: v.height });
      await settleLabels(page);
      const labels = await drawnLabels(page);
      await screenshot(page, `labels-first-${v.name}`);
      expect(labels.length).toBeGreaterThanOrEqual(10);
      expect(overlapping(labels)).toEqual([]);
      const byId = new Map(labels.map((l) => [l.id, l]));
      const nodes = await drawnNodes(page);
      const graph = page.getByTestId('graph');
      const area = (await graph.boundingBox())!;
      const unlabelled: string[] = [];
      for (const id of await topTen(page)) {
        const n = nodes.find((x) => x.id === id)!;
        // On a phone the first view is zoomed in on the main entities: those off screen are exempt.
        if (n.x < 0 || n.y < 0 || n.x > area.width || n.y > area.height) continue;
        if (!byId.has(id)) {
          unlabelled.push(id);
          continue;
        }
        expect(byId.get(id)!.fontPx, id).toBeGreaterThanOrEqual(11);
      }
      expect(unlabelled, 'the ten most connected, each labelled').toEqual([]);
      await context.close();
    });
  }
});

describe('labels around a selected hub', () => {
  for (const v of views) {
    it(`${v.name}: selecting each of the three top hubs labels it and never overlaps`, async () => {
      const { page, context } = await openApp(browser, { width: v.width, height: v.height });
      const hubs = (await topTen(page)).slice(0, 3);
      for (const hub of hubs) {
        await selectBySearch(page, label.get(hub)!);
        await expect.poll(() => page.getByTestId('graph').getAttribute('data-selected')).toBe(hub);
        await waitSettled(page);
        await settleLabels(page);
        const labels = await drawnLabels(page);
        if (hub === hubs[0]) await screenshot(page, `labels-hub-${v.name}`);
        expect(overlapping(labels), hub).toEqual([]);
        const own = labels.find((l) => l.id === hub);
        expect(own, `${hub} labelled`).toBeDefined();
        expect(own!.fontPx).toBeGreaterThanOrEqual(11);
        // Its neighbours are labelled where they fit: more than a handful.
        expect(labels.length, hub).toBeGreaterThan(5);
        for (const l of labels) expect(l.fontPx, l.label).toBeGreaterThanOrEqual(11);
      }
      await context.close();
    });
  }

  it('a star of 180 neighbours opened from a file: the hub labelled, no overlaps, the rest a hover away', async () => {
    const { page, context } = await openApp(browser);
    const nodes = [
      '<node id="hub"><data key="label">Central hub</data></node>',
      ...Array.from(
        { length: 180 },
        (_, i) => `<node id="n${i}"><data key="label">Neighbour number ${i + 1}</data></node>`,
      ),
    ];
    const edges = Array.from(
      { length: 180 },
      (_, i) => `<edge id="e${i}" source="hub" target="n${i}"/>`,
    );
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
      '<key id="label" for="node" attr.name="label" attr.type="string"/>\n' +
      `<graph edgedefault="directed">\n${nodes.join('\n')}\n${edges.join('\n')}\n</graph>\n</graphml>\n`;
    await page.getByLabel('Open dataset file').setInputFiles({
      name: 'star.graphml',
      mimeType: 'application/xml',
      buffer: Buffer.from(xml),
    });
    await expect
      .poll(() => page.getByTestId('load-counts').textContent(), { timeout: 20_000 })
      .toContain('181');
    await waitSettled(page);
    await settleLabels(page);
    expect(overlapping(await drawnLabels(page))).toEqual([]);
    await selectBySearch(page, 'Central hub');
    await expect.poll(() => page.getByTestId('graph').getAttribute('data-selected')).toBe('hub');
    await waitSettled(page);
    await settleLabels(page);
    const labels = await drawnLabels(page);
    await screenshot(page, 'labels-star-hub');
    expect(overlapping(labels)).toEqual([]);
    expect(labels.find((l) => l.id === 'hub')?.fontPx).toBeGreaterThanOrEqual(11);
    const shown = new Set(labels.map((l) => l.id));
    expect(shown.size).toBeGreaterThan(5);
    // A neighbour left unlabelled gets its label on hover.
    const hidden = (await drawnNodes(page)).find(
      (n) => n.id !== 'hub' && !shown.has(n.id) && n.x > 40 && n.y > 40 && n.x < 1200 && n.y < 600,
    );
    expect(hidden, 'an unlabelled neighbour on screen').toBeDefined();
    const box = (await page.getByTestId('graph').boundingBox())!;
    await page.mouse.move(box.x + hidden!.x, box.y + hidden!.y);
    await expect
      .poll(async () => (await drawnLabels(page)).some((l) => l.id === hidden!.id))
      .toBe(true);
    await context.close();
  });
});
