import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';

/** A parsed JSON document that can map JSON paths back to line and column. */
export interface LocatedJson {
  value: unknown;
  locate(path: readonly (string | number)[]): { line: number; column: number } | undefined;
  /** Keys written twice in one object (JSON.parse keeps the last one silently). */
  duplicateKeys: DuplicateKey[];
}

export interface DuplicateKey {
  key: string;
  /** Path of the object holding the key. */
  path: (string | number)[];
  first: { line: number; column: number };
  second: { line: number; column: number };
}

/**
 * Deeper nesting is refused before any parser runs: jsonc-parser recurses and
 * overflows the stack between 5,000 and 10,000 levels, and nothing Parley
 * reads nests deeper than a dozen.
 */
export const MAX_JSON_DEPTH = 256;

export interface JsonSyntaxError {
  message: string;
  line: number;
  column: number;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function toLineColumn(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

/**
 * Strict JSON (no comments, no trailing commas) parsed into a value plus a
 * locator. Syntax errors are all collected, with line and column.
 */
export function parseLocatedJson(
  text: string,
): { ok: true; json: LocatedJson } | { ok: false; errors: JsonSyntaxError[] } {
  // A byte-order mark is not an error: blank it out (keeping every offset).
  if (text.charCodeAt(0) === 0xfeff) text = ` ${text.slice(1)}`;
  const scan = scanJson(text);
  if (scan.tooDeep !== undefined) {
    return {
      ok: false,
      errors: [
        {
          message: `JSON nested deeper than ${MAX_JSON_DEPTH} levels: Parley does not read it`,
          ...toLineColumn(lineStarts(text), scan.tooDeep),
        },
      ],
    };
  }
  // Valid JSON is the common case: JSON.parse is fast, and the position tree
  // (several times slower on big files) is built only when a problem needs a
  // location.
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, errors: syntaxErrors(text) };
  }
  let tree: Node | undefined;
  let starts: number[] | undefined;
  const duplicateKeys = scan.duplicates.length
    ? scan.duplicates.map((d) => {
        starts ??= lineStarts(text);
        return {
          key: d.key,
          path: d.path,
          first: toLineColumn(starts, d.first),
          second: toLineColumn(starts, d.second),
        };
      })
    : [];
  return {
    ok: true,
    json: {
      value,
      duplicateKeys,
      locate(path) {
        tree ??= parseTree(text, [], PARSE_OPTIONS);
        starts ??= lineStarts(text);
        if (!tree) return undefined;
        for (let n = path.length; n >= 0; n--) {
          const node = findNodeAtLocation(tree, path.slice(0, n) as (string | number)[]);
          if (node) {
            // Point at the property name when the node is a property value.
            const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
            return toLineColumn(starts, at);
          }
        }
        return undefined;
      },
    },
  };
}

const PARSE_OPTIONS = {
  disallowComments: true,
  allowTrailingComma: false,
  allowEmptyContent: false,
};

/** Every syntax error of a text JSON.parse rejected, each with line and column. */
function syntaxErrors(text: string): JsonSyntaxError[] {
  const errors: ParseError[] = [];
  parseTree(text, errors, PARSE_OPTIONS);
  const starts = lineStarts(text);
  return (
    (errors.length ? errors : [{ error: 4, offset: 0, length: 0 } as ParseError])
      // One mistake can raise several errors at one offset (a trailing comma: "expected
      // a property name" and "expected a value"); report the first only.
      .filter((e, i, all) => all.findIndex((f) => f.offset === e.offset) === i)
      .map((e) => ({
        message: describeSyntaxError(printParseErrorCode(e.error)),
        ...toLineColumn(starts, e.offset),
      }))
  );
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the array',
  EndOfFileExpected: 'unexpected content after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
};

function describeSyntaxError(code: string): string {
  return `JSON syntax error: ${SYNTAX_MESSAGES[code] ?? code}`;
}

/** `$.relations[3].target` from ['relations', 3, 'target']. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

interface Frame {
  object: boolean;
  /** The current key (objects) or index (arrays): this frame's step in the path. */
  at: string | number;
  expectKey: boolean;
  keys?: Map<string, number>;
}

interface Scan {
  /** Offset where nesting passed MAX_JSON_DEPTH. */
  tooDeep?: number;
  duplicates: { key: string; path: (string | number)[]; first: number; second: number }[];
}

/**
 * One pass over the characters, with no recursion: how deep the text nests
 * and which object keys repeat. It trusts nothing — on malformed text it just
 * stops making sense, and JSON.parse reports the syntax.
 */
export function scanJson(text: string, maxDepth = MAX_JSON_DEPTH): Scan {
  const stack: Frame[] = [];
  const duplicates: Scan['duplicates'] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 92 /* \ */) j += 2;
        else if (d === 34) break;
        else j++;
      }
      const top = stack[stack.length - 1];
      if (top?.object && top.expectKey) {
        const key = keyText(text.slice(i, j + 1));
        top.keys ??= new Map();
        const first = top.keys.get(key);
        if (first === undefined) top.keys.set(key, i);
        else
          duplicates.push({
            key,
            path: stack.slice(0, -1).map((f) => f.at),
            first,
            second: i,
          });
        top.at = key;
        top.expectKey = false;
      }
      i = j;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (stack.length >= maxDepth) return { tooDeep: i, duplicates };
      stack.push({ object: c === 123, at: c === 123 ? '' : 0, expectKey: c === 123 });
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
    } else if (c === 44 /* , */) {
      const top = stack[stack.length - 1];
      if (top?.object) top.expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    }
  }
  return { duplicates };
}

function keyText(quoted: string): string {
  try {
    return String(JSON.parse(quoted));
  } catch {
    return quoted.slice(1, -1);
  }
}
