import { DOMParser } from '@xmldom/xmldom';
import type { XmlParseResult } from './xml';
import { forbiddenCharacter } from './xmlChars';

/**
 * XML parsing with @xmldom/xmldom, in Node and in the browser alike. The
 * browser's DOMParser reports a syntax error by building a <parsererror>
 * element with an inline style attribute, which the app's
 * Content-Security-Policy refuses (one violation per broken file); xmldom
 * builds nothing of the kind, and reports line and column.
 */
/**
 * XML 1.0 end-of-line handling: CRLF and CR become LF. xmldom's default also
 * folds U+0085 and U+2028 (XML 1.1), which would change a label's text on
 * its way back in from a GEXF or GraphML export.
 */
const xml10LineEndings = (s: string) => s.replace(/\r\n?/g, '\n');

export function parseXmlWithXmldom(text: string): XmlParseResult {
  let first: string | undefined;
  const keep = (msg: unknown) => {
    first ??= String(msg);
  };
  try {
    const options = {
      locator: {},
      // Supported since xmldom 0.8.7, not yet in its typings.
      normalizeLineEndings: xml10LineEndings,
      // xmldom recovers from what browsers reject (unclosed tags are warnings): be as strict.
      errorHandler: { warning: keep, error: keep, fatalError: keep },
    };
    const doc = new DOMParser(options).parseFromString(text, 'application/xml');
    if (first === undefined && doc.documentElement) {
      const bad = forbiddenCharacter(xml10LineEndings(text));
      return bad ? { ok: false, ...bad } : { ok: true, doc };
    }
  } catch (e) {
    keep(e instanceof Error ? e.message : e);
  }
  return xmlError(first ?? 'no root element');
}

/** "[xmldom error]\tmessage\n@#[line:3,col:10]" → message, line, column. */
function xmlError(raw: string): XmlParseResult {
  const at = /\[line:(\d+),col:(\d+)\]/.exec(raw);
  const message = raw
    .replace(/^\[xmldom \w+\]\s*/, '')
    .replace(/\s*@#\[line:\d+,col:\d+\]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return at
    ? { ok: false, message, line: Number(at[1]), column: Number(at[2]) }
    : { ok: false, message };
}
