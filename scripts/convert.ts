/**
 * npm run convert -- FILE [EDGES.csv] --out DIR [--keep-repeated]
 * Turns another tool's graph file into a Parley dataset folder, as Open… reads it.
 */
import { runCli } from './cliOutput';
import { convertCommand } from './convertCommand';

await runCli(async () => {
  const r = await convertCommand(process.argv.slice(2));
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  return r.status;
});
