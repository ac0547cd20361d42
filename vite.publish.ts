import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type InlineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { EMPTY_SLOT, SHELL_FILE, withPublishedCsp } from './src/features/publish/shell';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * What the published page runs instead: its dataset comes from the page's
 * data slot, and force layouts run on the main thread (no workers from file://).
 */
const SWAPS: Record<string, string> = {
  'src/app/App.tsx': 'src/app/PublishedApp.tsx',
  'src/app/loadBundled.ts': 'src/app/loadPublished.ts',
  'src/cy/forceClient.ts': 'src/cy/forceMain.ts',
  'src/data/rdf/index.ts': 'src/features/publish/rdfAbsent.ts',
  'src/features/curate/feature.tsx': 'src/features/publish/curateAbsent.ts',
  'src/features/curate/details/EditSlot.tsx': 'src/features/publish/curateAbsent.ts',
};

function publishSwaps(): Plugin {
  return {
    name: 'parley-publish-swaps',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      const rel = path.relative(root, resolved.id).split(path.sep).join('/');
      const swap = SWAPS[rel];
      return swap ? path.resolve(root, swap) : null;
    },
  };
}

/** The empty data slot in the page, and, once everything is inlined, a CSP of hashes. */
function publishShell(): Plugin {
  let outDir = '';
  return {
    name: 'parley-publish-shell',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      // The hashes are not known yet: a placeholder policy, replaced in writeBundle.
      handler: (html) =>
        html
          .replace('</body>', `${EMPTY_SLOT}\n  </body>`)
          .replace(
            '<meta charset="UTF-8" />',
            `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="script-src 'sha256-pending'; style-src 'sha256-pending'" />`,
          ),
    },
    // After vite-plugin-singlefile inlined the code (its generateBundle): hash what is inline now.
    async writeBundle() {
      const file = path.join(outDir, 'index.html');
      await writeFile(file, await withPublishedCsp(await readFile(file, 'utf8')));
    },
  };
}

/** The Vite config of the single-file shell: the same app, built in mode "publish". */
export function publishConfig(outDir: string): InlineConfig {
  return {
    configFile: false,
    root,
    mode: 'publish',
    logLevel: 'warn',
    plugins: [publishSwaps(), react(), viteSingleFile(), publishShell()],
    build: { target: 'es2022', sourcemap: false, outDir, emptyOutDir: true },
  };
}

/** Builds the shell and returns its text. */
export async function buildShell(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'parley-shell-'));
  try {
    await build(publishConfig(dir));
    return await readFile(path.join(dir, 'index.html'), 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The normal build also ships the shell (parley-page.html), for Export → Interactive page. */
export function shellAsset(): Plugin {
  let outDir = '';
  return {
    name: 'parley-shell-asset',
    apply: (_config, env) => env.command === 'build' && env.mode !== 'publish',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const dir = await mkdtemp(path.join(tmpdir(), 'parley-shell-'));
      try {
        await build(publishConfig(dir));
        await copyFile(path.join(dir, 'index.html'), path.join(outDir, SHELL_FILE));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
