import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './vite.csp';
import { firstViewPreloadPlugin } from './vite.preload';
import { shellAsset } from './vite.publish';

export default defineConfig({
  // shellAsset: the single-file page template (parley-page.html) beside the app, for Export → Interactive page.
  plugins: [react(), cspPlugin(), firstViewPreloadPlugin(), shellAsset()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  // The import worker loads its parsers on demand (n3, jsonld, papaparse): module workers split like the page.
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
