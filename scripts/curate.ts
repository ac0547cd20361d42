/**
 * npm run curate [-- --data DIR] [--port N]
 * Starts Parley for editing a dataset folder (graph-data/ by default): the app
 * served by Vite on 127.0.0.1, with the write service mounted beside it. The
 * page gets this run's token in a <meta> element that only same-origin code
 * can read; the service refuses every request without it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createServer, type Plugin } from 'vite';
import { runCli, escapeTerminal } from './cliOutput';
import { newToken, writeService } from './writeService';

export function curatePlugin(root: string, token: string): Plugin {
  return {
    name: 'parley-curate',
    configureServer(server) {
      server.middlewares.use(writeService({ root, token }));
    },
    transformIndexHtml() {
      return [{ tag: 'meta', attrs: { name: 'parley-curate', content: token }, injectTo: 'head' }];
    },
  };
}

await runCli(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { data: { type: 'string', default: 'graph-data' }, port: { type: 'string' } },
  });
  const root = path.resolve(values.data);
  if (!existsSync(path.join(root, 'sources.json'))) {
    process.stderr.write(
      `curate: ${escapeTerminal(root)} is not a dataset folder (no sources.json). Start one with npm run new-dataset -- <dir>.\n`,
    );
    return 2;
  }
  const token = newToken();
  const server = await createServer({
    plugins: [curatePlugin(root, token)],
    server: {
      host: '127.0.0.1',
      port: values.port ? Number(values.port) : 5174,
      strictPort: false,
    },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? '';
  process.stdout.write(`Parley is editing ${escapeTerminal(root)}\n  ${url}\n(Ctrl+C stops it)\n`);
  return 0;
});
