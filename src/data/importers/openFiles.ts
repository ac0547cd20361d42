import type { Problem } from '../problems';
import { detectFormat } from './detect';
import { utf16Problem } from './encoding';
import { capProblems } from './limits';
import { importDataset, type OpenOutcome } from './index';
import type { ImportOptions } from './types';
import type { XmlSupport } from './xml';

export interface TextFile {
  name: string;
  text: string;
}

/**
 * What Open… hands over: one file of any accepted format, or two CSV files
 * (nodes + edges). RDF and CSV readers are loaded when such a file comes, so
 * n3, jsonld and papaparse stay out of the opener's own chunk.
 */
export type { ImportOptions } from './types';

export async function importFiles(
  files: readonly TextFile[],
  xml: XmlSupport,
  options: ImportOptions = {},
): Promise<OpenOutcome> {
  // Said plainly for every format, and never a million problems in the dialog.
  const utf16 = files.flatMap((f) => utf16Problem(f.name, f.text) ?? []);
  if (utf16.length) return { ok: false, problems: utf16 };
  const outcome = await importAny(files, xml, options);
  return outcome.ok ? outcome : { ...outcome, problems: capProblems(outcome.problems) };
}

async function importAny(
  files: readonly TextFile[],
  xml: XmlSupport,
  options: ImportOptions,
): Promise<OpenOutcome> {
  const clean = files.map((f) => ({
    name: f.name,
    text: f.text.charCodeAt(0) === 0xfeff ? f.text.slice(1) : f.text,
  }));
  const detected = clean.map((f) => ({ file: f, d: detectFormat(f.name, f.text) }));
  const firstFailure = detected.find((x) => !x.d.ok);
  if (firstFailure && !firstFailure.d.ok) return { ok: false, problems: [firstFailure.d.problem] };
  const formats = detected.map((x) => (x.d.ok ? x.d.format : undefined));

  if (formats.every((f) => f === 'csv') && clean.length <= 2) {
    const { importCsv } = await import('./csv');
    return withEntities(importCsv(clean, options));
  }
  if (clean.length !== 1) return { ok: false, problems: [oneAtATime(clean.length)] };
  const [file] = clean as [TextFile];
  const format = formats[0];
  if (format === 'turtle' || format === 'jsonld') {
    const { importRdf } = await import('./rdf');
    return withEntities(await importRdf(file.name, file.text, format, options));
  }
  return importDataset(file, xml, options);
}

function withEntities(outcome: OpenOutcome): OpenOutcome {
  if (!outcome.ok || outcome.dataset.entities.length > 0) return outcome;
  return {
    ok: false,
    format: outcome.format,
    problems: [
      {
        severity: 'error',
        code: 'schema',
        file: outcome.report?.file ?? 'file',
        message: 'the file holds no entities: there is nothing to show',
        hint: 'RDF needs typed resources or links between resources; CSV needs rows with source and target.',
      },
    ],
  };
}

function oneAtATime(n: number): Problem {
  return {
    severity: 'error',
    code: 'unsupported-format',
    file: `${n} files`,
    message: 'Parley opens one file at a time (or a nodes and an edges CSV file together)',
    hint: 'Drop or pick a single bundle, graphology JSON, GEXF, GraphML, Turtle or JSON-LD file, or the two CSV files of a Parley export.',
  };
}
