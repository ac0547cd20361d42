/**
 * npm run dev|build|preview [-- --data DIR] [vite options]: Vite on the
 * bundled dataset (graph-data/) or on the dataset folder DIR instead. The
 * folder goes to vite.config.ts as PARLEY_DATA; everything else to Vite.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { printLines } from './cliOutput';

const args = process.argv.slice(2);
const env = { ...process.env };
const at = args.findIndex((a) => a === '--data' || a.startsWith('--data='));
if (at >= 0) {
  const arg = args[at] ?? '';
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[at + 1];
  args.splice(at, arg.includes('=') ? 1 : 2);
  const dir = value ? path.resolve(value) : '';
  if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) {
    printLines(process.stderr, [
      `--data: ${value ? `${dir} is not a folder` : 'give the dataset folder'} (npm run new-dataset -- DIR makes one)`,
    ]);
    process.exitCode = 2;
  } else env.PARLEY_DATA = dir;
}
if (process.exitCode === undefined) {
  const require = createRequire(import.meta.url);
  const vite = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, ...args], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}
