/**
 * Imported by the CLI entry points (through cliData.ts, or directly), never by
 * tests: installs the process-wide handler below.
 */
import { CliExit, printLines } from './cliOutput';

/**
 * A CliExit thrown at a script's top level (or any uncaught error) ends the
 * process the same way: message to stderr, escaped, status in exitCode.
 */
process.on('uncaughtException', (e: unknown) => {
  const status = e instanceof CliExit ? e.status : 2;
  const message =
    e instanceof CliExit ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e);
  if (message) printLines(process.stderr, message.split('\n'));
  process.exitCode = status;
});
