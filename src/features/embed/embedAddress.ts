/** `embed=1` in the address: the layout made for an <iframe> in an article. */
export function embedAddress(search: string): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}

/** The same address without `embed`: the full explorer on the same view (in a published file, the same file). */
export function fullViewAddress(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.toString();
}
