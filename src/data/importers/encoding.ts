import type { Problem } from '../problems';

/**
 * UTF-16 text read as UTF-8 (what browsers' File.text() and Node's 'utf8'
 * do): its byte-order mark turns into two U+FFFD and every ASCII character
 * comes with a NUL beside it. Said plainly instead of as a syntax error.
 */
export function utf16Problem(file: string, text: string): Problem | undefined {
  const head = text.slice(0, 512);
  const bom = head.startsWith('\uFFFD\uFFFD');
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < head.length; i++) {
    if (head.charCodeAt(i) !== 0) continue;
    if (i % 2) nulOdd++;
    else nulEven++;
  }
  const nuls = Math.max(nulEven, nulOdd);
  if (nuls === 0 || (!bom && nuls < head.length / 4)) return undefined;
  return {
    severity: 'error',
    code: 'unsupported-format',
    file,
    message: 'this file is UTF-16; save it as UTF-8',
    hint: 'Parley reads UTF-8 text: in most editors, Save As… → Encoding: UTF-8 (no other change is needed).',
  };
}
