/**
 * A label's size on screen, as Cytoscape will draw it: measured with the
 * canvas text metrics in the label's font and wrapped at spaces, greedily,
 * the way Cytoscape wraps ('text-wrap: wrap').
 */
export type MeasureText = (text: string) => number;

/** Width and line count of `text` wrapped at `maxWidth`. Pure. */
export function wrapLabel(
  text: string,
  maxWidth: number,
  measure: MeasureText,
): { w: number; lines: number } {
  let w = 0;
  let lines = 0;
  for (const line of text.split('\n')) {
    let current = '';
    for (const word of line.split(' ')) {
      const test = current ? `${current} ${word}` : word;
      if (!current || measure(test) <= maxWidth) current = test;
      else {
        w = Math.max(w, measure(current));
        lines++;
        current = word;
      }
    }
    w = Math.max(w, measure(current));
    lines++;
  }
  return { w: Math.ceil(w), lines };
}

type Context = { font: string; measureText(t: string): { width: number } };
let context: Context | null | undefined;

function canvasContext(): Context | null {
  if (context !== undefined) return context;
  context = null;
  if (typeof OffscreenCanvas !== 'undefined') {
    context = new OffscreenCanvas(1, 1).getContext('2d') as Context | null;
  }
  return context;
}

/**
 * A measurer for labels in `family` at `fontPx` (bold for the selection), or
 * undefined where there is no canvas (Node): the caller estimates instead.
 */
export function labelMeasurer(
  family: string,
):
  | ((text: string, fontPx: number, maxWidthPx: number, bold?: boolean) => { w: number; h: number })
  | undefined {
  const ctx = canvasContext();
  if (!ctx) return undefined;
  const cache = new Map<string, { w: number; h: number }>();
  return (text, fontPx, maxWidthPx, bold = false) => {
    const key = `${fontPx}|${maxWidthPx}|${bold ? 'b' : ''}|${text}`;
    const hit = cache.get(key);
    if (hit) return hit;
    ctx.font = `normal ${bold ? 'bold' : 'normal'} ${fontPx}px ${family}`;
    const { w, lines } = wrapLabel(text, maxWidthPx, (t) => ctx.measureText(t).width);
    const size = { w, h: lines * fontPx };
    cache.set(key, size);
    return size;
  };
}
