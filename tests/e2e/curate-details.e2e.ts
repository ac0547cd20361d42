/**
 * Editing in Details (Edit on) in real Chromium against the real write
 * service, on a temporary git repository holding a copy of graph-data/: an
 * entity's label and aliases → Save → git diff shows exactly that; a delete
 * lists the relations that go with the entity and Undo brings them back; a
 * changed id is used everywhere and the folder validates; a relation's type
 * changes to one the vocabulary allows; keyboard only; axe in dark and on a
 * phone. Served as curate.e2e.ts does: a proxy adds the run's token.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relationsOf } from '../../src/data/edits/builders';
import { openWorkspace } from '../../src/data/edits/workspace';
import { readDataDir } from '../../src/data/node';
import { readVocabulary } from '../../src/data/vocabularyLoad';
import { newToken, writeService } from '../../scripts/writeService';
import { validateCommand } from '../../scripts/validateCommand';
import { axeViolations } from './axe';
import { baseUrl, launch, screenshot } from './browser';
import { openTopMenu } from './topbar';

let browser: Browser;
let dir: string;
let server: Server;
let url: string;
const token = newToken();
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
const commit = (m: string) => git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qam', m);

beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(path.join(tmpdir(), 'parley-curate-details-e2e-'));
  cpSync('graph-data', dir, { recursive: true });
  git('init', '-q');
  git('-c', 'user.email=t@t', '-c', 'user.name=t', 'add', '-A');
  commit('data');
  const api = writeService({ root: dir, token });
  const app = baseUrl().replace(/\/$/, '');
  server = createServer((req, res) => {
    void api(req, res, async () => {
      const r = await fetch(app + (req.url ?? '/'));
      const type = r.headers.get('content-type') ?? '';
      res.statusCode = r.status;
      for (const h of ['content-type', 'cache-control']) {
        const v = r.headers.get(h);
        if (v) res.setHeader(h, v);
      }
      if (type.includes('text/html')) {
        const html = (await r.text()).replace(
          '<head>',
          `<head><meta name="parley-curate" content="${token}">`,
        );
        res.end(html);
      } else res.end(Buffer.from(await r.arrayBuffer()));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface OpenOpts {
  colorScheme?: 'light' | 'dark';
  width?: number;
  height?: number;
}

/** The app under the write service, at `query`, with Edit pressed. */
async function openEditing(query: string, opts: OpenOpts = {}) {
  const page = await browser.newPage({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    colorScheme: opts.colorScheme ?? 'light',
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url + query);
  await page
    .getByRole('group', { name: 'Curating' })
    .waitFor({ state: 'attached', timeout: 60_000 });
  await openTopMenu(page);
  const edit = page
    .getByRole('group', { name: 'Curating' })
    .getByRole('button', { name: 'Edit', exact: true });
  await edit.click();
  await expect.poll(() => edit.getAttribute('aria-pressed')).toBe('true');
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  if ((await menu.count()) && (await menu.getAttribute('aria-expanded')) === 'true')
    await menu.click();
  return { page, errors, details: page.getByRole('region', { name: 'Details' }) };
}

const heading = (page: Page) =>
  page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 });

/** Presses Tab until `target` has the focus (at most `max` times), and checks it does. */
async function tabTo(page: Page, target: Locator, max = 30) {
  const focused = () => target.evaluate((el) => el === document.activeElement);
  for (let i = 0; i < max && !(await focused()); i++) await page.keyboard.press('Tab');
  expect(await focused()).toBe(true);
}

/** Every string value in the folder's JSON files (ids, labels…), counted. */
function valuesInFolder(): Map<string, number> {
  const counts = new Map<string, number>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') counts.set(v, (counts.get(v) ?? 0) + 1);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  const files = (d: string): string[] =>
    readdirSync(path.join(dir, d), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? e.name === 'schema' || e.name === 'sources'
          ? []
          : files(path.join(d, e.name))
        : e.name.endsWith('.json')
          ? [path.join(d, e.name)]
          : [],
    );
  for (const f of files('.')) walk(JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
  return counts;
}

/** The changed lines of the working tree, without the +++/--- headers. */
function changedLines() {
  const lines = git('diff', '-U0').split('\n');
  return {
    added: lines
      .filter((l) => l.startsWith('+') && !l.startsWith('+++'))
      .map((l) => l.slice(1).trim()),
    removed: lines
      .filter((l) => l.startsWith('-') && !l.startsWith('---'))
      .map((l) => l.slice(1).trim()),
  };
}

// Each test drives a whole edit → save round trip; the machine may be loaded.
describe('editing in Details', { timeout: 240_000 }, () => {
  it('edits an entity’s label and aliases as one undoable edit; Save writes exactly that', async () => {
    const { page, errors, details } = await openEditing('?e=ha-kim-ngoc');
    const form = details.getByRole('form', { name: 'Entity fields' });
    await form.waitFor({ timeout: 30_000 });
    await form.getByRole('textbox', { name: 'Label', exact: true }).fill('Hà Kim Ngọc');
    await form.getByRole('textbox', { name: 'New alias' }).fill('Ha Kim Ngoc');
    await form.getByRole('textbox', { name: 'New alias' }).press('Enter');
    await form.getByRole('button', { name: 'Remove alias Ngoc' }).click();
    // Nothing applied yet: the edit is one step, made on Apply changes.
    expect(await page.getByRole('button', { name: /^Save \d/ }).count()).toBe(0);
    await form.getByRole('button', { name: 'Apply changes' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Hà Kim Ngọc');
    await page.getByRole('button', { name: 'Save 1 change' }).waitFor();
    await screenshot(page, 'curate-details-entity-light');
    // Undo edit takes the whole edit back, Redo puts it again.
    await page.getByRole('button', { name: 'Undo edit' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Ha Kim Ngoc');
    expect(await form.getByRole('textbox', { name: 'Label', exact: true }).inputValue()).toBe(
      'Ha Kim Ngoc',
    );
    await form.getByRole('button', { name: 'Remove alias Ngoc' }).waitFor();
    await page.getByRole('button', { name: 'Redo edit' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Hà Kim Ngọc');
    await page.getByRole('button', { name: 'Save 1 change' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved 1 change to 1 file' }).waitFor();
    expect(git('diff', '--numstat').trim()).toBe('2\t2\tentities/person.json');
    expect(changedLines()).toEqual({
      removed: ['"label": "Ha Kim Ngoc",', '"aliases": ["Ngoc"],'],
      added: ['"label": "Hà Kim Ngọc",', '"aliases": ["Ha Kim Ngoc"],'],
    });
    expect(errors).toEqual([]);
    commit('label');
    await page.close();
  });

  it('lists the relations that go with an entity before deleting it; Undo brings them all back', async () => {
    const ws = openWorkspace(await readDataDir(dir));
    const going = relationsOf(ws, 'bonnie-jenkins');
    expect(going.length).toBeGreaterThan(3);
    const { page, details } = await openEditing('?e=bonnie-jenkins');
    const count = await details.locator('.relations-heading').textContent();
    await details.getByRole('button', { name: 'Delete entity…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Bonnie Jenkins”?' });
    await dialog.waitFor();
    const list = dialog.getByRole('list', { name: 'Relations deleted with it' });
    expect(await list.getByRole('listitem').count()).toBe(going.length);
    expect(await list.textContent()).toContain('Bonnie Jenkins — attended — ');
    // Focus starts on Cancel, the safe choice.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await screenshot(page, 'curate-details-delete-light');
    await dialog
      .getByRole('button', { name: `Delete entity and ${going.length} relations` })
      .click();
    await dialog.waitFor({ state: 'detached' });
    // Gone from the graph; focus on the Details region, not lost.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('details');
    expect(await page.getByRole('heading', { name: 'Bonnie Jenkins', exact: true }).count()).toBe(
      0,
    );
    await page.getByRole('button', { name: 'Save 1 change' }).waitFor();
    await page.getByRole('button', { name: 'Undo edit' }).click();
    await page.getByRole('button', { name: /^Save \d/ }).waitFor({ state: 'detached' });
    // Back whole: the entity with every relation.
    await page.goto(url + '?e=bonnie-jenkins');
    await expect
      .poll(() => heading(page).textContent(), { timeout: 60_000 })
      .toBe('Bonnie Jenkins');
    expect(await details.locator('.relations-heading').textContent()).toBe(count);
    expect(git('status', '--porcelain')).toBe('');
    await page.close();
  });

  it('changes an id everywhere, refusing one that is taken; the saved folder validates', async () => {
    const before = valuesInFolder();
    const uses = before.get('ha-kim-ngoc') ?? 0;
    expect(uses).toBeGreaterThan(2);
    const { page, details, errors } = await openEditing('?e=ha-kim-ngoc');
    const id = details.getByRole('textbox', { name: 'Id', exact: true });
    await id.fill('bui-thanh-son');
    await details.getByRole('button', { name: 'Change id everywhere' }).click();
    const alert = details.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      '“bui-thanh-son” is already the id of an entity (Bui Thanh Son) in entities/person.json: choose another.',
    );
    await id.fill('ha-kim-ngoc-vn');
    await id.press('Enter');
    await expect.poll(() => page.url()).toContain('e=ha-kim-ngoc-vn');
    await expect.poll(() => heading(page).textContent()).toBe('Hà Kim Ngọc');
    const save = page.getByRole('button', { name: 'Save 1 change' });
    await save.click();
    await page
      .getByRole('status')
      .filter({ hasText: /Saved 1 change to \d+ files/ })
      .waitFor();
    const after = valuesInFolder();
    expect(after.get('ha-kim-ngoc')).toBeUndefined();
    expect(after.get('ha-kim-ngoc-vn')).toBe(uses);
    const v = await validateCommand(['--data', dir]);
    expect(v.stdout).toMatch(/^OK: /m);
    expect(v.status).toBe(0);
    expect(errors).toEqual([]);
    commit('rename');
    await page.close();
  });

  it('changes a relation’s type, offering only the types the vocabulary allows between its ends', async () => {
    const vocabulary = readVocabulary({
      name: 'vocabulary.json',
      text: readFileSync(path.join(dir, 'vocabulary.json'), 'utf8'),
    }).vocabulary!;
    const rid = 'bonnie-jenkins.attended.psd-dialogue-post-csp';
    const { page, details, errors } = await openEditing(`?r=${rid}`, { colorScheme: 'dark' });
    const form = details.getByRole('form', { name: 'Relation fields' });
    await form.waitFor({ timeout: 30_000 });
    const type = form.getByRole('combobox', { name: 'Relation', exact: true });
    const offered = await type
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toContain('co_chaired');
    expect(offered.length).toBeLessThan(vocabulary.relationTypes.length);
    for (const t of offered) {
      expect(vocabulary.allows(t, 'source', 'person'), t).toBe(true);
      expect(vocabulary.allows(t, 'target', 'meeting'), t).toBe(true);
    }
    // Each quote's health, from the anchoring.
    expect(await form.getByRole('group', { name: /^Evidence/ }).textContent()).toContain(
      'Verbatim in its source',
    );
    await type.selectOption('co_chaired');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'curate-details-relation-dark');
    await form.getByRole('button', { name: 'Apply changes' }).click();
    await page.getByRole('button', { name: 'Save 1 change' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved 1 change to 1 file' }).waitFor();
    expect(changedLines()).toEqual({
      removed: ['"type": "attended",'],
      added: ['"type": "co_chaired",'],
    });
    expect(errors).toEqual([]);
    commit('type');
    // Delete relation: a simple confirm; Details then shows its From entity, heading focused.
    await details.getByRole('button', { name: 'Delete relation…' }).click();
    const dialog = page.getByRole('dialog', { name: /^Delete “Bonnie Jenkins — co-chaired — / });
    await dialog.getByRole('button', { name: 'Delete relation' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => heading(page).textContent()).toBe('Bonnie Jenkins');
    await expect
      .poll(() => heading(page).evaluate((el) => el === document.activeElement))
      .toBe(true);
    await page.getByRole('button', { name: 'Undo edit' }).click();
    await page.getByRole('button', { name: /^Save \d/ }).waitFor({ state: 'detached' });
    await page.close();
  });

  it('works by keyboard on a phone in dark mode, axe clean with the form and the dialog open', async () => {
    const { page, details } = await openEditing('?e=bonnie-jenkins', {
      colorScheme: 'dark',
      width: 375,
      height: 812,
    });
    const form = details.getByRole('form', { name: 'Entity fields' });
    await form.waitFor({ timeout: 60_000 });
    // Tab from the Details heading to the Label field, as a keyboard user would.
    await heading(page).focus();
    const label = form.getByRole('textbox', { name: 'Label', exact: true });
    await tabTo(page, label);
    await page.keyboard.press('End');
    await page.keyboard.type(' (US)');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'curate-details-entity-phone-dark');
    // Enter in a field applies the form.
    await page.keyboard.press('Enter');
    await expect
      .poll(() => heading(page).textContent(), { timeout: 30_000 })
      .toBe('Bonnie Jenkins (US)');
    // On a phone Save is behind Menu: there, not shown.
    await page
      .getByRole('button', { name: 'Save 1 change', includeHidden: true })
      .waitFor({ state: 'attached', timeout: 60_000 });
    // Delete… by keyboard: the dialog opens on Cancel, Escape closes it, focus returns.
    const del = details.getByRole('button', { name: 'Delete entity…' });
    await tabTo(page, del);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /^Delete “Bonnie Jenkins \(US\)”\?/ });
    await dialog.waitFor({ timeout: 60_000 });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'curate-details-delete-phone-dark');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    await expect
      .poll(() => del.evaluate((el) => el === document.activeElement), { timeout: 30_000 })
      .toBe(true);
    await page.close();
  });

  it('looks right in light on a phone, with the relation form open', async () => {
    const { page, details } = await openEditing('?r=bui-thanh-son.co_chaired.psd-dialogue-10', {
      width: 375,
      height: 812,
    });
    await details.getByRole('form', { name: 'Relation fields' }).waitFor({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'curate-details-relation-phone-light');
    // Further down the same form: qualifiers and the evidence with each quote's health.
    await details.getByRole('group', { name: /^Evidence/ }).scrollIntoViewIfNeeded();
    await screenshot(page, 'curate-details-evidence-phone-light');
    await page.close();
  });
});
