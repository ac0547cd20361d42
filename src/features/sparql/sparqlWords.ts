import type { Problem } from '../../data/problems';
import { SparqlError, type SparqlErrorKind } from '../../data/sparql/client';
import type { PlainError } from '../notices/plainError';

/** What each kind of SPARQL failure means to a person, and what to do about it. Pure. */
const WORDS: ReadonlyMap<SparqlErrorKind, Omit<PlainError, 'detail'>> = new Map([
  [
    'unreachable',
    {
      what: 'Nothing answered at this address.',
      todo: 'Check the address for typos, and that the store is running and reachable from this computer.',
    },
  ],
  [
    'cors',
    {
      what: 'The store answered, but it does not let web pages from other sites read its answers.',
      todo: 'Ask its administrator to allow this site (a CORS setting in most stores), or serve Parley from the same address as the store.',
    },
  ],
  [
    'timeout',
    {
      what: 'The store did not answer in time.',
      todo: 'It may be busy: try again. A longer time limit can be set in the address, for example &timeout=60 (seconds, up to 120).',
    },
  ],
  [
    'http',
    {
      what: 'The address answered, but not as a SPARQL endpoint.',
      todo: 'Check the address: a store’s SPARQL endpoint often ends in /sparql or /query.',
    },
  ],
  [
    'vocabulary',
    {
      what: 'The store answered, but what it holds is not in Parley’s vocabulary.',
      todo: 'Load Parley’s Turtle export (npm run export -- --format ttl) into the store, or open a file in another format with Open….',
    },
  ],
  [
    'invalid',
    {
      what: 'The store’s answer could not be read.',
      todo: 'Check that the address is a SPARQL endpoint holding Parley’s Turtle export; the technical details say what was wrong.',
    },
  ],
  [
    'cancelled',
    {
      what: 'The request was cancelled.',
      todo: 'Nothing changed: try again when you are ready.',
    },
  ],
]);

/** Plain words for one kind of SPARQL failure, with its technical message. */
export function sparqlWords(kind: string | undefined, detail: string): PlainError | undefined {
  const words = kind ? WORDS.get(kind as SparqlErrorKind) : undefined;
  return words && { ...words, detail };
}

/** Plain words for the first SPARQL problem among these, if any is a SPARQL failure. */
export function sparqlPlainWords(problems: readonly Problem[]): PlainError | undefined {
  const p = problems.find((x) => x.code === 'sparql' && x.id !== undefined);
  return p && sparqlWords(p.id, p.message);
}

/** Plain words for anything a SPARQL request threw (a search). */
export function sparqlErrorWords(e: unknown): PlainError {
  const detail = (e instanceof Error ? e.message : String(e)).replace(/^parley\/sparql: /, '');
  const kind = e instanceof SparqlError ? e.kind : undefined;
  return (
    sparqlWords(kind, detail) ?? {
      what: 'The search did not reach the store.',
      todo: 'Try again; if it keeps failing, reconnect from SPARQL….',
      detail,
    }
  );
}
