/**
 * XML 1.0 allows only the characters of its Char production, written out or
 * by reference: tab, line feed, carriage return, U+0020–U+D7FF,
 * U+E000–U+FFFD and U+10000–U+10FFFF. xmldom lets the others through
 * (`&#xD800;` becomes a lone surrogate in a label); browsers and libxml2
 * refuse the document, and so does Parley.
 */
export interface ForbiddenCharacter {
  message: string;
  line: number;
  column: number;
}

const isXmlChar = (c: number) =>
  c === 0x9 ||
  c === 0xa ||
  c === 0xd ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  (c >= 0x10000 && c <= 0x10ffff);

/** A character written out that XML forbids (a control character, a lone surrogate, U+FFFE/U+FFFF). */
const LITERAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Comments and CDATA sections hold text, not references: skip them; check every `&#…;`. */
const REFERENCE = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|&#(x[0-9a-fA-F]+|[0-9]+);/g;

const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

function kind(c: number): string {
  if (c >= 0xd800 && c <= 0xdfff) return 'a lone UTF-16 surrogate';
  if (c < 0x20) return 'a control character';
  if (c > 0x10ffff) return 'beyond Unicode';
  return 'a non-character';
}

/** The first character XML forbids, by reference or written out, with its line and column. */
export function forbiddenCharacter(text: string): ForbiddenCharacter | undefined {
  const found: { at: number; message: string }[] = [];
  const literal = LITERAL.exec(text);
  if (literal) {
    const c = literal[0].codePointAt(0) ?? 0;
    found.push({
      at: literal.index,
      message: `the character ${hex(c)} (${kind(c)}) is not allowed in XML`,
    });
  }
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
    const ref = m[1];
    if (ref === undefined) continue;
    const c = ref.startsWith('x') ? parseInt(ref.slice(1), 16) : parseInt(ref, 10);
    if (isXmlChar(c)) continue;
    if (literal && literal.index < m.index) break;
    found.push({
      at: m.index,
      message: `the character reference ${m[0].slice(0, 20)} names ${c > 0x10ffff ? 'no character' : hex(c)} (${kind(c)}), which XML does not allow`,
    });
    break;
  }
  const first = found.sort((a, b) => a.at - b.at)[0];
  return first && { message: first.message, ...lineColumn(text, first.at) };
}

/** 1-based line and column (in UTF-16 code units, as xmldom counts) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
