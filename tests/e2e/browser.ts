import { CHROMIUM_ARGS } from '../../scripts/ensureChromium';
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export { CHROMIUM_ARGS };

/** Every Content-Security-Policy violation of the whole e2e run; globalSetup fails the run unless it stays empty. */
export const CSP_VIOLATIONS_LOG = path.resolve('tests/artifacts/csp-violations.log');
/** Violations whose sample holds this are deliberate (the probe proving the listener works). */
export const CSP_PROBE = 'csp-probe';

export async function launch(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  // Every context of every test reports CSP violations.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await watchCsp(context);
    return context;
  };
  browser.newPage = async (options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    page.on('close', () => void context.close());
    return page;
  };
  return browser;
}

async function watchCsp(context: BrowserContext) {
  mkdirSync(path.dirname(CSP_VIOLATIONS_LOG), { recursive: true });
  await context.exposeBinding('__parleyCspViolation', ({ page }, text: string) => {
    if (!text.includes(CSP_PROBE)) appendFileSync(CSP_VIOLATIONS_LOG, `${page.url()} ${text}\n`);
  });
  await context.addInitScript(() => {
    const w = window as unknown as {
      __parleyCspSeen?: string[];
      __parleyCspProbe?: string;
      __parleyCspViolation?: (t: string) => void;
    };
    w.__parleyCspSeen = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      const text = `${e.violatedDirective} ${e.blockedURI || '(inline)'} ${e.sourceFile}:${e.lineNumber} ${w.__parleyCspProbe ?? ''}`;
      w.__parleyCspSeen?.push(text);
      w.__parleyCspViolation?.(text);
    });
  });
}

export function baseUrl(): string {
  return inject('baseUrl');
}

export interface OpenOptions {
  width?: number;
  height?: number;
  /** Query string or hash to append, e.g. "?select=ha-kim-ngoc". */
  query?: string;
  colorScheme?: 'light' | 'dark';
  /** Browser permissions to grant, e.g. ['clipboard-read', 'clipboard-write']. */
  permissions?: string[];
  /** The page opens on the List view, which hides the (still drawn) graph. */
  graphHidden?: boolean;
  /** Runs on the new page before it loads the app (e.g. `page.route` to fail a chunk). */
  beforeLoad?: (page: Page) => Promise<void>;
}

/** A fresh context and page at the app, waiting until the graph has settled. */
export async function openApp(
  browser: Browser,
  opts: OpenOptions = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    acceptDownloads: true,
    ...(opts.colorScheme ? { colorScheme: opts.colorScheme } : {}),
    ...(opts.permissions ? { permissions: opts.permissions } : {}),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await opts.beforeLoad?.(page);
  await page.goto(baseUrl() + (opts.query ?? ''));
  try {
    await waitSettled(page, 30_000, opts.graphHidden ? 'attached' : 'visible');
  } catch (e) {
    throw new Error(`the graph never settled; page errors: ${errors.join(' | ') || 'none'}`, {
      cause: e,
    });
  }
  return { context, page, errors };
}

/** Waits for the graph region to report aria-busy="false" (hidden behind the List view: 'attached'). */
export async function waitSettled(
  page: Page,
  timeout = 30_000,
  state: 'visible' | 'attached' = 'visible',
): Promise<void> {
  await page.locator('[data-testid="graph"][aria-busy="false"]').waitFor({ timeout, state });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync('tests/artifacts/screenshots', { recursive: true });
  const file = `tests/artifacts/screenshots/${name}.png`;
  // caret: 'initial': hiding the caret makes Playwright inject a <style>, which the CSP refuses.
  await page.screenshot({ path: file, caret: 'initial' });
  return file;
}

export interface DrawnNode {
  id: string;
  degree: number;
  /** On-screen width, px (node width × zoom). */
  sizePx: number;
  /** Where it is drawn, relative to the graph region. */
  x: number;
  y: number;
}

/** Every node as drawn, through the graph region's test hooks. */
export async function drawnNodes(page: Page): Promise<DrawnNode[]> {
  return page.evaluate(() => {
    const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
      __parleyNodeSizes?: () => { id: string; degree: number; sizePx: number }[];
      __parleyNodePosition?: (id: string) => { x: number; y: number } | null;
    };
    return (el.__parleyNodeSizes?.() ?? []).map((n) => ({
      ...n,
      ...(el.__parleyNodePosition?.(n.id) ?? { x: NaN, y: NaN }),
    }));
  });
}

/** Selects an entity the way a person does: "/" to the search box, type, Enter on the first hit. */
export async function selectBySearch(page: Page, text: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill(text);
  await page.getByRole('option').first().waitFor({ timeout: 20_000 });
  await box.press('Enter');
}

/** A file of tests/fixtures/foreign/ opened through Open…, its counts shown and the graph settled. */
export async function openForeignFile(page: Page, name: string, expectCounts: string) {
  await page
    .getByLabel('Open dataset file')
    .setInputFiles(path.join('tests/fixtures/foreign', name));
  // The machine running the tests is shared: generous waits, no speed asserted here.
  await expect
    .poll(() => page.getByTestId('load-counts').textContent(), { timeout: 120_000 })
    .toContain(expectCounts);
  await waitSettled(page, 120_000);
}
