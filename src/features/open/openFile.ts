import { MAX_OPEN_BYTES, openSummary, sizeProblem } from '../../data/importers/index';
import { importFiles } from '../../data/importers/openFiles';
import type { Problem } from '../../data/problems';
import { buildGraph } from '../../graph/build';
import type { OpenedDataset } from './types';
import { browserXmlSupport } from './xmlBrowser';

/**
 * Loaded on demand: File → validated, mapped and built dataset, or every
 * problem that stops it. Nothing here touches the current graph.
 */
export async function openDatasetFile(
  file:
    | Pick<File, 'name' | 'size' | 'arrayBuffer'>
    | readonly Pick<File, 'name' | 'size' | 'arrayBuffer'>[],
  maxBytes = MAX_OPEN_BYTES,
): Promise<{ ok: true; opened: OpenedDataset } | { ok: false; problems: Problem[] }> {
  const files = Array.isArray(file) ? file : [file as Pick<File, 'name' | 'size' | 'arrayBuffer'>];
  const read: { name: string; text: string }[] = [];
  for (const f of files) {
    const r = await readText(f, maxBytes);
    if (!r.ok) return r;
    read.push({ name: f.name, text: r.text });
  }
  const name = read.map((f) => f.name).join(' + ');
  performance.mark('parley:validate-start');
  const outcome = await importFiles(read, browserXmlSupport);
  performance.mark('parley:validated');
  if (!outcome.ok) return { ok: false, problems: outcome.problems };
  // Let the page breathe between the two long steps (a big file takes
  // about 150 ms to validate and 50 ms to build on a slow machine).
  await nextTask();
  const { graph, report } = buildGraph(outcome.dataset);
  performance.mark('parley:graph-built');
  // What could not be mapped joins the load report shown in the Details panel.
  report.warnings.push(...(outcome.report?.unmapped ?? []));
  return {
    ok: true,
    opened: {
      fileName: name,
      format: outcome.format,
      dataset: outcome.dataset,
      graph,
      report,
      problems: outcome.problems,
      notices: openSummary(name, outcome.format, outcome.dataset, outcome.report),
    },
  };
}

async function readText(
  file: Pick<File, 'name' | 'size' | 'arrayBuffer'>,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; problems: Problem[] }> {
  const tooLarge = sizeProblem(file.name, file.size, maxBytes);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  try {
    // Decoded as UTF-8 by us: File.text() would quietly decode a UTF-16 file
    // that npm run validate refuses, and the two must agree.
    return { ok: true, text: new TextDecoder('utf-8').decode(await file.arrayBuffer()) };
  } catch (e) {
    return {
      ok: false,
      problems: [
        {
          severity: 'error',
          code: 'unsupported-format',
          file: file.name,
          message: `the file could not be read (${String(e)})`,
          hint: 'Check that the file still exists and that the browser may read it.',
        },
      ],
    };
  }
}

/** Resolves in a new task, so that input and rendering can run in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
