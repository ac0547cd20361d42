/**
 * npm run validate [-- --data DIR] [--sources DIR] [--json]
 * Reports every problem in a data directory; exits 1 when there is any error.
 */
import { runCli } from './cliOutput';
import { validateCommand } from './validateCommand';

await runCli(async () => {
  const r = await validateCommand(process.argv.slice(2));
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  return r.status;
});
