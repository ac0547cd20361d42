/**
 * Prints a JSON value exactly as the repository's formatter (Prettier, with
 * printWidth 100) prints a data file, so that writing an unchanged dataset
 * changes no byte and an edit's `git diff` shows only the edit. Prettier
 * itself is too large to ship for the browser's "Download dataset"; a unit
 * test compares this printer with Prettier on every file of graph-data/ and
 * on random values.
 *
 * Prettier's rules for JSON, as they apply to data written by code:
 * - a non-empty object always breaks, one key per line;
 * - an array breaks when it holds an object or array that is not empty, or
 *   when it does not fit on the line (its key and the comma after it count);
 * - a broken array of numbers is filled (as many per line as fit), any other
 *   broken array puts one element per line.
 */

const INDENT = '  ';

export function formatJson(value: unknown, printWidth = 100): string {
  return `${print(value, '', 0, 0, printWidth)}\n`;
}

/** One value printed where it stands: after `indent` on its line, followed by `trail` columns (a comma). */
export function formatJsonAt(value: unknown, indent: string, trail = 0, printWidth = 100): string {
  return print(value, indent, stringWidth(indent), trail, printWidth);
}

/** `lead`: columns already used on the line; `trail`: columns that follow the value on it (a comma). */
function print(value: unknown, indent: string, lead: number, trail: number, width: number): string {
  if (Array.isArray(value)) return printArray(value, indent, lead, trail, width);
  if (value !== null && typeof value === 'object') {
    return printObject(value as Record<string, unknown>, indent, width);
  }
  return scalar(value);
}

function scalar(value: unknown): string {
  if (value === undefined) throw new TypeError('formatJson: undefined is not JSON');
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new TypeError(`formatJson: ${value} is not JSON`);
  }
  return JSON.stringify(value);
}

function printObject(obj: Record<string, unknown>, indent: string, width: number): string {
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined);
  if (keys.length === 0) return '{}';
  const inner = indent + INDENT;
  const lines = keys.map((k, i) => {
    const head = `${JSON.stringify(k)}: `;
    const comma = i < keys.length - 1 ? ',' : '';
    const lead = stringWidth(inner) + stringWidth(head);
    return `${inner}${head}${print(obj[k], inner, lead, comma.length, width)}${comma}`;
  });
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function printArray(
  arr: readonly unknown[],
  indent: string,
  lead: number,
  trail: number,
  width: number,
): string {
  if (arr.length === 0) return '[]';
  const inner = indent + INDENT;
  if (!mustBreak(arr)) {
    const flat = printFlat(arr);
    if (lead + stringWidth(flat) + trail <= width) return flat;
    if (arr.every((v) => typeof v === 'number')) return fillNumbers(arr.map(scalar), indent, width);
  }
  const lines = arr.map((v, i) => {
    const comma = i < arr.length - 1 ? ',' : '';
    return `${inner}${print(v, inner, stringWidth(inner), comma.length, width)}${comma}`;
  });
  return `[\n${lines.join('\n')}\n${indent}]`;
}

function fillNumbers(items: string[], indent: string, width: number): string {
  const inner = indent + INDENT;
  const lines: string[] = [];
  let line = '';
  items.forEach((item, i) => {
    const piece = i < items.length - 1 ? `${item},` : item;
    if (line && stringWidth(inner) + stringWidth(line) + 1 + stringWidth(piece) > width) {
      lines.push(line);
      line = piece;
    } else line = line ? `${line} ${piece}` : piece;
  });
  lines.push(line);
  return `[\n${lines.map((l) => inner + l).join('\n')}\n${indent}]`;
}

/**
 * An expanded object anywhere inside breaks every array around it; so do two
 * or more arrays of two or more, and a break inside breaks every array around it.
 */
function mustBreak(arr: readonly unknown[]): boolean {
  if (arr.some(holdsObject)) return true;
  if (arr.some((v) => Array.isArray(v) && mustBreak(v))) return true;
  return arr.length > 1 && arr.every((v) => Array.isArray(v) && v.length > 1);
}

function holdsObject(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(holdsObject);
  return v !== null && typeof v === 'object' && Object.keys(v).length > 0;
}

function printFlat(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(printFlat).join(', ')}]`;
  if (v !== null && typeof v === 'object') return '{}';
  return scalar(v);
}

// East Asian wide and fullwidth characters take two columns, as Prettier counts them.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const COMBINING = /\p{Mn}/u;

export function stringWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (COMBINING.test(ch)) continue;
    w += WIDE.test(ch) ? 2 : 1;
  }
  return w;
}
