import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { refuseRemote } from './serialize';

export type ParseResult =
  { ok: true; quads: Quad[] } | { ok: false; message: string; line?: number };

/** Turtle (and N-Triples, a subset) → quads, or the parser's first error with its line. */
export function parseTurtle(text: string, baseIRI?: string): ParseResult {
  try {
    const parser = new Parser({ format: 'Turtle', ...(baseIRI ? { baseIRI } : {}) });
    return { ok: true, quads: parser.parse(text) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const line = /on line (\d+)/.exec(message)?.[1];
    return {
      ok: false,
      message: message.replace(/\s*on line \d+\.?/, ''),
      ...(line ? { line: Number(line) } : {}),
    };
  }
}

/**
 * JSON-LD → quads through `jsonld` (toRDF to N-Quads, then n3's parser). Remote
 * contexts are refused: an untrusted file never makes Parley fetch anything.
 */
export async function parseJsonLd(text: string, base?: string): Promise<ParseResult> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  try {
    const nquads = (await jsonld.toRDF(doc as object, {
      format: 'application/n-quads',
      documentLoader: refuseRemote,
      // Relative IRIs resolve against this (without a base, jsonld drops them silently).
      ...(base ? { base } : {}),
    })) as unknown as string;
    return { ok: true, quads: new Parser({ format: 'N-Quads' }).parse(nquads) };
  } catch (e) {
    return { ok: false, message: jsonLdMessage(e) };
  }
}

function jsonLdMessage(e: unknown): string {
  if (e && typeof e === 'object') {
    const err = e as { message?: string; details?: { cause?: { message?: string } } };
    const cause = err.details?.cause?.message;
    return cause ?? err.message ?? String(e);
  }
  return String(e);
}
