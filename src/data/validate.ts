import type { Dataset } from '../model';
import { selfLoopProblems } from './inputChecks';
import type { Problem } from './problems';
import { checkDates } from './validation/dates';
import { checkEvidence } from './validation/evidence';
import { checkIds } from './validation/ids';
import { parseFile, type Collected } from './validation/parse';
import { checkReferences } from './validation/references';
import { checkStatements } from './validation/statements';
import { yieldToPage } from './yieldToPage';

export interface InputFile {
  /** Shown in every problem: a path relative to the data directory, or a file name. */
  name: string;
  text: string;
}

export interface ValidateOptions {
  /**
   * Source texts by file name (Source.file). When given, every evidence quote
   * (and stored sentence) is checked against its source's text; when omitted,
   * they are not.
   */
  sourceTexts?: ReadonlyMap<string, string>;
}

export interface ValidationResult {
  dataset: Dataset;
  problems: Problem[];
}

/**
 * Validates a set of data files as one dataset and reports every problem
 * (never just the first). Valid items are kept, so a dataset with a few
 * broken items still loads what it can; callers decide whether errors block.
 * Passes: syntax and schema per file, then ids, dates, references, the
 * statement convention and evidence across files.
 */
export function validateFiles(
  files: readonly InputFile[],
  options: ValidateOptions = {},
): ValidationResult {
  const problems: Problem[] = [];
  const all: Collected = { sources: [], entities: [], relations: [] };
  for (const file of files) parseFile(file, problems, all);
  return checkAcrossFiles(problems, all, options);
}

/**
 * The same as validateFiles, one file per task: the page may paint and answer
 * input between files (the bundled dataset at start-up), so no single task
 * holds the main thread for the whole dataset. `pause` runs between steps.
 */
export async function validateFilesInSteps(
  files: readonly InputFile[],
  options: ValidateOptions = {},
  pause: () => Promise<void> = yieldToPage,
): Promise<ValidationResult> {
  const problems: Problem[] = [];
  const all: Collected = { sources: [], entities: [], relations: [] };
  for (const file of files) {
    parseFile(file, problems, all);
    await pause();
  }
  return checkAcrossFiles(problems, all, options);
}

function checkAcrossFiles(
  problems: Problem[],
  all: Collected,
  options: ValidateOptions,
): ValidationResult {
  const { sources, entities, relations } = all;

  checkIds(problems, [...sources, ...entities, ...relations]);
  const entityById = new Map(entities.map((e) => [e.value.id, e.value]));
  checkDates(problems, entities, relations);
  checkReferences(problems, relations, entityById);
  problems.push(...selfLoopProblems(relations));
  checkStatements(problems, relations, entityById);
  checkEvidence(problems, sources, relations, options.sourceTexts);

  problems.sort(byLocation);
  return {
    dataset: {
      ...(all.title ? { title: all.title } : {}),
      sources: sources.map((s) => s.value),
      entities: entities.map((e) => e.value),
      relations: relations.map((r) => r.value),
    },
    problems,
  };
}

function byLocation(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0)
  );
}
