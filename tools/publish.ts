/** npm run publish:html -- --out FILE.html [--data DIR] [--view QUERY]: see tools/publishCommand.ts. */
import { printLines, runCli } from '../scripts/cliOutput';
import { publishCommand } from './publishCommand';

void runCli(async () => {
  const result = await publishCommand(process.argv.slice(2));
  printLines(process.stderr, result.lines);
});
