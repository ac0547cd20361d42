import type { Problem } from '../problems';
import { staticSource, type GraphSource, type SourceLoad } from '../source';
import { openSummary } from './index';
import { MAX_OPEN_BYTES, sizeProblem } from './limits';
import { importFiles, type ImportOptions, type TextFile } from './openFiles';
import type { XmlSupport } from './xml';

/** What a source needs of a browser File (tests pass plain objects). */
export type FileLike = Pick<File, 'name' | 'size' | 'arrayBuffer'>;

/**
 * The GraphSource of files picked in Open… or dropped on the page: one file
 * of any accepted format, or a nodes + edges CSV pair. Loading reads the
 * bytes (size checked first), detects the format, maps and validates; the
 * result says what was opened and what could not be mapped.
 */
export function openedFilesSource(
  files: readonly FileLike[],
  xml: XmlSupport,
  maxBytes: number = MAX_OPEN_BYTES,
  options: ImportOptions = {},
): GraphSource {
  const label = files.map((f) => f.name).join(' + ');
  const source = staticSource('file', label, async (ctx): Promise<SourceLoad> => {
    const read: TextFile[] = [];
    for (const f of files) {
      ctx.onProgress?.(`Reading “${f.name}”…`);
      const r = await readText(f, maxBytes);
      if (!r.ok) return r;
      read.push({ name: f.name, text: r.text });
    }
    ctx.onProgress?.(`Checking “${label}”…`);
    performance.mark('parley:validate-start');
    const outcome = await importFiles(read, xml, options);
    performance.mark('parley:validated');
    if (!outcome.ok) return { ok: false, problems: outcome.problems };
    return {
      ok: true,
      dataset: outcome.dataset,
      problems: outcome.problems,
      format: outcome.format,
      notices: openSummary(label, outcome.format, outcome.dataset, outcome.report),
      mapped: outcome.report?.mapped ?? [],
      unmapped: outcome.report?.unmapped ?? [],
      ...(outcome.report?.typeFrom ? { typeFrom: outcome.report.typeFrom } : {}),
    };
  });
  return {
    ...source,
    retype: (typeFrom) => openedFilesSource(files, xml, maxBytes, { ...options, typeFrom }),
  };
}

async function readText(
  file: FileLike,
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
          message: 'the browser could not read the file',
          hint: 'It may have been moved, changed or deleted since it was picked: pick it again. The current graph is unchanged.',
          detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
        },
      ],
    };
  }
}
