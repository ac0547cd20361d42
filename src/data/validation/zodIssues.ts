import type { z } from 'zod';
import type { Problem } from '../problems';
import type { Path } from './located';

/** Turns schema issues into located problems (one per issue). */
export function pushZodIssues(
  problems: Problem[],
  file: string,
  base: Path,
  error: z.ZodError,
  at: (p: Path) => { path: string; line?: number; column?: number },
  id?: string,
) {
  for (const issue of error.issues) {
    const path = [...base, ...(issue.path as Path)];
    // Locate an unknown key at the key itself, not at the object holding it.
    if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
    problems.push({
      severity: 'error',
      code:
        issue.code === 'too_small' && issue.path.at(-1) === 'evidence'
          ? 'empty-evidence'
          : 'schema',
      file,
      ...at(path),
      ...(id ? { id } : {}),
      message: issue.message,
      hint: hintFor(issue),
    });
  }
}

function hintFor(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small' && issue.path.at(-1) === 'evidence') {
    return 'Add { "source": "<source id>", "quote": "<exact excerpt>" }: every relation rests on at least one quote.';
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.path.at(-1) === 'qualifiers'
        ? `Remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')}: the allowed qualifier keys are listed in graph-data/schema/parley.schema.json (meetings, speakers and sides go in "at", "by" and "on_behalf_of").`
        : `Remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')} (see graph-data/schema/parley.schema.json for the allowed fields).`;
    case 'invalid_value':
      return 'Use one of the listed values.';
    case 'invalid_union':
      return 'Check "type": it must be one of person, organization, country, place, topic, meeting, agreement.';
    case 'invalid_type':
      return `Give a value of type ${issue.expected}.`;
    default:
      return 'See the data format in README.md and graph-data/schema/parley.schema.json.';
  }
}
