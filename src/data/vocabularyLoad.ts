import { DEFAULT_VOCABULARY, Vocabulary, VocabularyFileSchema, vocabularyIssues } from '../model';
import { duplicateKeyProblems } from './inputChecks';
import { jsonPath, parseLocatedJson, type LocatedJson } from './jsonLocation';
import type { Problem } from './problems';
import type { Path } from './validation/located';
import { pushZodIssues } from './validation/zodIssues';

/** The file name a dataset folder keeps its vocabulary in. */
export const VOCABULARY_FILE = 'vocabulary.json';

/** Whether a data file (by its name in a dataset) is the dataset's vocabulary. */
export function isVocabularyFile(name: string): boolean {
  return name === VOCABULARY_FILE || name.endsWith(`/${VOCABULARY_FILE}`);
}

export interface VocabularyRead {
  /** Undefined when the file has errors: nothing is checked against half a vocabulary. */
  vocabulary?: Vocabulary;
  problems: Problem[];
}

/**
 * Reads and checks a vocabulary.json (`{ entityTypes, relationTypes,
 * qualifiers, statements }`): syntax, shape, then the cross-checks (unique
 * ids, known entity types), every problem located in the file.
 */
export function readVocabulary(file: { name: string; text: string }): VocabularyRead {
  const parsed = parseLocatedJson(file.text);
  if (!parsed.ok)
    return {
      problems: parsed.errors.map((e) => ({
        severity: 'error',
        code: 'json-syntax',
        file: file.name,
        line: e.line,
        column: e.column,
        message: e.message,
        hint: 'Fix the JSON syntax at this position (a missing comma, quote or bracket is the usual cause).',
      })),
    };
  const problems = duplicateKeyProblems(file.name, parsed.json);
  const read = vocabularyFromJson(file.name, parsed.json, []);
  return { ...read, problems: [...problems, ...read.problems] };
}

/** A vocabulary found at `base` inside a parsed document (a bundle's "vocabulary" key, or a whole file). */
export function vocabularyFromJson(
  fileName: string,
  json: LocatedJson,
  base: Path,
): VocabularyRead {
  const problems: Problem[] = [];
  const at = (path: Path) => ({ path: jsonPath(path), ...json.locate(path) });
  const value = base.reduce<unknown>(
    (v, k) => (v as Record<string | number, unknown> | undefined)?.[k],
    json.value,
  );
  const r = VocabularyFileSchema.safeParse(value);
  if (!r.success) {
    pushZodIssues(problems, fileName, base, r.error, at);
    return { problems };
  }
  for (const issue of vocabularyIssues(r.data)) {
    problems.push({
      severity: 'error',
      code: 'vocabulary',
      file: fileName,
      ...at([...base, ...issue.path]),
      message: issue.message,
      hint: issue.hint,
    });
  }
  if (problems.length) return { problems };
  return { vocabulary: new Vocabulary(r.data, fileName), problems };
}

/** The vocabulary a dataset uses: its own, or the default. */
export function vocabularyOrDefault(v: Vocabulary | undefined): Vocabulary {
  return v ?? DEFAULT_VOCABULARY;
}
