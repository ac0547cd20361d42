/**
 * The published page, as text: the single-file shell (the whole app inlined
 * by the publish build) with a data slot that a page-maker fills. Pure string
 * work, shared by `npm run publish:html` (Node) and Export → Interactive page
 * (browser); nothing here runs inside the published page.
 */

/** The page template the normal build ships beside index.html (Export → Interactive page fetches it). */
export const SHELL_FILE = 'parley-page.html';

/** The empty data slot the publish build leaves in the shell; filling puts the payload between the tags. */
export const SLOT_ID = 'parley-dataset';
export const EMPTY_SLOT = `<script type="application/json" id="${SLOT_ID}"></script>`;
/** The shell's <title> (filled with the dataset's name). */
const TITLE = /<title>[^<]*<\/title>/;

/**
 * JSON that is safe inside a <script> element: no `<` at all (so neither
 * `</script>` nor `<!--` can end or bend the element), no `>` or `&`, and the
 * two line separators some parsers stumble on. JSON.parse reads it back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** The shell with its slot filled and its title set; throws if the text is not a Parley shell. */
export function fillShell(shell: string, payload: unknown, title: string): string {
  const at = shell.indexOf(EMPTY_SLOT);
  if (at < 0 || shell.indexOf(EMPTY_SLOT, at + 1) >= 0)
    throw new Error(
      'The page template has no single empty data slot: rebuild it (npm run build) and try again.',
    );
  const filled = `<script type="application/json" id="${SLOT_ID}">${jsonForScript(payload)}</script>`;
  // Replaced by position, not by pattern: `$` in the data means nothing here.
  const withData = shell.slice(0, at) + filled + shell.slice(at + EMPTY_SLOT.length);
  return withData.replace(TITLE, () => `<title>${escapeHtml(title)}</title>`);
}

/** Inline <script> (executed ones only) and <style> contents, exactly as the browser hashes them. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  // One pass in document order: a "<style" inside a comment or a script's text is not a style.
  for (const m of html.matchAll(/<!--[\s\S]*?-->|<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi)) {
    const [, tag = '', attrs = '', body = ''] = m;
    if (!tag) continue; // a comment
    if (tag.toLowerCase() === 'style') {
      styles.push(body);
      continue;
    }
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attrs)?.[1]?.toLowerCase();
    const runs = !type || type === 'module' || type.includes('javascript');
    if (runs && !/\bsrc\s*=/i.test(attrs)) scripts.push(body);
  }
  return { scripts, styles };
}

async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const b of new Uint8Array(digest)) binary += String.fromCharCode(b);
  return btoa(binary);
}

/**
 * The published page's Content-Security-Policy: its own inline scripts and
 * styles by hash, nothing else. No request of any kind (default-src 'none'),
 * images only from data: and blob: (the favicon, image export), no workers
 * (layout runs on the main thread in a published page), no eval.
 */
export async function publishedCsp(html: string): Promise<string> {
  const { scripts, styles } = inlineCode(html);
  const hashes = async (list: string[]) =>
    [...new Set(await Promise.all(list.map(sha256Base64)))].map((h) => `'sha256-${h}'`).join(' ');
  return [
    "default-src 'none'",
    `script-src ${(await hashes(scripts)) || "'none'"}`,
    `style-src ${(await hashes(styles)) || "'none'"}`,
    'img-src data: blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/;

/** The shell with its CSP meta replaced by the hashes of what it inlines (the slot is data: not hashed). */
export async function withPublishedCsp(html: string): Promise<string> {
  if (!CSP_META.test(html)) throw new Error('The shell has no Content-Security-Policy meta tag.');
  const csp = await publishedCsp(html);
  // Quotes, hashes and directive names only: nothing to escape in a double-quoted attribute.
  return html.replace(
    CSP_META,
    () => `<meta http-equiv="Content-Security-Policy" content="${csp}" />`,
  );
}
