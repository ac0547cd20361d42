/**
 * npm run positions [-- --check] (a build tool, not part of the CLI, so it may use src/cy): writes (or checks) the bundled dataset's
 * precomputed force layout, src/cy/bundledPositions.json. The check compares
 * the fingerprint (what the layout was computed from), so it fails exactly when
 * the data changed in a way that moves the graph.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { format } from 'prettier';
import { loadDatasetFromDir } from '../src/data/node';
import { buildGraph } from '../src/graph/build';
import { forceInput, toElements } from '../src/cy/elements';
import { runForceLayout } from '../src/cy/forceLayout';
import { layoutFingerprint, roundPositions } from '../src/cy/precomputed';

const target = 'src/cy/bundledPositions.json';
const { dataset } = await loadDatasetFromDir('graph-data');
const input = forceInput(toElements(buildGraph(dataset).graph));
const fingerprint = layoutFingerprint(input);

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  let stored: string;
  try {
    stored = (JSON.parse(current) as { fingerprint?: string }).fingerprint ?? '';
  } catch {
    stored = '';
  }
  if (stored !== fingerprint) {
    process.stderr.write(
      `${target} is out of date for graph-data/ (the graph would be laid out again in the browser): run npm run positions\n`,
    );
    process.exitCode = 1;
  } else process.stderr.write(`${target} is up to date (${fingerprint})\n`);
} else {
  const positions = roundPositions(runForceLayout(input));
  // Formatted as the repository's format check expects.
  const text = await format(JSON.stringify({ fingerprint, positions }), { parser: 'json' });
  await writeFile(target, text);
  process.stderr.write(`wrote ${target} (${input.nodes.length} entities, ${fingerprint})\n`);
}
