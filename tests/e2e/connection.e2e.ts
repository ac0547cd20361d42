import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { buildGraph } from '../../src/graph/build';
import { searchConnection } from '../../src/graph/paths';
import type { ParleyGraph } from '../../src/graph/types';
import { axeViolations } from './axe';
import { launch, openApp, screenshot, waitSettled } from './browser';

let browser: Browser;
let graph: ParleyGraph;

beforeAll(async () => {
  browser = await launch();
  const { dataset } = await loadDatasetFromDir('graph-data');
  graph = buildGraph(dataset).graph;
});
afterAll(async () => {
  await browser?.close();
});

const FROM = 'jessica-lewis';
const TO = 'antony-blinken';
const region = (page: Page) => page.getByRole('region', { name: 'Connection' });

/** What the canvas marks as on the path (ids of nodes and edges), sorted. */
async function onPath(page: Page): Promise<string[]> {
  const attr = await page.getByTestId('graph').getAttribute('data-path');
  return (attr ?? '').split(' ').filter(Boolean).sort();
}

/** Nodes and relations of the n-th shortest path, as the pure search lists it. */
function expectedPath(n: number, opts = {}) {
  const p = searchConnection(graph, FROM, TO, { followDirection: false, avoidHubs: true, ...opts })
    .shortest!.paths[n]!;
  return [...p.nodes, ...p.hops.flatMap((h) => h.relations.map((r) => r.id))].sort();
}

async function pick(page: Page, field: 'From' | 'To', typed: string, label: string) {
  const box = region(page).getByRole('combobox', { name: field });
  await box.fill(typed);
  await region(page)
    .getByRole('option', { name: new RegExp(label) })
    .first()
    .click();
}

describe('find connection', () => {
  it('finds the shortest paths, lists every hop with its evidence and highlights the path', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.getByRole('button', { name: 'Find connection' }).click();
    await region(page).getByRole('heading', { name: 'Find connection' }).waitFor(); // loaded on demand
    await expect(
      region(page).getByRole('checkbox', { name: 'Avoid countries and mechanisms' }).isChecked(),
    ).resolves.toBe(true);
    await expect(region(page).getByText('On by default').isVisible()).resolves.toBe(true);

    await pick(page, 'From', 'jessica', 'Jessica Lewis');
    await pick(page, 'To', 'blinken', 'Antony Blinken');

    const stepsList = region(page).getByRole('list', { name: 'Steps of path 1' });
    await stepsList.waitFor();
    const shortest = searchConnection(graph, FROM, TO).shortest!;
    await expect(stepsList.getByRole('listitem').count()).resolves.toBe(shortest.length);
    // Every hop reads entity → wording → entity and shows its quote.
    const firstHop = stepsList.getByRole('listitem').first();
    const text = (await firstHop.textContent()) ?? '';
    expect(text).toContain('Jessica Lewis');
    const rel = shortest.paths[0]!.hops[0]!.relations[0]!;
    const quote = graph.getEdgeAttribute(rel.id, 'evidence')[0]!.quote;
    expect(text).toContain(quote);
    expect(
      await region(page).getByRole('list', { name: 'Paths' }).getByRole('button').count(),
    ).toBe(shortest.paths.length);

    // The canvas marks exactly the chosen path, and the address names it.
    expect(await onPath(page)).toEqual(expectedPath(0));
    const url = new URL(page.url());
    expect(url.searchParams.get('path')).toBe(`${FROM},${TO}`);
    await page.waitForTimeout(450); // framing animation
    await screenshot(page, 'connection-desktop');
    // The open panel with a result: no axe violation.
    const v = await axeViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switching paths, Back and Forward, and a copied link restore the highlighted path', async () => {
    const { page, context } = await openApp(browser, { query: `?path=${FROM},${TO}` });
    await region(page).getByRole('list', { name: 'Steps of path 1' }).waitFor();
    expect(await onPath(page)).toEqual(expectedPath(0));
    await region(page)
      .getByRole('button', { name: /^Path 2/ })
      .click();
    await region(page).getByRole('list', { name: 'Steps of path 2' }).waitFor();
    expect(await onPath(page)).toEqual(expectedPath(1));
    expect(new URL(page.url()).searchParams.get('pick')).toBe('1');
    const link = page.url();

    await page.goBack();
    await region(page).getByRole('list', { name: 'Steps of path 1' }).waitFor();
    expect(await onPath(page)).toEqual(expectedPath(0));
    await page.goForward();
    await region(page).getByRole('list', { name: 'Steps of path 2' }).waitFor();

    const other = await openApp(browser, { query: new URL(link).search });
    await region(other.page).getByRole('list', { name: 'Steps of path 2' }).waitFor();
    await expect(
      region(other.page)
        .getByRole('button', { name: /^Path 2/ })
        .getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    expect(await onPath(other.page)).toEqual(expectedPath(1));
    await other.context.close();
    await context.close();
  });

  it('says which option cut the connection, and lifting it finds one', async () => {
    const { page, context } = await openApp(browser, {
      query: `?path=${FROM},${TO}&pathopt=follow`,
    });
    const status = region(page).getByRole('status').filter({ hasText: 'No connection' });
    await status.waitFor();
    await expect(status.textContent()).resolves.toContain('following relation direction');
    expect(await onPath(page)).toEqual([]);
    await region(page).getByRole('button', { name: 'Ignore direction' }).click();
    await region(page).getByRole('list', { name: 'Steps of path 1' }).waitFor();
    await expect(
      region(page).getByRole('checkbox', { name: 'Follow relation direction' }).isChecked(),
    ).resolves.toBe(false);
    expect(await onPath(page)).toEqual(expectedPath(0));
    await context.close();
  });

  it('shows longer ones on request', async () => {
    const { page, context } = await openApp(browser, { query: `?path=${FROM},${TO}` });
    await region(page).getByRole('list', { name: 'Steps of path 1' }).waitFor();
    const shortest = searchConnection(graph, FROM, TO);
    const next = shortest.ofLength(shortest.shortest!.length + 1);
    const paths = region(page).getByRole('list', { name: 'Paths' }).getByRole('button');
    const before = await paths.count();
    await region(page)
      .getByRole('button', { name: /Show longer ones/ })
      .click();
    await expect.poll(() => paths.count()).toBe(before + next.paths.length);
    expect(new URL(page.url()).searchParams.get('longer')).toBe('1');
    await context.close();
  });

  it('"Find connection from here" fills From with the selected entity', async () => {
    const { page, context } = await openApp(browser, { query: `?e=${FROM}` });
    await page
      .getByRole('region', { name: 'Details' })
      .getByRole('button', { name: 'Find connection from here' })
      .click();
    await expect(region(page).getByRole('combobox', { name: 'From' }).inputValue()).resolves.toBe(
      graph.getNodeAttribute(FROM, 'label'),
    );
    await pick(page, 'To', 'blinken', 'Antony Blinken');
    await region(page).getByRole('list', { name: 'Steps of path 1' }).waitFor();
    await region(page).getByRole('button', { name: 'Close connection' }).click();
    await expect(region(page).count()).resolves.toBe(0);
    expect(await onPath(page)).toEqual([]);
    expect(new URL(page.url()).searchParams.get('path')).toBeNull();
    await context.close();
  });

  it('the C key opens the panel with focus in it; Escape closes it', async () => {
    const { page, context } = await openApp(browser);
    await page.keyboard.press('c');
    const heading = region(page).getByRole('heading', { name: 'Find connection' });
    await heading.waitFor();
    await expect(heading.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
    ).resolves.toBe('Close connection');
    await page.keyboard.press('Escape');
    await expect.poll(() => region(page).count()).toBe(0);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Find connection',
    );
    await context.close();
  });

  it('on a phone the panel is a sheet and the path stays in view', async () => {
    const { page, context } = await openApp(browser, {
      width: 375,
      height: 812,
      query: `?path=${FROM},${TO}`,
    });
    await region(page).getByRole('list', { name: 'Steps of path 1' }).waitFor();
    await waitSettled(page);
    await page.waitForTimeout(450);
    // Every path node is drawn inside the canvas, above the sheet.
    const sheetTop = await region(page).evaluate((el) => el.getBoundingClientRect().top);
    const graphBox = (await page.getByTestId('graph').boundingBox())!;
    for (const id of searchConnection(graph, FROM, TO).shortest!.paths[0]!.nodes) {
      const p = await page
        .getByTestId('graph')
        .evaluate(
          (el, node) =>
            (
              el as HTMLElement & { __parleyNodePosition(id: string): { x: number; y: number } }
            ).__parleyNodePosition(node),
          id,
        );
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(graphBox.width);
      expect(graphBox.y + p.y).toBeLessThan(sheetTop);
    }
    await screenshot(page, 'connection-phone');
    await context.close();
  });

  it('an exported picture keeps the path highlighted and names it in the caption', async () => {
    const { page, context } = await openApp(browser, { query: `?path=${FROM},${TO}&pick=1` });
    await region(page).getByRole('list', { name: 'Steps of path 2' }).waitFor();
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('Format').selectOption('svg');
    await dialog.getByRole('checkbox', { name: 'Caption' }).setChecked(true);
    const download = new Promise<Download>((resolve) => page.once('download', resolve));
    await dialog.getByRole('button', { name: 'Download' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toContain(`path-${FROM}-${TO}`);
    const svg = readFileSync((await file.path())!, 'utf8');
    mkdirSync('tests/artifacts', { recursive: true });
    writeFileSync('tests/artifacts/connection-export.svg', svg);
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    const p = searchConnection(graph, FROM, TO).shortest!.paths[1]!;
    const title = p.nodes.map((n) => graph.getNodeAttribute(n, 'label')).join(' → ');
    const squash = (x: string) => x.replace(/\s+/g, '');
    expect(squash(texts)).toContain(squash(`Connection: ${title} (path 2 of 2 shortest`));
    // The path marks stay on the canvas through the export (they are not hover/selection).
    expect(await onPath(page)).toEqual(expectedPath(1));
    await context.close();
  });
});
