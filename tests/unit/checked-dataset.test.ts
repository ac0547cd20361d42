/**
 * The bundled dataset reaches the page as the build validated it
 * (vite.checked.ts): it must be exactly what validating its files in the
 * page gives, and a dataset with errors must still be validated in the page.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledSource, loadBundledFiles } from '../../src/app/loadBundled';
import { parleyFilesSource } from '../../src/data/fileSources';
import { checkedDatasetPlugin, CHECKED_DATASET, datasetFiles } from '../../vite.checked';

const DATA_DIR = fileURLToPath(new URL('../../graph-data', import.meta.url));

/** What the plugin gives for a dataset folder, as the page's module would evaluate it. */
function checkedModule(dir: string): unknown {
  const plugin = checkedDatasetPlugin(dir, path.basename(dir));
  const resolve = plugin.resolveId as (id: string) => string;
  const load = plugin.load as (this: { addWatchFile(f: string): void }, id: string) => string;
  const code = load.call({ addWatchFile: () => undefined }, resolve(CHECKED_DATASET));
  const json = /^export default JSON\.parse\((.*)\);$/s.exec(code)?.[1];
  return json === undefined ? null : (JSON.parse(JSON.parse(json) as string) as unknown);
}

describe('the bundled dataset as the build checked it', () => {
  it('reads the files the page globs, with the same names, in the same order', async () => {
    expect(datasetFiles(DATA_DIR, 'graph-data')).toEqual(await loadBundledFiles());
  });

  it('loads exactly what validating the files in the page loads', async () => {
    const checked = await bundledSource().load();
    const validated = await parleyFilesSource('bundled', 'files', loadBundledFiles).load();
    expect(checked.ok && validated.ok).toBe(true);
    expect(checked).toEqual(validated);
    if (checked.ok) expect(checked.dataset.vocabulary?.relationTypes.length).toBeGreaterThan(10);
  });

  it('is null for a folder with an error, so the page validates the files and shows it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parley-checked-'));
    writeFileSync(path.join(dir, 'sources.json'), '{ "sources": [ }');
    expect(checkedModule(dir)).toBeNull();
  });

  it('carries a valid folder as JSON, its warnings with it', () => {
    const out = checkedModule(DATA_DIR) as {
      dataset: { entities: unknown[] };
      problems: unknown[];
    };
    expect(out.dataset.entities.length).toBeGreaterThan(100);
    expect(Array.isArray(out.problems)).toBe(true);
  });
});
