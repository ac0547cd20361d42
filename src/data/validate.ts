import {
  DEFAULT_VOCABULARY,
  type Dataset,
  type Entity,
  type Relation,
  type Vocabulary,
} from '../model';
import { selfLoopProblems } from './inputChecks';
import type { Problem } from './problems';
import { checkDates } from './validation/dates';
import { checkEvidence } from './validation/evidence';
import { checkIds } from './validation/ids';
import { parseFile, type Collected } from './validation/parse';
import { checkReferences } from './validation/references';
import { checkStatements } from './validation/statements';
import { yieldToPage } from './yieldToPage';
import { isVocabularyFile, readVocabulary } from './vocabularyLoad';

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
  /** The vocabulary when the files hold none (default: DEFAULT_VOCABULARY). */
  vocabulary?: Vocabulary;
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
  const { all, data } = start(files, problems, options);
  for (const file of data) parseFile(file, problems, all);
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
  const { all, data } = start(files, problems, options);
  for (const file of data) {
    parseFile(file, problems, all);
    await pause();
  }
  return checkAcrossFiles(problems, all, options);
}

/**
 * The vocabulary comes first: a dataset folder's vocabulary.json types
 * everything else. The other files are the data.
 */
function start(
  files: readonly InputFile[],
  problems: Problem[],
  options: ValidateOptions,
): { all: Collected; data: InputFile[] } {
  const all: Collected = { sources: [], entities: [], relations: [] };
  const vocabularyFiles = files.filter((f) => isVocabularyFile(f.name));
  for (const [i, f] of vocabularyFiles.entries()) {
    if (i > 0) {
      problems.push({
        severity: 'error',
        code: 'vocabulary',
        file: f.name,
        message: `a second vocabulary file (the first is ${vocabularyFiles[0]?.name ?? ''})`,
        hint: 'A dataset has one vocabulary.json, beside sources.json.',
      });
      continue;
    }
    const read = readVocabulary(f);
    problems.push(...read.problems);
    if (read.vocabulary) all.vocabulary = read.vocabulary;
  }
  if (!all.vocabulary && options.vocabulary) all.vocabulary = options.vocabulary;
  return { all, data: files.filter((f) => !isVocabularyFile(f.name)) };
}

function checkAcrossFiles(
  problems: Problem[],
  all: Collected,
  options: ValidateOptions,
): ValidationResult {
  const { sources, entities, relations } = all;
  const vocabulary = all.vocabulary ?? DEFAULT_VOCABULARY;

  checkIds(problems, [...sources, ...entities, ...relations]);
  const entityById = new Map(entities.map((e) => [e.value.id, e.value]));
  checkDates(problems, entities, relations);
  checkReferences(problems, relations, entityById, vocabulary);
  problems.push(...selfLoopProblems(relations));
  if (vocabulary.statementConvention) checkStatements(problems, relations, entityById, vocabulary);
  checkEvidence(problems, sources, relations, options.sourceTexts);

  problems.sort(byLocation);
  return {
    dataset: {
      ...(all.title ? { title: all.title } : {}),
      ...(all.vocabulary ? { vocabulary: all.vocabulary } : {}),
      sources: sources.map((s) => s.value),
      entities: entities.map((e) => e.value),
      // A relation of an undeclared type was reported; nothing downstream can read it.
      relations: relations
        .filter((r) => vocabulary.relationType(r.value.type))
        .map((r) =>
          vocabulary.statementConvention && vocabulary.isStatementType(r.value.type)
            ? meetingAsAt(r.value, entityById)
            : r.value,
        ),
    },
    problems,
  };
}

/**
 * Under the statement convention, a statement recorded on a meeting is made
 * at that meeting: its `at` need not be written twice.
 */
function meetingAsAt(r: Relation, entityById: ReadonlyMap<string, Entity>): Relation {
  if (r.at !== undefined || entityById.get(r.source)?.type !== 'meeting') return r;
  return { ...r, at: r.source };
}

function byLocation(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0)
  );
}
