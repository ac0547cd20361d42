import type { TypeColumnChoice } from '../../data/importers/types';

/** The columns "Type from" offers: the one in use first, then the other candidates. */
export function typeFromOptions(choice: TypeColumnChoice | undefined): string[] {
  if (!choice) return [];
  const rest = choice.candidates.filter((c) => c !== choice.key);
  return choice.key === undefined ? rest : [choice.key, ...rest];
}

/** "Entity types now from the file's club: Mr. Hi, Officer." for the polite notice. */
export function retypedNotice(
  which: 'node' | 'edge',
  column: string | null,
  labels: readonly string[],
): string {
  const what = which === 'node' ? 'Entity types' : 'Relation types';
  const shown = labels.slice(0, 8).join(', ');
  const more = labels.length > 8 ? `, … ${labels.length - 8} more` : '';
  return column === null
    ? `${what} no longer come from a column of the file${shown ? `: ${shown}${more}` : ''}.`
    : `${what} now from the file’s “${column}”${shown ? `: ${shown}${more}` : ''}.`;
}
