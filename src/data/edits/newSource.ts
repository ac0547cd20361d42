import { freeId, slug } from './fromSelection';
import { items, locate, type Rec, type Workspace } from './workspace';

/**
 * A new source from what a curator gives (a pasted or chosen text, a title,
 * and a publisher and date only where the text states them): its entry for
 * sources.json and the name of its text file, or what is wrong, by field.
 */

export interface NewSourceInput {
  text: string;
  title: string;
  /** Made from the title when empty. */
  id?: string;
  publisher?: string;
  published?: string;
  language?: string;
}

export type NewSourceField = 'text' | 'title' | 'id' | 'publisher' | 'published' | 'language';

export type NewSourceResult =
  | { ok: true; source: Rec; text: string }
  | { ok: false; errors: Partial<Record<NewSourceField, string>> };

const KIND = { sources: 'a source', entities: 'an entity', relations: 'a relation' } as const;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;

/** "s005-…": the next number after the sources' own (s000…s004), then the title's words. */
export function sourceIdFor(ws: Workspace, title: string): string {
  const numbers = items(ws, 'sources')
    .map((s) => /^s(\d+)-/.exec(s.id)?.[1])
    .filter((n): n is string => n !== undefined);
  const width = Math.max(3, ...numbers.map((n) => n.length));
  const next = Math.max(-1, ...numbers.map(Number)) + 1;
  const base = `s${String(next).padStart(width, '0')}-${slug(title).slice(0, 48).replace(/-+$/, '')}`;
  return freeId(base, (id) => Boolean(locate(ws, id)) || ws.texts.has(`sources/${id}.txt`));
}

export function newSource(ws: Workspace, input: NewSourceInput): NewSourceResult {
  const errors: Partial<Record<NewSourceField, string>> = {};
  const title = input.title.trim();
  if (!input.text.trim())
    errors.text = "The text is empty: paste the article's text or choose a .txt file.";
  else if (input.text.includes('\u0000'))
    errors.text = 'The text holds NUL characters: it is not plain text. Choose a .txt file.';
  if (!title) errors.title = 'Give the source a title (your own summary if the text has none).';
  const id = input.id?.trim() || (title ? sourceIdFor(ws, title) : '');
  if (input.id?.trim()) {
    if (!ID.test(id))
      errors.id = `The id "${id}" may hold only letters, digits, ".", "_" and "-", and starts with a letter or digit.`;
    else if (locate(ws, id))
      errors.id = `The id "${id}" is taken (by ${KIND[locate(ws, id)!.list]}): choose another.`;
    else if (ws.texts.has(`sources/${id}.txt`))
      errors.id = `sources/${id}.txt exists already: choose another id.`;
  }
  const published = input.published?.trim() ?? '';
  if (published && !DATE.test(published))
    errors.published = `"${published}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty.`;
  const language = input.language?.trim() || 'en';
  if (!LANGUAGE.test(language))
    errors.language = `"${language}" is not a language tag: write one such as "en" or "vi".`;
  if (Object.keys(errors).length) return { ok: false, errors };
  const publisher = input.publisher?.trim();
  return {
    ok: true,
    source: {
      id,
      title,
      ...(publisher ? { publisher } : {}),
      ...(published ? { published } : {}),
      language,
      file: `${id}.txt`,
    },
    text: input.text,
  };
}

/** Whether a chosen file's bytes are text: UTF-8 (a BOM dropped), no NUL. */
export function textOfFile(
  name: string,
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; error: string } {
  if (!/\.(txt|text)$/i.test(name))
    return {
      ok: false,
      error: `"${name}" is not a .txt file: choose the article as plain text (.txt), or paste its text.`,
    };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      ok: false,
      error: `"${name}" is not UTF-8 text: save it as UTF-8 and choose it again, or paste its text.`,
    };
  }
  if (text.includes('\u0000'))
    return { ok: false, error: `"${name}" is a binary file, not text: choose a .txt file.` };
  if (!text.trim())
    return { ok: false, error: `"${name}" is empty: choose a file with the article's text.` };
  return { ok: true, text };
}
