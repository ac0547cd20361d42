/**
 * `publish:html --out FILE [--data DIR] [--view QUERY] [--shell FILE]` as a
 * function (a build tool, like positions.ts: it may use src/cy and the page
 * template code). The dataset is validated as `npm run validate` does; errors
 * stop it. The template is built (vite.publish.ts) unless --shell names one.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CliExit } from '../scripts/cliOutput';
import { forceInput, toElements } from '../src/cy/elements';
import { runForceLayout } from '../src/cy/forceLayout';
import { layoutFingerprint, roundPositions, type PrecomputedLayout } from '../src/cy/precomputed';
import { defaultSourcesDir, loadDatasetFromDir, readDataDir } from '../src/data/node';
import { countErrors, formatProblem } from '../src/data/problems';
import { buildGraph } from '../src/graph/build';
import { decodeView } from '../src/state/urlCodec';
import { toSlot, type PublishedPayload } from '../src/features/publish/payload';
import { fillShell } from '../src/features/publish/shell';

export interface PublishResult {
  out: string;
  /** Bytes of the file and of what takes the room in it. */
  sizes: {
    total: number;
    app: number;
    /** The packed data (gzip + base64), and what it unpacks to. */
    packed: number;
    dataset: number;
    texts: number;
    layout: number;
  };
  lines: string[];
}

const USAGE =
  'usage: npm run publish:html -- --out FILE.html [--data DIR] [--view "e=ID&focus=1"] [--shell TEMPLATE.html]';

export async function publishCommand(
  args: string[],
  cwd = process.cwd(),
  now = new Date(),
): Promise<PublishResult> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        out: { type: 'string' },
        data: { type: 'string', default: 'graph-data' },
        view: { type: 'string' },
        shell: { type: 'string' },
      },
    }));
  } catch (e) {
    throw new CliExit(2, `publish:html: ${(e as Error).message}\n${USAGE}`);
  }
  if (!values.out) throw new CliExit(2, `publish:html: --out is missing.\n${USAGE}`);
  if (!values.out.endsWith('.html'))
    throw new CliExit(2, `publish:html: --out ${values.out}: name the file NAME.html.`);
  const dataDir = path.resolve(cwd, values.data);
  const sourcesDir = defaultSourcesDir(dataDir);
  let loaded;
  try {
    loaded = await loadDatasetFromDir(dataDir, sourcesDir ? { sourcesDir } : {});
  } catch (e) {
    throw new CliExit(2, `publish:html: ${(e as Error).message}`);
  }
  if (countErrors(loaded.problems) > 0)
    throw new CliExit(
      1,
      [
        `publish:html: ${values.data} has errors; fix them (npm run validate -- --data ${values.data}) and publish again:`,
        ...loaded.problems.filter((p) => p.severity === 'error').map(formatProblem),
      ].join('\n'),
    );
  const { dataset } = loaded;
  const { graph } = buildGraph(dataset);

  const view = values.view?.replace(/^\?/, '') ?? '';
  if (view) {
    const { notices } = decodeView(`?${view}`, {
      hasEntity: (id) => graph.hasNode(id),
      hasRelation: (id) => graph.hasEdge(id),
      relationTypes: new Set(graph.mapEdges((_e, a) => a.type)),
    });
    if (notices.length)
      throw new CliExit(2, [`publish:html: --view "${view}":`, ...notices].join('\n'));
  }

  const files = (await readDataDir(dataDir)).map((f) => ({
    name: f.name,
    data: JSON.parse(f.text) as unknown,
  }));
  const texts: Record<string, string> = {};
  for (const s of dataset.sources) {
    if (!s.file || !sourcesDir) continue;
    const text = await readFile(path.join(sourcesDir, path.basename(s.file)), 'utf8').catch(
      () => undefined,
    );
    if (text !== undefined) texts[s.file] = text;
  }
  const layout = await layoutFor(graph);
  const payload: PublishedPayload = {
    v: 1,
    files,
    texts,
    layout,
    ...(view ? { view } : {}),
    madeAt: now.toISOString(),
    madeFrom: `${path.basename(dataDir)}/`,
  };

  const shell = values.shell
    ? await readFile(path.resolve(cwd, values.shell), 'utf8')
    : await (await import('../vite.publish')).buildShell();
  const title = dataset.title ?? 'Parley graph';
  const slot = await toSlot(payload);
  const html = fillShell(shell, slot, title);
  const out = path.resolve(cwd, values.out);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, html);
  const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v));
  const sizes = {
    total: (await stat(out)).size,
    app: Buffer.byteLength(shell),
    packed: slot.packed.length,
    dataset: bytes(files),
    texts: bytes(texts),
    layout: bytes(layout),
  };
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  return {
    out,
    sizes,
    lines: [
      `wrote ${out} (${(sizes.total / 1024 / 1024).toFixed(2)} MB)`,
      `  the app (inlined code and styles): ${kb(sizes.app)}`,
      `  the data, packed (gzip + base64): ${kb(sizes.packed)}; unpacked:`,
      `    the dataset (${dataset.entities.length} entities, ${dataset.relations.length} relations, ${files.length} files): ${kb(sizes.dataset)}`,
      `    source texts (${Object.keys(texts).length} of ${dataset.sources.length} sources): ${kb(sizes.texts)}`,
      `    layout positions: ${kb(sizes.layout)}`,
      ...(view ? [`  opens on: ?${view}`] : []),
    ],
  };
}

/** The bundled positions when they fit this dataset, else the force layout computed here (as npm run positions does). */
async function layoutFor(
  graph: ReturnType<typeof buildGraph>['graph'],
): Promise<PrecomputedLayout> {
  const input = forceInput(toElements(graph));
  const fingerprint = layoutFingerprint(input);
  const bundled = await readFile(
    path.resolve(import.meta.dirname, '../src/cy/bundledPositions.json'),
    'utf8',
  )
    .then((t) => JSON.parse(t) as PrecomputedLayout)
    .catch(() => undefined);
  if (bundled?.fingerprint === fingerprint) return bundled;
  return { fingerprint, positions: roundPositions(runForceLayout(input)) };
}
