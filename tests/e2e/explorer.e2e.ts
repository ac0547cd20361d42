import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { buildGraph } from '../../src/graph/build';
import type { ParleyGraph } from '../../src/graph/types';
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

const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const detailsHeading = (page: Page) => details(page).getByRole('heading', { level: 2 });
const search = (page: Page) => page.getByRole('combobox', { name: 'Search' });

/** Ids and labels the browser reports for the Cytoscape nodes that are not hidden. */
async function drawnNodes(page: Page): Promise<number> {
  return page.evaluate(() => {
    const el = document.querySelector('[data-testid="graph"]');
    return Number(el?.getAttribute('data-visible-nodes') ?? -1);
  });
}

/** A person with at least three distinct neighbours, for click-through tests. */
function hubPerson(): string {
  const people = graph.filterNodes((_n, a) => a.type === 'person');
  return people.sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
}

describe('explorer', () => {
  it('loads and draws every entity, with no console errors', async () => {
    const { page, context, errors } = await openApp(browser);
    expect(await drawnNodes(page)).toBe(graph.order);
    await expect(page.getByTestId('load-counts').textContent()).resolves.toContain(
      `${graph.order} entities`,
    );
    await screenshot(page, 'overview');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('search by alias selects the right entity', async () => {
    const { page, context } = await openApp(browser);
    await page.keyboard.press('/');
    await expect(search(page).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await search(page).fill('Ngoc');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await expect(detailsHeading(page).textContent()).resolves.toBe(
      graph.getNodeAttribute('ha-kim-ngoc', 'label'),
    );
    expect(new URL(page.url()).searchParams.get('e')).toBe('ha-kim-ngoc');
    await screenshot(page, 'person-selected');
    await context.close();
  });

  it('search without diacritics finds a name written with them (and the reverse)', async () => {
    const { page, context } = await openApp(browser);
    // Prefer an entity whose label or alias carries Vietnamese diacritics; fall back to folding a plain one.
    const withMarks = graph.findNode((_n, a) => /[\u0300-\u036f]/.test(a.label.normalize('NFD')));
    const target = withMarks ?? 'ha-kim-ngoc';
    const label = graph.getNodeAttribute(target, 'label');
    const query = withMarks
      ? label
          .normalize('NFD')
          .replace(/\p{M}+/gu, '')
          .replace(/đ/g, 'd')
          .replace(/Đ/g, 'D')
      : 'Hà Kim Ngọc';
    await page.keyboard.press('Control+k');
    await search(page).fill(query);
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(detailsHeading(page).textContent()).resolves.toBe(label);
    await context.close();
  });

  it('clicks through three connected entities via the panel; Back returns to the previous one', async () => {
    const start = hubPerson();
    const { page, context } = await openApp(browser, { query: `?e=${start}` });
    const visited = [start];
    for (let step = 0; step < 3; step++) {
      const link = details(page).locator('a.entity-link').first();
      const href = (await link.getAttribute('href')) ?? '';
      const next = new URLSearchParams(href.slice(1)).get('e')!;
      await link.focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => detailsHeading(page).textContent())
        .toBe(graph.getNodeAttribute(next, 'label'));
      expect(new URL(page.url()).searchParams.get('e')).toBe(next);
      // The graph marks the same entity as selected.
      await expect.poll(() => page.getByTestId('graph').getAttribute('data-selected')).toBe(next);
      visited.push(next);
    }
    await screenshot(page, 'meeting-or-entity-after-click-through');
    await page.goBack();
    await expect
      .poll(() => detailsHeading(page).textContent())
      .toBe(graph.getNodeAttribute(visited[2]!, 'label'));
    await page.goForward();
    await expect
      .poll(() => detailsHeading(page).textContent())
      .toBe(graph.getNodeAttribute(visited[3]!, 'label'));
    await context.close();
  });

  it('a deep link opens the right entity; a meeting shows its co-chairs with evidence', async () => {
    const meeting = graph.findNode(
      (n, a) =>
        a.type === 'meeting' &&
        graph.inEdges(n).some((e) => graph.getEdgeAttribute(e, 'type') === 'co_chaired'),
    )!;
    const { page, context } = await openApp(browser, { query: `?e=${meeting}` });
    await expect(detailsHeading(page).textContent()).resolves.toBe(
      graph.getNodeAttribute(meeting, 'label'),
    );
    const group = details(page).getByRole('region', { name: /co-chaired by/ });
    // Several quotes fold behind "N quotes ▸"; one is shown as it is.
    const folds = group.getByRole('button', { name: /^\d+ quotes/ });
    for (let i = 0; i < (await folds.count()); i++) await folds.nth(i).click();
    await expect(group.locator('blockquote').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'meeting-selected');
    await context.close();
  });

  it('an unknown id in a link opens normally with a notice', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?e=no-such-entity' });
    await expect(page.getByText('no-such-entity').first().isVisible()).resolves.toBe(true);
    expect(await drawnNodes(page)).toBe(graph.order);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters hide and restore entities; the legend counts follow', async () => {
    const { page, context } = await openApp(browser);
    const topics = graph.filterNodes((_n, a) => a.type === 'topic').length;
    const legendTopic = page.getByRole('button', { name: /^Topic\b/ });
    await legendTopic.click();
    await expect.poll(() => drawnNodes(page)).toBe(graph.order - topics);
    await expect(legendTopic.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(
      page.getByText(`${topics} of ${graph.order} entities hidden`).isVisible(),
    ).resolves.toBe(true);
    expect(new URL(page.url()).searchParams.get('hide')).toBe('topic');
    await screenshot(page, 'filtered');
    await page.getByRole('button', { name: 'Reset filters' }).first().click();
    await expect.poll(() => drawnNodes(page)).toBe(graph.order);
    await context.close();
  });

  it('Escape clears the selection', async () => {
    const { page, context } = await openApp(browser, { query: '?e=ha-kim-ngoc' });
    await expect(detailsHeading(page).textContent()).resolves.toBe(
      graph.getNodeAttribute('ha-kim-ngoc', 'label'),
    );
    await page.locator('body').press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('e')).toBeNull();
    await expect.poll(() => page.getByTestId('graph').getAttribute('data-selected')).toBe('');
    await context.close();
  });

  it('clicking a node in the canvas selects it; focus shows its ego network', async () => {
    const { page, context } = await openApp(browser);
    const pos = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
        __parleyNodePosition?: (id: string) => { x: number; y: number } | null;
      };
      return el.__parleyNodePosition?.('ha-kim-ngoc') ?? null;
    });
    expect(pos).not.toBeNull();
    const box = (await page.getByTestId('graph').boundingBox())!;
    await page.mouse.click(box.x + pos!.x, box.y + pos!.y);
    await expect
      .poll(() => detailsHeading(page).textContent())
      .toBe(graph.getNodeAttribute('ha-kim-ngoc', 'label'));
    await details(page).getByRole('button', { name: 'Focus: 1 step' }).click();
    await waitSettled(page);
    await expect.poll(() => drawnNodes(page)).toBe(graph.neighbors('ha-kim-ngoc').length + 1);
    await context.close();
  });

  it('switches layouts and settles each time', async () => {
    const { page, context } = await openApp(browser);
    for (const layout of ['timeline', 'concentric', 'circle', 'grid', 'breadthfirst', 'force']) {
      await page.getByRole('combobox', { name: 'Layout' }).selectOption(layout);
      await waitSettled(page);
      if (layout === 'timeline') await screenshot(page, 'timeline');
    }
    expect(new URL(page.url()).searchParams.get('layout')).toBeNull();
    await context.close();
  });

  it('is usable at phone width: the details become a bottom sheet', async () => {
    const { page, context } = await openApp(browser, {
      width: 390,
      height: 844,
      query: '?e=ha-kim-ngoc',
    });
    const box = (await details(page).boundingBox())!;
    expect(box.width).toBe(390);
    expect(box.y).toBeGreaterThan(844 / 2);
    await screenshot(page, 'phone');
    await context.close();
  });

  it('an edge (via the panel) shows the relation with both ends and its evidence', async () => {
    const { page, context } = await openApp(browser, { query: '?e=psd-dialogue-12' });
    await details(page)
      .getByRole('button', { name: /^Show relation: co-chaired by/ })
      .first()
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get('r')).not.toBeNull();
    const rel = new URL(page.url()).searchParams.get('r')!;
    expect(graph.target(rel)).toBe('psd-dialogue-12');
    await expect(details(page).getByText('Reported by 2 sources').isVisible()).resolves.toBe(true);
    await expect(details(page).locator('blockquote').count()).resolves.toBe(
      graph.getEdgeAttribute(rel, 'evidence').length,
    );
    await expect.poll(() => page.getByTestId('graph').getAttribute('data-selected')).toBe(rel);
    await context.close();
  });

  it('nodes can be dragged, and the zoom buttons zoom', async () => {
    const { page, context } = await openApp(browser);
    const where = (id: string) =>
      page.evaluate((nodeId) => {
        const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
          __parleyNodePosition?: (id: string) => { x: number; y: number } | null;
        };
        return el.__parleyNodePosition?.(nodeId) ?? null;
      }, id);
    const box = (await page.getByTestId('graph').boundingBox())!;
    const before = (await where('united-states'))!;
    await page.mouse.move(box.x + before.x, box.y + before.y);
    await page.mouse.down();
    await page.mouse.move(box.x + before.x + 60, box.y + before.y + 40, { steps: 8 });
    await page.mouse.up();
    const after = (await where('united-states'))!;
    expect(after.x - before.x).toBeGreaterThan(40);
    expect(after.y - before.y).toBeGreaterThan(25);
    // Zooming in spreads rendered positions apart from the centre.
    const a = (await where('united-states'))!;
    const b = (await where('vietnam'))!;
    await page.getByRole('button', { name: 'Zoom in' }).click();
    // The zoom animates; poll rather than guess how long a loaded machine takes.
    const spread = async () => {
      const a2 = (await where('united-states'))!;
      const b2 = (await where('vietnam'))!;
      return Math.hypot(a2.x - b2.x, a2.y - b2.y);
    };
    await expect
      .poll(spread, { timeout: 5000 })
      .toBeGreaterThan(Math.hypot(a.x - b.x, a.y - b.y) * 1.2);
    await context.close();
  });
});
