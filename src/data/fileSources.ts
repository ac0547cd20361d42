import { countErrors } from './problems';
import { staticSource, type GraphSource } from './source';
import { validateFilesInSteps, type InputFile } from './validate';

/**
 * A source whose files are already in Parley's own format (the bundled
 * graph-data/ folder, or a stored copy): read, then checked by the same
 * validator as `npm run validate`. Errors block; nothing half-read is shown.
 */
export function parleyFilesSource(
  kind: 'bundled' | 'file',
  label: string,
  read: () => Promise<InputFile[]>,
): GraphSource {
  return staticSource(kind, label, async (ctx) => {
    ctx.onProgress?.(`Reading the ${label}…`);
    const files = await read();
    ctx.onProgress?.(`Checking ${files.length} files…`);
    performance.mark('parley:validate-start');
    // A file per task: the page stays responsive while the dataset is checked.
    const { dataset, problems } = await validateFilesInSteps(files);
    performance.mark('parley:validated');
    if (countErrors(problems) > 0) return { ok: false, problems };
    return { ok: true, dataset, problems, format: 'parley' };
  });
}
