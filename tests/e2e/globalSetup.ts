import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Builds the app into a private directory (parallel runs never share dist/) and serves it on 127.0.0.1. */
const CSP_LOG = path.resolve('tests/artifacts/csp-violations.log');

export default async function setup(project: TestProject) {
  rmSync(CSP_LOG, { force: true });
  const outDir = mkdtempSync(path.join(tmpdir(), 'parley-e2e-'));
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build:
  // test what ships.
  process.env.NODE_ENV = 'production';
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('e2e setup: vite preview did not report a URL');
  project.provide('baseUrl', url);
  return async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
    // tests/e2e/browser.ts logs every Content-Security-Policy violation of every page.
    const violations = existsSync(CSP_LOG) ? readFileSync(CSP_LOG, 'utf8').trim() : '';
    if (violations)
      throw new Error(`Content-Security-Policy violations during the e2e run:\n${violations}`);
  };
}
