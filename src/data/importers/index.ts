import type { ImportOptions } from './types';
import type { Dataset } from '../../model';
import { countErrors, type Problem } from '../problems';
import { validateFiles } from '../validate';
import { detectFormat } from './detect';
import { utf16Problem } from './encoding';
import { importJsonGraph } from './jsonGraph';
import { capProblems } from './limits';
import { OPEN_FORMAT_LABELS, type MappingReport, type OpenFormat } from './types';
import { importXml, type XmlSupport } from './xml';

export { ACCEPTED_EXTENSIONS, detectFormat } from './detect';
export { MAX_OPEN_BYTES, capProblems, exactBytes, formatBytes, sizeProblem } from './limits';
export { mapGraph } from './mapGraph';
export * from './types';
export type { XmlSupport, XmlParseResult } from './xml';

export type OpenOutcome =
  | {
      ok: true;
      format: OpenFormat;
      dataset: Dataset;
      /** Validation warnings and, for foreign formats, what could not be mapped. */
      problems: Problem[];
      report?: MappingReport;
    }
  | { ok: false; format?: OpenFormat; problems: Problem[] };

/**
 * One file → a Parley dataset, or every problem that stops it. Parley's own
 * format goes through the same validator as graph-data/ (file, line:column,
 * JSON path, id and hint for each problem); foreign formats are checked, then
 * mapped, with a report of what could not be mapped.
 */
export function importDataset(
  file: { name: string; text: string },
  xml: XmlSupport,
  opts: ImportOptions = {},
): OpenOutcome {
  const outcome = importUncapped(file, xml, opts);
  return outcome.ok ? outcome : { ...outcome, problems: capProblems(outcome.problems) };
}

function importUncapped(
  file: { name: string; text: string },
  xml: XmlSupport,
  opts: ImportOptions,
): OpenOutcome {
  const utf16 = utf16Problem(file.name, file.text);
  if (utf16) return { ok: false, problems: [utf16] };
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  const detected = detectFormat(file.name, text);
  if (!detected.ok) return { ok: false, problems: [detected.problem] };
  const { format } = detected;

  if (format === 'parley') {
    const { dataset, problems } = validateFiles([{ name: file.name, text }]);
    if (countErrors(problems) > 0) return { ok: false, format, problems };
    const empty = emptyProblem(file.name, dataset);
    if (empty) return { ok: false, format, problems: [empty] };
    return { ok: true, format, dataset, problems };
  }

  if (format === 'turtle' || format === 'jsonld' || format === 'csv')
    return {
      ok: false,
      format,
      problems: [
        {
          severity: 'error',
          code: 'unsupported-format',
          file: file.name,
          message: `${OPEN_FORMAT_LABELS[format]} is read asynchronously`,
          hint: 'Call importFiles (src/data/importers/openFiles.ts).',
        },
      ],
    };
  if (format !== 'graphology-json' && format !== 'gexf' && format !== 'graphml')
    return { ok: false, format, problems: [] };
  const result =
    format === 'graphology-json'
      ? importJsonGraph(file.name, text, opts)
      : importXml(file.name, text, format, xml, opts);
  if (!result.ok) return { ok: false, format, problems: result.problems };
  const empty = emptyProblem(file.name, result.dataset);
  if (empty) return { ok: false, format, problems: [empty] };
  return {
    ok: true,
    // The JSON shape read (d3, Cytoscape, Gephi Lite…) is known only after parsing.
    format: result.report.format,
    dataset: result.dataset,
    report: result.report,
    problems: reportProblems(result.report),
  };
}

function emptyProblem(file: string, dataset: Dataset): Problem | undefined {
  if (dataset.entities.length > 0) return undefined;
  return {
    severity: 'error',
    code: 'schema',
    file,
    message: 'the file holds no entities: there is nothing to show',
    hint: 'A Parley bundle holds "sources", "entities" and "relations" arrays (see README.md); graph files need at least one node.',
  };
}

/** What could not be mapped, as warnings attached to the loaded dataset. */
export function reportProblems(report: MappingReport): Problem[] {
  return report.unmapped.map((message) => ({
    severity: 'warning',
    code: 'import-mapping',
    file: report.file,
    message,
  }));
}

/**
 * Short lines for the notice shown after opening a file; the full mapping
 * report goes into the load report (Details panel).
 */
export function openSummary(
  fileName: string,
  format: OpenFormat,
  dataset: Dataset,
  report?: MappingReport,
): string[] {
  const head = `Opened “${fileName}” (${OPEN_FORMAT_LABELS[format]}): ${dataset.entities.length} entities, ${dataset.relations.length} relations${format === 'parley' ? `, ${dataset.sources.length} sources` : ''}.`;
  if (!report?.summary.length) return [head];
  return [
    head,
    `Not everything maps onto Parley's model: ${report.summary.join('; ')}. The load report in the Details panel says how each attribute was handled.`,
  ];
}
