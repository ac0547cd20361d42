import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/datasets';
import { loadDatasetFromDir } from '../../src/data/node';
import { launch, openApp, screenshot, waitSettled } from './browser';

let browser: Browser;
let bundledCount = 0;
beforeAll(async () => {
  browser = await launch();
  bundledCount = (await loadDatasetFromDir('graph-data')).dataset!.entities.length;
});
afterAll(async () => {
  await browser?.close();
});

describe('large graphs', () => {
  it('draws a 2,100-entity graph progressively, in simplified form, and says so', async () => {
    const n = 2100;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'parley-large-')), 'large.parley.json');
    writeFileSync(file, syntheticDataset(n, 11, { keystrokes: 1, clicks: 1 }).text);
    const { page, context, errors } = await openApp(browser);
    await page.getByLabel('Open dataset file').setInputFiles(file);
    await expect
      .poll(() => page.getByTestId('graph').getAttribute('data-visible-nodes'), {
        timeout: 120_000,
      })
      .toBe(String(n));
    await waitSettled(page, 120_000);
    await expect(page.getByRole('note').textContent()).resolves.toMatch(
      /Large graph \(2,100 entities, [\d,]+ relations\)/,
    );
    await page.getByRole('combobox', { name: 'Search' }).fill('a');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    const graph = page.getByTestId('graph');
    await expect.poll(() => graph.getAttribute('data-selected')).not.toBe('');
    // Level of detail: the canvas holds the selected entity's relations, and only those.
    const relations = await page
      .getByRole('region', { name: 'Details' })
      .getByText(/^Relations \(\d+\)$/)
      .textContent();
    const degree = Number(/\((\d+)\)/.exec(relations ?? '')?.[1]);
    expect(degree).toBeGreaterThan(0);
    await expect.poll(() => graph.getAttribute('data-canvas-edges')).toBe(String(degree));
    // Framed: the selected entity ends up well inside the graph region.
    const id = (await graph.getAttribute('data-selected'))!;
    const box = (await graph.boundingBox())!;
    const inside = async () => {
      const p = await graph.evaluate(
        (el, nodeId) =>
          (
            el as HTMLElement & { __parleyNodePosition(id: string): { x: number; y: number } }
          ).__parleyNodePosition(nodeId),
        id,
      );
      return p.x > 40 && p.x < box.width - 40 && p.y > 80 && p.y < box.height - 80;
    };
    await expect.poll(inside, { timeout: 5_000 }).toBe(true);
    await page.waitForTimeout(400); // the framing animation ends (relations are not drawn while it runs)
    await screenshot(page, 'large-2100');

    // Cytoscape's hit test behind the grid index answers as Cytoscape's own,
    // all over the view (white box: the instance is reached through its container).
    const agreement = await graph.evaluate((el) => {
      type Hit = { id(): string }[];
      type R = { findNearestElements(x: number, y: number, i: boolean, t: boolean): Hit };
      const host = [...el.querySelectorAll('div')].find(
        (d) => (d as unknown as { _cyreg?: { cy?: unknown } })._cyreg?.cy,
      ) as unknown as { _cyreg: { cy: import('cytoscape').Core } };
      const cy = host._cyreg.cy;
      const r = (cy as unknown as { renderer(): R }).renderer();
      const own = (Object.getPrototypeOf(r) as R).findNearestElements;
      const ext = cy.extent();
      let same = 0;
      let hits = 0;
      const n = 600;
      for (let i = 0; i < n; i++) {
        const x = ext.x1 + (ext.w * ((i * 37) % n)) / n;
        const y = ext.y1 + (ext.h * ((i * 101) % n)) / n;
        for (const touch of [false, true]) {
          const a = r.findNearestElements(x, y, true, touch).map((e) => e.id());
          const b = own.call(r, x, y, true, touch).map((e) => e.id());
          if (a.join() === b.join()) same++;
          if (b.length) hits++;
        }
      }
      return { same, hits, total: 2 * n, patched: r.findNearestElements !== own };
    });
    expect(agreement.patched).toBe(true);
    expect(agreement.same).toBe(agreement.total);
    expect(agreement.hits).toBeGreaterThan(agreement.total / 4);

    await page.getByRole('button', { name: /^Clear selection/ }).click();
    await expect.poll(() => graph.getAttribute('data-canvas-edges')).toBe('0');
    // Back to the bundled dataset: the big graph's canvas is torn down cleanly.
    await page.getByRole('button', { name: 'Reset to bundled dataset' }).click();
    await expect
      .poll(() => page.getByTestId('graph').getAttribute('data-visible-nodes'), { timeout: 30_000 })
      .toBe(String(bundledCount));
    expect(errors).toEqual([]);
    await context.close();
  });
});
