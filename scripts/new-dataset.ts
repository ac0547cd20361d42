/**
 * npm run new-dataset -- <folder> [--title "…"]
 * Writes a dataset folder ready to fill in: sources/, sources.json, entities/,
 * relations/, vocabulary.json (the default), schema/ and a README.
 */
import { runCli } from './cliOutput';
import { newDatasetCommand } from './newDatasetCommand';

await runCli(async () => {
  const r = await newDatasetCommand(process.argv.slice(2));
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  return r.status;
});
