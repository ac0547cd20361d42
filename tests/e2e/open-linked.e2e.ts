import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import type { Dataset } from '../../src/model';
import { axeViolations } from './axe';
import { launch, openApp, screenshot, selectBySearch, waitSettled } from './browser';

/**
 * Open… with what other tools hand around: Parley's own Turtle and JSON-LD
 * exports (written by the app's Export and by `npm run export`), its two CSV
 * files picked together, a bare edge list, a CSV with broken rows, and RDF
 * in someone else's vocabulary. Each opens through the file chooser and is
 * checked on screen: counts, evidence in Details, the mapping report.
 */
let browser: Browser;
let dataset: Dataset;
let tmp: string;

beforeAll(async () => {
  browser = await launch();
  dataset = (await loadDatasetFromDir('graph-data')).dataset;
  tmp = mkdtempSync(path.join(tmpdir(), 'parley-open-linked-'));
});
afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const fileInput = (page: Page) => page.getByLabel('Open dataset file');
const counts = (page: Page) => page.getByTestId('load-counts');
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const drawn = (page: Page) =>
  page.getByTestId('graph').evaluate((el) => Number(el.getAttribute('data-visible-nodes') ?? -1));
const whole = () =>
  `${dataset.entities.length} entities, ${dataset.relations.length} relations, ${dataset.sources.length} sources`;

/** `npm run export` writes the file this test opens (the CLI, not a copy of its code). */
function cliExport(format: string, name: string): string {
  const out = path.join(tmp, name);
  execFileSync('npx', ['tsx', 'scripts/export.ts', '--format', format, '--out', out], {
    stdio: 'pipe',
  });
  return out;
}

async function waitCounts(page: Page, text: string) {
  await expect.poll(() => counts(page).textContent(), { timeout: 30_000 }).toContain(text);
  await waitSettled(page);
}

/** The evidence of one of Hà Kim Ngọc's relations, shown when she is selected (one quote: shown inline, not folded). */
async function expectEvidenceShown(page: Page) {
  const relation = dataset.relations.find(
    (r) => r.source === 'ha-kim-ngoc' && r.evidence.length === 1,
  )!;
  await selectBySearch(page, 'Ha Kim Ngoc');
  await expect
    .poll(() => details(page).getByRole('heading', { level: 2 }).first().textContent(), {
      timeout: 20_000,
    })
    .toBe(dataset.entities.find((e) => e.id === 'ha-kim-ngoc')!.label);
  const quote = details(page)
    .getByText(relation.evidence[0]!.quote, { exact: false })
    .filter({ visible: true })
    .first();
  await expect.poll(() => quote.isVisible(), { timeout: 20_000 }).toBe(true);
}

async function openLoadReport(page: Page) {
  const report = page.locator('.summary details');
  await report.locator('summary').click();
  return report;
}

describe('RDF through Open…', () => {
  it('Turtle from the app’s Export opens with the same entities, relations, sources and evidence', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.getByRole('button', { name: 'Export' }).click();
    const panel = page.getByRole('dialog', { name: 'Export' });
    await panel.getByLabel('Format').selectOption('ttl');
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download' }).click();
    const file = path.join(tmp, 'from-app.ttl');
    await (await download).saveAs(file);
    await page.keyboard.press('Escape');

    await fileInput(page).setInputFiles(file);
    // The export has the bundled counts: wait for the notice, not the counts.
    await expect
      .poll(() => page.locator('.notice').textContent(), { timeout: 30_000 })
      .toContain(`Opened “from-app.ttl” (Turtle (RDF))`);
    await waitCounts(page, whole());
    expect(await drawn(page)).toBe(dataset.entities.length);
    await expectEvidenceShown(page);
    await screenshot(page, 'open-turtle');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('JSON-LD from npm run export opens the same way', async () => {
    const file = cliExport('jsonld', 'parley.jsonld');
    const { page, context, errors } = await openApp(browser);
    await fileInput(page).setInputFiles(file);
    // The export has the bundled counts: wait for the notice, not the counts.
    await expect
      .poll(() => page.locator('.notice').textContent(), { timeout: 30_000 })
      .toContain('Opened “parley.jsonld”');
    await waitCounts(page, whole());
    expect(await drawn(page)).toBe(dataset.entities.length);
    await expectEvidenceShown(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('RDF outside Parley’s vocabulary is mapped, with a mapping report', async () => {
    const foaf = [
      '@prefix foaf: <http://xmlns.com/foaf/0.1/> .',
      '@prefix ex: <http://example.org/people/> .',
      'ex:alice a foaf:Person ; foaf:name "Alice" ; foaf:knows ex:bob .',
      'ex:bob a foaf:Person ; foaf:name "Bob" ; foaf:knows ex:carol .',
      'ex:carol a foaf:Person ; foaf:name "Carol" .',
      '',
    ].join('\n');
    const { page, context } = await openApp(browser);
    await fileInput(page).setInputFiles({
      name: 'people.ttl',
      mimeType: 'text/turtle',
      buffer: Buffer.from(foaf),
    });
    await waitCounts(page, '3 entities, 2 relations');
    expect(await drawn(page)).toBe(3);
    const report = await openLoadReport(page);
    const mapping = report.getByRole('list', { name: 'How fields were mapped' });
    await expect(mapping.textContent()).resolves.toContain('Read as a plain RDF graph (8 triples');
    await screenshot(page, 'open-foreign-rdf');
    await context.close();
  });
});

describe('CSV through Open…', () => {
  it('Parley’s two CSV files picked together: the graph, and which column became which field', async () => {
    cliExport('csv', 'parley.csv');
    const { page, context, errors } = await openApp(browser);
    await fileInput(page).setInputFiles([
      path.join(tmp, 'parley.edges.csv'),
      path.join(tmp, 'parley.nodes.csv'),
    ]);
    await waitCounts(
      page,
      `${dataset.entities.length} entities, ${dataset.relations.length} relations`,
    );
    expect(await drawn(page)).toBe(dataset.entities.length);
    await expect(page.locator('.notice').textContent()).resolves.toContain(
      'Opened “parley.edges.csv + parley.nodes.csv” (CSV)',
    );
    await expectEvidenceShown(page);
    await page
      .getByRole('button', { name: 'Clear selection' })
      .click()
      .catch(() => undefined);
    await page.keyboard.press('Escape');
    const report = await openLoadReport(page);
    const mapping = report.getByRole('list', { name: 'How fields were mapped' });
    const text = (await mapping.textContent()) ?? '';
    expect(text).toContain('parley.nodes.csv columns: id → id, label → label, type → entity type');
    expect(text).toContain('parley.edges.csv columns:');
    expect(text).toContain('source → source, target → target');
    expect(text).toContain('at → at (meeting), by → by (speakers), on_behalf_of → on behalf of');
    expect(text).not.toContain('not mapped');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'open-csv-pair-report');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a single edge list draws its graph and reports its columns', async () => {
    const { page, context } = await openApp(browser);
    await fileInput(page).setInputFiles({
      name: 'edges.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Source,Target,Type,Weight\nalice,bob,met,1\nbob,carol,met,2\ncarol,alice,met,1\n',
      ),
    });
    await waitCounts(page, '3 entities, 3 relations');
    expect(await drawn(page)).toBe(3);
    const report = await openLoadReport(page);
    await expect(
      report.getByRole('list', { name: 'How fields were mapped' }).textContent(),
    ).resolves.toContain(
      'edges.csv columns: Source → source, Target → target, Type → relation type, Weight → ignored (layout/styling)',
    );
    await context.close();
  });

  it('broken rows are listed with their line numbers; the rest of the graph opens', async () => {
    const csv = [
      'source,target,type',
      'alice,bob,met',
      'bob,carol,met,extra',
      ',carol,met',
      'carol,dave,met',
      'dave,"erin,met',
      '',
    ].join('\n');
    const { page, context, errors } = await openApp(browser);
    await fileInput(page).setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await waitCounts(page, '4 entities, 2 relations');
    expect(await drawn(page)).toBe(4);
    await expect(page.locator('.notice').textContent()).resolves.toMatch(/broken rows? skipped/);
    const report = await openLoadReport(page);
    const warnings = (await report.getByRole('list', { name: 'Warnings' }).textContent()) ?? '';
    expect(warnings).toContain('broken.csv:3:');
    expect(warnings).toContain('broken.csv:4:');
    expect(warnings).toContain('broken.csv:6:');
    expect(warnings).not.toContain('broken.csv:2:');
    expect(warnings).not.toContain('broken.csv:5:');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'open-csv-broken-rows');
    expect(errors).toEqual([]);
    await context.close();
  });
});
