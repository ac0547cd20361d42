import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/datasets';
import { loadDatasetFromDir } from '../../src/data/node';
import { buildGraph } from '../../src/graph/build';
import type { ParleyGraph } from '../../src/graph/types';
import { axeViolations } from './axe';
import { launch, openApp, screenshot, waitSettled } from './browser';

let browser: Browser;
let graph: ParleyGraph;
beforeAll(async () => {
  browser = await launch();
  graph = buildGraph((await loadDatasetFromDir('graph-data')).dataset!).graph;
});
afterAll(async () => {
  await browser?.close();
});

const list = (page: Page) => page.getByRole('region', { name: 'List' });
const grid = (page: Page, name: 'Entities' | 'Relations' = 'Entities') =>
  list(page).getByRole('grid', { name });
const detailsHeading = (page: Page) =>
  page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 });
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

/** The rendered rows, in table order (virtualized rows are not in DOM order), as cell texts. */
async function renderedRows(page: Page, name: 'Entities' | 'Relations' = 'Entities') {
  return grid(page, name).evaluate((el) =>
    [...el.querySelectorAll('[role="row"][aria-rowindex]')]
      .map((r) => ({
        index: Number(r.getAttribute('aria-rowindex')),
        id: r.getAttribute('data-id') ?? '',
        selected: r.getAttribute('aria-selected') === 'true',
        cells: [...r.querySelectorAll('[role="gridcell"]')].map((c) => c.textContent?.trim() ?? ''),
      }))
      .filter((r) => r.index > 1)
      .sort((a, b) => a.index - b.index),
  );
}

/** The row is inside the grid's visible box (below the sticky header). */
async function rowInView(page: Page, id: string): Promise<boolean> {
  return grid(page).evaluate((el, rowId) => {
    const row = el.querySelector(`[role="row"][data-id="${CSS.escape(rowId)}"]`);
    if (!row) return false;
    const g = el.getBoundingClientRect();
    const r = row.getBoundingClientRect();
    return r.top >= g.top + 30 && r.bottom <= g.bottom + 1;
  }, id);
}

async function expectAxeClean(page: Page, state: string) {
  const v = await axeViolations(page);
  expect(v, `${state}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
}

const count = async (page: Page) =>
  Number(((await page.getByTestId('list-count').textContent()) ?? '').replace(/\D+.*$/, ''));

describe('List view', () => {
  it('opens by keyboard (L and the List button), keeps the choice in the address and comes back', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.locator('body').press('l');
    await grid(page).waitFor();
    expect(param(page, 'list')).toBe('entities');
    // Focus went into the table: the row with the Tab stop.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('row');
    await expect(
      page.getByRole('button', { name: 'List', exact: true }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex')))
      .toBe('3');
    // L again: back to the graph, focus on the canvas.
    await page.keyboard.press('l');
    await expect.poll(() => list(page).count()).toBe(0);
    expect(param(page, 'list')).toBeNull();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('graph');
    // The toggle buttons by keyboard; the relations tab by arrow key.
    await page.getByRole('button', { name: 'List', exact: true }).focus();
    await page.keyboard.press('Enter');
    await grid(page).waitFor();
    await list(page)
      .getByRole('tab', { name: /^Entities/ })
      .focus();
    await page.keyboard.press('ArrowRight');
    await grid(page, 'Relations').waitFor();
    expect(param(page, 'list')).toBe('relations');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toMatch(/^Relations/);
    await expect(grid(page, 'Relations').getAttribute('aria-rowcount')).resolves.toBe(
      String(graph.size + 1),
    );
    // A relation row reads source, wording, target and shows its quote.
    const rows = await renderedRows(page, 'Relations');
    const first = rows[0]!;
    const quote = graph.getEdgeAttribute(first.id, 'evidence')[0]!.quote;
    expect(first.cells.join(' ')).toContain(quote);
    expect(first.cells[0]).toBe(graph.getNodeAttribute(graph.source(first.id), 'label'));
    expect(first.cells[2]).toBe(graph.getNodeAttribute(graph.target(first.id), 'label'));
    await screenshot(page, 'list-relations');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('renders every row of the bundled dataset, in order, for browse mode', async () => {
    const { page, context, errors } = await openApp(browser, {
      query: '?list=entities',
      graphHidden: true,
    });
    await grid(page).waitFor();
    // All 144 entity rows are in the DOM, in table order (no virtualization below 2,000).
    const inDom = () =>
      grid(page).evaluate((el) =>
        [...el.querySelectorAll('[role="rowgroup"] + [role="rowgroup"] > [role="row"]')].map((r) =>
          Number(r.getAttribute('aria-rowindex')),
        ),
      );
    const entities = await inDom();
    expect(graph.order).toBe(144);
    expect(entities).toEqual(Array.from({ length: graph.order }, (_v, i) => i + 2));
    expect(await grid(page).getAttribute('aria-rowcount')).toBe(String(graph.order + 1));
    // End reaches the last row and scrolls it into view below the sticky header.
    await grid(page).locator('[role="row"][aria-rowindex="2"]').focus();
    await page.keyboard.press('End');
    const last = await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? '');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex'))).toBe(
      String(graph.order + 1),
    );
    await expect.poll(() => rowInView(page, last)).toBe(true);
    // Home comes back to the first row, also in view (not under the sticky header).
    await page.keyboard.press('Home');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? '');
    await expect.poll(() => rowInView(page, first)).toBe(true);
    // The relations table too.
    await list(page)
      .getByRole('tab', { name: /^Relations/ })
      .click();
    await grid(page, 'Relations').waitFor();
    const relations = await grid(page, 'Relations').locator('[role="row"][data-id]').count();
    expect(relations).toBe(graph.size);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sorts by a column header (click and Enter) with aria-sort', async () => {
    const { page, context } = await openApp(browser, {
      query: '?list=entities',
      graphHidden: true,
    });
    await grid(page).waitFor();
    const relationsHeader = grid(page).getByRole('columnheader', { name: /Relations/ });
    await relationsHeader.getByRole('button').click();
    await expect(relationsHeader.getAttribute('aria-sort')).resolves.toBe('descending');
    const byDegree = await renderedRows(page);
    const counts = byDegree.map((r) => Number(r.cells[3]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const max = Math.max(...graph.mapNodes((n) => graph.degree(n)));
    expect(counts[0]).toBe(max);
    // Enter on the Name header: ascending by name.
    const nameHeader = grid(page).getByRole('columnheader', { name: /Name/ });
    await nameHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(nameHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    await expect(relationsHeader.getAttribute('aria-sort')).resolves.toBeNull();
    const names = (await renderedRows(page)).map((r) => r.cells[0]!);
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(names).toEqual([...names].sort(collator.compare));
    const all = graph.mapNodes((_n, a) => a.label).sort(collator.compare);
    expect(names[0]).toBe(all[0]);
    await context.close();
  });

  it('follows the Filters panel and the text filter', async () => {
    const { page, context } = await openApp(browser, {
      query: '?list=entities',
      graphHidden: true,
    });
    await grid(page).waitFor();
    expect(await count(page)).toBe(graph.order);
    const people = graph.filterNodes((_n, a) => a.type === 'person').length;
    await page.getByRole('button', { name: /^Person\b/ }).click();
    await expect.poll(() => count(page)).toBe(graph.order - people);
    await expect(grid(page).getAttribute('aria-rowcount')).resolves.toBe(
      String(graph.order - people + 1),
    );
    expect((await renderedRows(page)).some((r) => r.cells[1] === 'Person')).toBe(false);
    await page.getByRole('checkbox', { name: 'Hide unconnected entities' }).check();
    await page.getByRole('button', { name: /^Person\b/ }).click();
    await list(page).getByRole('searchbox', { name: 'Filter rows' }).fill('ngoc');
    await expect
      .poll(async () => (await renderedRows(page)).map((r) => r.id))
      .toContain('ha-kim-ngoc');
    await expect(page.getByTestId('list-count').textContent()).resolves.toMatch(/ of /);
    await context.close();
  });

  it('selects by click and Enter, in step with Details, the canvas and the address', async () => {
    const { page, context } = await openApp(browser, {
      query: '?list=entities',
      graphHidden: true,
    });
    await grid(page).waitFor();
    const target = 'bui-thanh-son';
    await list(page).getByRole('searchbox', { name: 'Filter rows' }).fill('Bui Thanh');
    await grid(page).locator(`[data-id="${target}"]`).click();
    await expect
      .poll(() => detailsHeading(page).textContent())
      .toBe(graph.getNodeAttribute(target, 'label'));
    expect(param(page, 'e')).toBe(target);
    await expect.poll(() => page.getByTestId('graph').getAttribute('data-selected')).toBe(target);
    await expect(
      grid(page).locator(`[data-id="${target}"]`).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    // Enter on a relation row selects the relation.
    await list(page).getByRole('searchbox', { name: 'Filter rows' }).fill('');
    await list(page)
      .getByRole('tab', { name: /^Relations/ })
      .click();
    const firstRow = grid(page, 'Relations').locator('[role="row"][aria-rowindex="2"]');
    await firstRow.focus();
    await page.keyboard.press('Enter');
    const rel = (await firstRow.getAttribute('data-id'))!;
    await expect.poll(() => param(page, 'r')).toBe(rel);
    await expect(firstRow.getAttribute('aria-selected')).resolves.toBe('true');
    await context.close();
  });

  it('marks and scrolls to what is selected on the canvas or by search', async () => {
    const { page, context } = await openApp(browser);
    // On the canvas: a click on a node far down the alphabet.
    const id = 'vietnam';
    const pos = await page.getByTestId('graph').evaluate(
      (el, nodeId) =>
        (
          el as HTMLElement & {
            __parleyNodePosition(id: string): { x: number; y: number } | null;
          }
        ).__parleyNodePosition(nodeId),
      id,
    );
    const box = (await page.getByTestId('graph').boundingBox())!;
    await page.mouse.click(box.x + pos!.x, box.y + pos!.y);
    await expect.poll(() => param(page, 'e')).toBe(id);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await grid(page).waitFor();
    await expect.poll(() => rowInView(page, id)).toBe(true);
    const marked = (await renderedRows(page)).filter((r) => r.selected).map((r) => r.id);
    expect(marked).toEqual([id]);
    // By search, with the list open: the row follows.
    await page.getByRole('combobox', { name: 'Search' }).fill('Blinken');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'e')).toBe('antony-blinken');
    await expect.poll(() => rowInView(page, 'antony-blinken')).toBe(true);
    await expect(
      grid(page).locator('[data-id="antony-blinken"]').getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await context.close();
  });

  it('copies the rows as shown (TSV) and exports them as CSV', async () => {
    const { page, context } = await openApp(browser, {
      query: '?list=entities&hide=topic',
      graphHidden: true,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await grid(page).waitFor();
    await grid(page)
      .getByRole('columnheader', { name: /Relations/ })
      .getByRole('button')
      .click();
    const shown = await renderedRows(page);
    await list(page).getByRole('button', { name: 'Copy rows' }).click();
    await expect.poll(() => list(page).getByRole('status').textContent()).toMatch(/Copied \d+/);
    const tsv = await page.evaluate(() => navigator.clipboard.readText());
    const lines = tsv.trimEnd().split('\n');
    const topics = graph.filterNodes((_n, a) => a.type === 'topic').length;
    expect(lines[0]).toBe(['Name', 'Type', 'Date', 'Relations', 'Id'].join('\t'));
    expect(lines).toHaveLength(graph.order - topics + 1);
    expect(lines[1]!.split('\t')[4]).toBe(shown[0]!.id);
    expect(lines.some((l) => l.includes('\tTopic\t'))).toBe(false);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      list(page).getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^parley-entities.*\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trimEnd()
      .split('\n');
    expect(csv[0]).toBe('Name,Type,Date,Relations,Id');
    expect(csv).toHaveLength(lines.length);
    expect(csv[1]!.endsWith(`,${shown[0]!.id}`)).toBe(true);
    await context.close();
  });

  it('has no axe violations in the List view, light and dark, both tables', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openApp(browser, {
        query: '?list=entities&e=ha-kim-ngoc',
        graphHidden: true,
        colorScheme,
      });
      await grid(page).waitFor();
      await expectAxeClean(page, `${colorScheme} entities`);
      await screenshot(page, `list-entities-${colorScheme}`);
      await list(page)
        .getByRole('tab', { name: /^Relations/ })
        .click();
      await grid(page, 'Relations').waitFor();
      await expectAxeClean(page, `${colorScheme} relations`);
      await context.close();
    }
    const { page, context } = await openApp(browser, {
      query: '?list=relations',
      graphHidden: true,
      width: 375,
      height: 812,
    });
    await grid(page, 'Relations').waitFor();
    await expectAxeClean(page, 'phone relations');
    await screenshot(page, 'list-phone');
    await context.close();
    // Every row is in the page now (353 relations): axe reads them all, about 30 s a run at load average 30.
  }, 600_000);

  it('lists 20,000 entities virtualized: only the rows in view in the DOM, with aria-rowcount', async () => {
    const n = 20_000;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'parley-list-')), 'big.parley.json');
    writeFileSync(file, syntheticDataset(n, 7, { keystrokes: 1, clicks: 1 }).text);
    const { page, context, errors } = await openApp(browser, {
      query: '?list=entities',
      graphHidden: true,
    });
    await page.getByLabel('Open dataset file').setInputFiles(file);
    await expect
      .poll(() => grid(page).getAttribute('aria-rowcount'), { timeout: 240_000 })
      .toBe(String(n + 1));
    await waitSettled(page, 240_000, 'attached');
    const rendered = await grid(page).locator('[role="row"]').count();
    expect(rendered).toBeLessThan(60);
    // Sorting all of them and going to the end keeps the DOM small.
    await grid(page)
      .getByRole('columnheader', { name: /Relations/ })
      .getByRole('button')
      .click();
    await grid(page).locator('[role="row"][aria-rowindex="2"]').focus();
    await page.keyboard.press('End');
    await grid(page)
      .locator(`[role="row"][aria-rowindex="${n + 1}"]`)
      .waitFor();
    expect(await grid(page).locator('[role="row"]').count()).toBeLessThan(60);
    expect(errors).toEqual([]);
    await context.close();
  }, 420_000);
});
