import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './vite.csp';
import { firstViewPreloadPlugin } from './vite.preload';

export default defineConfig({
  plugins: [react(), cspPlugin(), firstViewPreloadPlugin()],
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
