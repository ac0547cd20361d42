import { defineConfig } from 'vitest/config';

// Real-browser tests: one production build served by `vite preview`,
// driven by playwright-core in Debian's Chromium. Files run one at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
