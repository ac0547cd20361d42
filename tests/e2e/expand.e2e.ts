import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { buildGraph } from '../../src/graph/build';
import { withEdits } from '../../src/graph/expand';
import { visibleElements, type GraphFilter } from '../../src/graph/filter';
import type { ParleyGraph } from '../../src/graph/types';
import { axeViolations } from './axe';
import { launch, openApp, screenshot, waitSettled } from './browser';

let browser: Browser;
let graph: ParleyGraph;
beforeAll(async () => {
  browser = await launch();
  graph = buildGraph((await loadDatasetFromDir('graph-data')).dataset).graph;
});
afterAll(async () => {
  await browser?.close();
});

const CENTER = 'ha-kim-ngoc';
const MEETING = 'psd-dialogue-12';
type XY = { x: number; y: number };

const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const shownCount = async (page: Page) =>
  Number(await page.getByTestId('graph').getAttribute('data-visible-nodes'));
const pinnedIds = async (page: Page) =>
  ((await page.getByTestId('graph').getAttribute('data-pinned')) ?? '').split(' ').filter(Boolean);
const modelPositions = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
      __parleyModelPositions?: () => Record<string, XY>;
    };
    return el.__parleyModelPositions?.() ?? {};
  });
const renderedAt = (page: Page, id: string) =>
  page.evaluate((nid) => {
    const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
      __parleyNodePosition?: (id: string) => XY | null;
    };
    return el.__parleyNodePosition?.(nid) ?? null;
  }, id);

async function expectClean(page: Page, state: string) {
  const v = await axeViolations(page);
  expect(v, `${state}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
}

/** What the pure code says the view holds: Ha Kim Ngoc's 1-step network, the 12th dialogue expanded. */
function expectedExpanded(): number {
  const f: GraphFilter = {
    hiddenTypes: new Set(),
    hiddenRelations: new Set(),
    hideIsolated: false,
    focus: { center: CENTER, depth: 1 },
  };
  const base = visibleElements(graph, f);
  return withEdits(graph, f, base, { expanded: new Set([MEETING]), hidden: new Set() }).nodes.size;
}

describe('Show neighbours, Hide, Undo/Redo and pins', () => {
  it('grows a focused network in place, hides, undoes and redoes', async () => {
    const { page, context, errors } = await openApp(browser, { query: `?e=${CENTER}` });
    await details(page).getByRole('button', { name: 'Focus: 1 step' }).click();
    await waitSettled(page);
    const ego = graph.neighbors(CENTER).length + 1;
    await expect.poll(() => shownCount(page)).toBe(ego);
    expect(graph.neighbors(CENTER)).toContain(MEETING);

    // Select the meeting on the canvas: the focused network stays.
    await page.waitForTimeout(400); // the focus's fit animation (positions on screen)
    const at = (await renderedAt(page, MEETING))!;
    const box = (await page.getByTestId('graph').boundingBox())!;
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await expect
      .poll(() => details(page).getByRole('heading', { level: 2 }).textContent())
      .toBe(graph.getNodeAttribute(MEETING, 'label'));
    expect(await shownCount(page)).toBe(ego);
    const before = await modelPositions(page);

    await details(page).getByRole('button', { name: 'Show neighbours' }).click();
    const grown = expectedExpanded();
    expect(grown).toBeGreaterThan(ego);
    await expect.poll(() => shownCount(page)).toBe(grown);
    expect(new URL(page.url()).searchParams.get('expand')).toBe(MEETING);
    const after = await modelPositions(page);
    for (const [id, p] of Object.entries(before)) expect(after[id], id).toEqual(p);
    await expectClean(page, 'neighbours shown');

    // Hide the meeting: it leaves the canvas, with what only it brought in.
    await details(page).getByRole('button', { name: 'Hide' }).click();
    await expect.poll(async () => MEETING in (await modelPositions(page))).toBe(false);
    const hidden = await shownCount(page);
    expect(hidden).toBeLessThan(grown);
    expect(new URL(page.url()).searchParams.get('hidden')).toBe(MEETING);
    await expect(
      details(page).getByRole('button', { name: 'Show on graph' }).isVisible(),
    ).resolves.toBe(true);
    await expectClean(page, 'entity hidden');

    await page.getByRole('button', { name: 'Show on graph' }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => shownCount(page)).toBe(grown);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => shownCount(page)).toBe(hidden);
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    const redo = page.getByRole('button', { name: 'Redo', exact: true });
    await undo.click();
    await expect.poll(() => shownCount(page)).toBe(grown);
    await expect(redo.getAttribute('aria-disabled')).resolves.toBe('false');
    await redo.click();
    await expect.poll(() => shownCount(page)).toBe(hidden);
    await expect(redo.getAttribute('aria-disabled')).resolves.toBe('true');
    // Undo all the way: the button keeps focus, and says there is nothing left.
    for (let i = 0; i < 3; i++) await undo.click();
    await expect.poll(() => shownCount(page)).toBe(graph.order);
    await expect(undo.getAttribute('aria-disabled')).resolves.toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Undo',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('dragging pins a node; it stays through a relayout and a reload; Unpin all', async () => {
    const { page, context, errors } = await openApp(browser, { query: `?e=${CENTER}&focus=1` });
    const unpin = page.getByRole('button', { name: 'Unpin all' });
    await expect(unpin.getAttribute('aria-disabled')).resolves.toBe('true');
    await page.waitForTimeout(400); // the focus's fit animation
    const at = (await renderedAt(page, MEETING))!;
    const box = (await page.getByTestId('graph').boundingBox())!;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + at.x + i * 12, box.y + at.y + i * 6);
    await page.mouse.up();
    await expect.poll(() => pinnedIds(page)).toEqual([MEETING]);
    await expect(unpin.getAttribute('aria-disabled')).resolves.toBe('false');
    const pinnedAt = (await modelPositions(page))[MEETING]!;
    expect(new URL(page.url()).searchParams.get('pin')).toMatch(
      new RegExp(`^${MEETING}:-?\\d+:-?\\d+$`),
    );
    await screenshot(page, 'pinned');
    await expectClean(page, 'a node pinned');

    await page.getByRole('combobox', { name: 'Layout' }).selectOption('circle');
    await waitSettled(page);
    expect((await modelPositions(page))[MEETING]).toEqual(pinnedAt);

    // A copied link brings the pin back (positions are whole numbers in the address).
    await page.goto(page.url());
    await waitSettled(page);
    await expect.poll(() => pinnedIds(page)).toEqual([MEETING]);
    const back = (await modelPositions(page))[MEETING]!;
    expect(Math.abs(back.x - pinnedAt.x)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(back.y - pinnedAt.y)).toBeLessThanOrEqual(0.5);

    await unpin.click();
    await expect.poll(() => pinnedIds(page)).toEqual([]);
    expect(new URL(page.url()).searchParams.get('pin')).toBeNull();
    await page.keyboard.press('Control+z');
    await expect.poll(() => pinnedIds(page)).toEqual([MEETING]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a link restores the expansion and the hidden entities', async () => {
    const { page, context } = await openApp(browser, {
      query: `?e=${MEETING}&focus=1&center=${CENTER}&expand=${MEETING}`,
    });
    await expect.poll(() => shownCount(page)).toBe(expectedExpanded());
    await context.close();
  });
});
