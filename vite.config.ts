import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './vite.csp';
import { CHECKED_DATASET, checkedDatasetPlugin } from './vite.checked';
import { firstViewPreloadPlugin } from './vite.preload';
import { shellAsset } from './vite.publish';

const root = path.dirname(fileURLToPath(import.meta.url));
// The dataset the app ships with: graph-data/, or the folder `npm run dev|build -- --data DIR`
// names (scripts/vite.ts passes it as PARLEY_DATA). src/app/loadBundled.ts globs it via @dataset.
const dataset = path.resolve(root, process.env.PARLEY_DATA ?? 'graph-data');

/** The bundled dataset as the build checked it (vite.checked.ts), or the positions shipped for it. */
function isFirstViewData(id: string): boolean {
  const file = id.replace(/\?.*$/, '');
  return file.endsWith('/src/cy/bundledPositions.json') || file.endsWith(CHECKED_DATASET);
}

/** A JSON file of the bundled dataset (not its schema), read as text only when it has errors or is edited. */
function isDatasetFile(id: string): boolean {
  const file = id.replace(/\?.*$/, '');
  return (
    file.startsWith(`${dataset}${path.sep}`) && file.endsWith('.json') && !file.includes('/schema/')
  );
}

export default defineConfig({
  // shellAsset: the single-file page template (parley-page.html) beside the app, for Export → Interactive page.
  plugins: [
    react(),
    cspPlugin(),
    firstViewPreloadPlugin(),
    shellAsset(),
    checkedDatasetPlugin(dataset, path.basename(dataset)),
  ],
  resolve: { alias: { '@dataset': dataset } },
  define: { 'import.meta.env.PARLEY_DATASET_NAME': JSON.stringify(path.basename(dataset)) },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // The first view's data in one request: the dataset as the build checked it and the
        // shipped positions. The dataset's files as text in another, fetched when needed.
        codeSplitting: {
          groups: [
            { name: 'dataset', test: (id) => isFirstViewData(id) },
            { name: 'dataset-files', test: (id) => isDatasetFile(id) },
          ],
        },
      },
    },
  },
  // The import worker loads its parsers on demand (n3, jsonld, papaparse): module workers split like the page.
  worker: { format: 'es' },
  // A dataset folder outside the repository is served too.
  server: { host: '127.0.0.1', fs: { allow: [root, dataset] } },
  preview: { host: '127.0.0.1' },
});
