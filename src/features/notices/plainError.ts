/**
 * Errors as a user meets them: what happened and what to do, in plain words,
 * with the browser's own message kept apart for a "Technical details"
 * disclosure (and for a bug report). Pure: no React, no DOM.
 */
export interface PlainError {
  /** What happened, as a sentence a user understands. */
  what: string;
  /** What to do about it. */
  todo: string;
  /** The raw error (name and message), for the disclosure; never shown alone. */
  detail?: string;
}

/**
 * An error whose message is already plain words: thrown by our own code when
 * it knows what went wrong (the browser could not draw a picture that large).
 * `cause` keeps the browser's error for the disclosure.
 */
export class PlainWordsError extends Error {
  constructor(
    message: string,
    readonly todo: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PlainWordsError';
  }
}

/** A lazy chunk that did not arrive (offline, a deploy replaced it): the browsers' messages for it. */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /dynamically imported module|Importing a module script failed|ChunkLoadError|Loading chunk|error loading dynamically/i.test(
    `${error.name} ${error.message}`,
  );
}

const MAX_DETAIL = 500;

/** The technical text of any thrown value, one line per cause, capped. */
export function technicalDetail(e: unknown): string {
  const lines: string[] = [];
  let cur: unknown = e;
  for (let depth = 0; cur !== undefined && cur !== null && depth < 3; depth++) {
    if (cur instanceof Error) {
      if (!(cur instanceof PlainWordsError)) lines.push(`${cur.name}: ${cur.message}`);
      cur = cur.cause;
    } else {
      lines.push(typeof cur === 'string' ? cur : safeString(cur));
      break;
    }
  }
  const text = lines.join('\n') || 'No further detail was given by the browser.';
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}

function safeString(v: unknown): string {
  try {
    return String(v);
  } catch {
    return 'an error that cannot be shown as text';
  }
}

/**
 * A thrown value → plain words. `fallback` says what the user was doing and
 * what to try; a missing chunk says "check your connection" whatever the
 * action; a `PlainWordsError` speaks for itself.
 */
export function plainError(e: unknown, fallback: { what: string; todo: string }): PlainError {
  const detail = technicalDetail(e);
  if (e instanceof PlainWordsError) return { what: e.message, todo: e.todo, detail };
  if (isChunkLoadError(e))
    return {
      what: `${fallback.what.replace(/\.$/, '')}: part of Parley could not be downloaded.`,
      todo: 'Check your connection and try again; if it keeps failing, reload the page (the address keeps your view).',
      detail,
    };
  return { ...fallback, detail };
}
