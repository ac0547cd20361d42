/**
 * npm run export -- --format json|gexf|graphml|csv|cyjs|bundle [--out FILE]
 * Without --out, single-file formats go to stdout with nothing else printed;
 * CSV needs --out (it writes FILE-without-extension.nodes.csv and .edges.csv).
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { toBundle } from '../src/data/bundle';
import { buildGraph } from '../src/graph/build';
import { DATA_FORMATS, exportGraph, type DataFormat } from '../src/graph/formats';
import { loadForCli } from './cliData';
import { exitWith, printLines } from './cliOutput';

const FORMATS = [...DATA_FORMATS, 'bundle'] as const;
const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'json' },
    out: { type: 'string' },
    data: { type: 'string' },
    sources: { type: 'string' },
  },
});
const format = values.format as (typeof FORMATS)[number];
if (!FORMATS.includes(format))
  exitWith(2, `export: unknown format "${values.format}"; use one of ${FORMATS.join(', ')}`);
const { dataset } = await loadForCli(values);
const files =
  format === 'bundle'
    ? [
        {
          suffix: '.parley.json',
          mime: 'application/json',
          text: `${JSON.stringify(toBundle(dataset), null, 2)}\n`,
        },
      ]
    : exportGraph(buildGraph(dataset).graph, format as DataFormat);

if (!values.out) {
  if (files.length > 1)
    exitWith(2, `export: --format ${format} writes ${files.length} files; give --out FILE`);
  process.stdout.write(files[0]?.text ?? '');
} else if (files.length === 1) {
  await writeFile(values.out, files[0]?.text ?? '');
  printLines(process.stderr, [`wrote ${values.out}`]);
} else {
  const base = values.out.replace(/(\.nodes|\.edges)?\.csv$/, '');
  for (const f of files) {
    await writeFile(base + f.suffix, f.text);
    printLines(process.stderr, [`wrote ${base + f.suffix}`]);
  }
}
