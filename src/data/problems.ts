/** One thing wrong with the input, located precisely enough to fix it. */
export interface Problem {
  severity: 'error' | 'warning';
  /** A stable machine-readable class, e.g. `json-syntax`, `dangling-reference`. */
  code: ProblemCode;
  /** The file it was found in (as given to the validator). */
  file: string;
  /** JSON path of the offending value, e.g. `$.relations[3].target`. */
  path?: string;
  line?: number;
  column?: number;
  /** The id of the entity, relation or source concerned. */
  id?: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  hint?: string;
  /**
   * The raw error behind a failure that is not about the content (a file the
   * browser could not read, a worker that stopped): for a "Technical details"
   * disclosure and bug reports, never the message itself.
   */
  detail?: string;
}

export type ProblemCode =
  | 'file-too-large'
  | 'json-syntax'
  | 'rdf-syntax'
  | 'csv-row'
  | 'sparql'
  | 'schema'
  | 'duplicate-id'
  | 'dangling-reference'
  | 'relation-endpoint-type'
  | 'reference-type'
  | 'statement-convention'
  | 'invalid-date'
  | 'empty-evidence'
  | 'unknown-source'
  | 'source-text-missing'
  | 'quote-not-found'
  | 'quote-not-in-sentence'
  | 'sentence-not-found'
  | 'unsupported-format'
  | 'duplicate-key'
  | 'self-loop'
  | 'import-mapping'
  | 'vocabulary'
  | 'unknown-relation-type'
  | 'unknown-entity-type'
  | 'unknown-qualifier';

/** `file:line:column` (or `file` alone) — the form editors and terminals link. */
export function formatLocation(p: Pick<Problem, 'file' | 'line' | 'column'>): string {
  if (p.line === undefined) return p.file;
  return `${p.file}:${p.line}:${p.column ?? 1}`;
}

/** One line per problem, for terminals and for the app's error list. */
export function formatProblem(p: Problem): string {
  const where = formatLocation(p) + (p.path ? ` ${p.path}` : '');
  const id = p.id ? ` [${p.id}]` : '';
  const hint = p.hint ? ` — ${p.hint}` : '';
  const detail = p.detail ? ` (technical details: ${p.detail.replace(/\s*\n\s*/g, '; ')})` : '';
  return `${p.severity}: ${where}${id}: ${p.message}${hint}${detail}`;
}

export function countErrors(problems: readonly Problem[]): number {
  return problems.filter((p) => p.severity === 'error').length;
}
