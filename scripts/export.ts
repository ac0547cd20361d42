/**
 * npm run export -- --format json|gexf|graphml|csv|cyjs|bundle|ttl|jsonld [--out FILE] [--base IRI]
 * Without --out, single-file formats go to stdout with nothing else printed;
 * CSV needs --out (it writes FILE-without-extension.nodes.csv and .edges.csv).
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { toBundle } from '../src/data/bundle';
import { readSourceTexts } from '../src/data/node';
import { buildGraph } from '../src/graph/build';
import { DATA_FORMATS, exportGraph, type DataFormat } from '../src/graph/formats';
import { loadForCli } from './cliData';
import { exitWith, printLines } from './cliOutput';

// Kept here so that n3 and jsonld load only for an RDF export (src/data/rdf has the same list).
const RDF_FORMATS = ['ttl', 'jsonld'] as const;
type RdfFormat = (typeof RDF_FORMATS)[number];
const FORMATS = [...DATA_FORMATS, 'bundle', ...RDF_FORMATS] as const;
const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'json' },
    out: { type: 'string' },
    data: { type: 'string' },
    sources: { type: 'string' },
    base: { type: 'string' },
  },
});
const format = values.format as (typeof FORMATS)[number];
if (!FORMATS.includes(format))
  exitWith(2, `export: unknown format "${values.format}"; use one of ${FORMATS.join(', ')}`);
const { dataset, sourcesDir } = await loadForCli(values);
const isRdf = (f: string): f is RdfFormat => (RDF_FORMATS as readonly string[]).includes(f);
const files = isRdf(format)
  ? [
      // Quotes get their prefix and suffix from the source texts when they are at hand.
      await (
        await import('../src/data/rdf')
      ).exportRdf(dataset, format, {
        ...(values.base ? { base: values.base } : {}),
        ...(sourcesDir ? { sourceTexts: await readSourceTexts(sourcesDir) } : {}),
      }),
    ]
  : format === 'bundle'
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
