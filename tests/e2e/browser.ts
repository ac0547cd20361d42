import { CHROMIUM_ARGS } from '../../scripts/ensureChromium';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export { CHROMIUM_ARGS };

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
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
}

/** A fresh context and page at the app, waiting until the graph has settled. */
export async function openApp(
  browser: Browser,
  opts: OpenOptions = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(baseUrl() + (opts.query ?? ''));
  try {
    await waitSettled(page);
  } catch (e) {
    throw new Error(`the graph never settled; page errors: ${errors.join(' | ') || 'none'}`, {
      cause: e,
    });
  }
  return { context, page, errors };
}

/** Waits for the graph region to report aria-busy="false". */
export async function waitSettled(page: Page, timeout = 30_000): Promise<void> {
  await page.locator('[data-testid="graph"][aria-busy="false"]').waitFor({ timeout });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync('tests/artifacts/screenshots', { recursive: true });
  const file = `tests/artifacts/screenshots/${name}.png`;
  await page.screenshot({ path: file });
  return file;
}
