import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { checkedDatasetPlugin } from './vite.checked';

const dataset = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'graph-data');

export default defineConfig({
  // As in vite.config.ts: the app globs its dataset through @dataset (graph-data/ here)
  // and imports it as the build checked it.
  plugins: [checkedDatasetPlugin(dataset, 'graph-data')],
  resolve: { alias: { '@dataset': dataset } },
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'tests/unit/**/*.test.ts',
      'tests/unit/**/*.test.tsx',
      'scripts/**/*.test.ts',
    ],
    setupFiles: ['tests/unit/fcSeed.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
