import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset, MAX_OPEN_BYTES } from '../../src/data/importers';
import { nodeXmlSupport } from '../../src/data/importers/node';
import { loadDatasetFromDir } from '../../src/data/node';
import { formatLocation } from '../../src/data/problems';
import { validateFiles } from '../../src/data/validate';
import { buildGraph } from '../../src/graph/build';
import type { ParleyGraph } from '../../src/graph/types';
import { axeViolations } from './axe';
import { launch, openApp, screenshot, waitSettled } from './browser';
import { openTopMenu } from './topbar';

/**
 * Open…: each accepted format loads (file input and drag-and-drop), a broken
 * file lists every problem and leaves the graph alone, an oversize file is
 * refused before anything is read, and the opened dataset survives a reload
 * until "Reset to bundled dataset".
 */

const FIXTURES = 'tests/fixtures/open';
let browser: Browser;
let bundled: ParleyGraph;
let tmp: string;

beforeAll(async () => {
  browser = await launch();
  bundled = buildGraph((await loadDatasetFromDir('graph-data')).dataset).graph;
  tmp = mkdtempSync(path.join(tmpdir(), 'parley-open-'));
});
afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const fileInput = (page: Page) => page.getByLabel('Open dataset file');
const counts = (page: Page) => page.getByTestId('load-counts');
const drawn = (page: Page) =>
  page.getByTestId('graph').evaluate((el) => Number(el.getAttribute('data-visible-nodes') ?? -1));

/** What Parley's importer makes of a fixture, computed in Node. */
function expected(name: string) {
  const outcome = importDataset(
    { name, text: readFileSync(path.join(FIXTURES, name), 'utf8') },
    nodeXmlSupport,
  );
  if (!outcome.ok) throw new Error(`fixture ${name} does not open`);
  return outcome;
}

async function waitCounts(page: Page, text: string) {
  await expect.poll(() => counts(page).textContent(), { timeout: 20_000 }).toContain(text);
  await waitSettled(page);
}

describe('opening files', () => {
  const cases = [
    ['mini.parley.json', 'Parley bundle'],
    ['graph.graphology.json', 'graphology JSON'],
    ['gephi-network.gexf', 'GEXF'],
    ['networkx.graphml', 'GraphML'],
  ] as const;

  for (const [name, label] of cases) {
    it(`opens a ${label} file and draws its entities`, async () => {
      const { page, context, errors } = await openApp(browser);
      const o = expected(name);
      await fileInput(page).setInputFiles(path.join(FIXTURES, name));
      await waitCounts(
        page,
        `${o.dataset.entities.length} entities, ${o.dataset.relations.length} relations`,
      );
      expect(await drawn(page)).toBe(o.dataset.entities.length);
      // What was opened, and (for foreign formats) what could not be mapped, is said.
      const notice = page.locator('.notice');
      await expect(notice.textContent()).resolves.toContain(`Opened “${name}” (${label})`);
      if (o.report?.summary.length) {
        await expect(notice.textContent()).resolves.toContain(o.report.summary.join('; '));
        // The full mapping report is in the load report of the Details panel.
        const loadReport = page.locator('.summary details');
        await loadReport.locator('summary').click();
        for (const line of o.report.unmapped)
          await expect(loadReport.textContent()).resolves.toContain(line);
      }
      await expect(
        page.getByRole('button', { name: 'Reset to bundled dataset' }).count(),
      ).resolves.toBe(1);
      if (name === 'gephi-network.gexf') await screenshot(page, 'opened-gexf');
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('opens a file dropped on the page', async () => {
    const { page, context } = await openApp(browser);
    const text = readFileSync(path.join(FIXTURES, 'networkx.graphml'), 'utf8');
    const dataTransfer = await page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'dropped.graphml', { type: 'application/xml' }));
      return dt;
    }, text);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer });
    await expect(page.locator('.drop-overlay').isVisible()).resolves.toBe(true);
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    const o = expected('networkx.graphml');
    await waitCounts(page, `${o.dataset.entities.length} entities`);
    await expect(page.locator('.notice').textContent()).resolves.toContain(
      'Opened “dropped.graphml”',
    );
    await expect(page.locator('.drop-overlay').count()).resolves.toBe(0);
    await context.close();
  });

  it('Open… works from the keyboard', async () => {
    const { page, context } = await openApp(browser);
    // Listen first: Playwright turns file-chooser interception on asynchronously.
    const chooser = page.waitForEvent('filechooser');
    await page.bringToFront();
    const button = page.getByRole('button', { name: 'Open…' });
    await button.focus();
    await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    // A small panel: a file, or a SPARQL endpoint. Focus is on "Choose file…".
    const panel = page.getByRole('dialog', { name: 'Open' });
    const choose = panel.getByRole('button', { name: 'Choose file…' });
    await expect.poll(() => choose.evaluate((el) => el === document.activeElement)).toBe(true);
    const v = await axeViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
    await screenshot(page, 'open-panel');
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(path.join(FIXTURES, 'mini.parley.json'));
    await waitCounts(page, '9 entities, 6 relations, 2 sources');
    await context.close();
  });

  it('the Open… panel on a phone, in dark mode: reachable, within the screen, axe clean', async () => {
    const { page, context } = await openApp(browser, {
      width: 375,
      height: 812,
      colorScheme: 'dark',
    });
    await openTopMenu(page);
    await page.getByRole('button', { name: 'Open…' }).click();
    const panel = page.getByRole('dialog', { name: 'Open' });
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    const v = await axeViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
    await screenshot(page, 'open-panel-phone-dark');
    await context.close();
  });

  it('the Open… panel closes by Escape and by a click outside, focus back on Open…', async () => {
    const { page, context } = await openApp(browser);
    const button = page.getByRole('button', { name: 'Open…' });
    const panel = page.getByRole('dialog', { name: 'Open' });
    await button.click();
    await expect.poll(() => panel.count()).toBe(1);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
    await button.click();
    await page.mouse.click(640, 500);
    await expect.poll(() => panel.count()).toBe(0);
    await context.close();
  });
});

describe('files that do not open', () => {
  it('a broken bundle shows every problem (file, line:column, path, id) and keeps the graph', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?layout=grid' });
    const before = await counts(page).textContent();
    const drawnBefore = await drawn(page);
    const urlBefore = page.url();
    const name = 'broken.parley.json';
    const { problems } = validateFiles([
      { name, text: readFileSync(path.join(FIXTURES, name), 'utf8') },
    ]);
    expect(problems.length).toBeGreaterThan(4);

    await fileInput(page).setInputFiles(path.join(FIXTURES, name));
    const dialog = page.getByRole('alertdialog', { name: `Could not open “${name}”` });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain(
      `${problems.length} problems — the current graph is unchanged.`,
    );
    const items = dialog.locator('.problems li');
    await expect(items.count()).resolves.toBe(problems.length);
    for (const [i, p] of problems.entries()) {
      const text = (await items.nth(i).textContent()) ?? '';
      expect(text).toContain(`${formatLocation(p)} ${p.path}`);
      expect(text).toContain(p.message);
      if (p.id) expect(text).toContain(`[${p.id}]`);
    }
    await screenshot(page, 'open-broken-bundle');

    // Escape closes the dialog only; the graph is exactly as it was.
    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    await expect(counts(page).textContent()).resolves.toBe(before);
    expect(await drawn(page)).toBe(drawnBefore);
    expect(page.url()).toBe(urlBefore);
    await expect(
      page.getByRole('button', { name: 'Reset to bundled dataset' }).count(),
    ).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a broken GEXF file lists its problems and keeps the graph', async () => {
    const { page, context } = await openApp(browser);
    const before = await counts(page).textContent();
    await fileInput(page).setInputFiles(path.join(FIXTURES, 'broken.gexf'));
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.locator('.problems li').count()).resolves.toBe(2);
    await expect(dialog.textContent()).resolves.toContain(
      'target "missing" is not the id of any node',
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(counts(page).textContent()).resolves.toBe(before);
    await context.close();
  });

  it('malformed XML is reported with its line', async () => {
    const { page, context } = await openApp(browser);
    await fileInput(page).setInputFiles({
      name: 'bad.graphml',
      mimeType: 'application/xml',
      buffer: Buffer.from('<graphml>\n  <graph>\n    <node id="a">\n  </graph>\n</graphml>\n'),
    });
    const dialog = page.getByRole('alertdialog', { name: 'Could not open “bad.graphml”' });
    await dialog.waitFor();
    await expect(dialog.locator('.problems li code').textContent()).resolves.toMatch(
      /^bad\.graphml:\d+:\d+$/,
    );
    await expect(dialog.textContent()).resolves.toContain('XML syntax error');
    await context.close();
  });

  it('an unknown kind of file gets a clear message', async () => {
    const { page, context } = await openApp(browser);
    await fileInput(page).setInputFiles(path.join(FIXTURES, 'notes.txt'));
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toMatch(/unknown file type “\.txt”.*GEXF.*GraphML/);
    await context.close();
  });

  it('a file over the size limit is refused before it is read', async () => {
    const big = path.join(tmp, 'huge.json');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, MAX_OPEN_BYTES + 1); // sparse: no 50 MB written
    closeSync(fd);
    const { page, context } = await openApp(browser);
    const before = await counts(page).textContent();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await fileInput(page).setInputFiles(big);
    const dialog = page.getByRole('alertdialog', { name: 'Could not open “huge.json”' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain(
      'the file is 52,428,801 bytes (50.0 MB); Parley opens files up to 52,428,800 bytes (50.0 MB)',
    );
    // The parsing code was not even loaded.
    expect(requests.filter((u) => /openFile/.test(u))).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(counts(page).textContent()).resolves.toBe(before);
    await context.close();
  });
});

describe('persistence', () => {
  it('keeps the opened dataset across a reload until Reset to bundled dataset', async () => {
    const { page, context, errors } = await openApp(browser);
    const bundledCounts = `${bundled.order} entities, ${bundled.size} relations`;
    await waitCounts(page, bundledCounts);
    await fileInput(page).setInputFiles(path.join(FIXTURES, 'mini.parley.json'));
    await waitCounts(page, '9 entities, 6 relations, 2 sources');

    await page.reload();
    await waitCounts(page, '9 entities, 6 relations, 2 sources');
    await expect(page.locator('.notice').textContent()).resolves.toMatch(
      /Showing “mini\.parley\.json”, opened on \d{4}-\d{2}-\d{2}/,
    );

    await page.getByRole('button', { name: 'Reset to bundled dataset' }).click();
    await waitCounts(page, bundledCounts);
    await expect(
      page.getByRole('button', { name: 'Reset to bundled dataset' }).count(),
    ).resolves.toBe(0);
    await page.reload();
    await waitCounts(page, bundledCounts);
    expect(errors).toEqual([]);
    await context.close();
  });
});
