import { captionSvg, escapeXml, type CaptionLayout } from './captionLayout';

export interface SvgComposition {
  /** The graph as drawn by cytoscape-svg (a complete <svg> document). */
  graphSvg: string;
  graphX: number;
  graphY: number;
  width: number;
  height: number;
  /** null: transparent. */
  background: string | null;
  caption?: { layout: CaptionLayout; y: number };
  /** Accessible name of the picture. */
  title: string;
}

const n2 = (n: number) => String(Math.round(n * 100) / 100);

/**
 * One SVG document: background, the graph as a nested <svg> placed at
 * (graphX, graphY), and the caption as escaped <text> below it. Pure string
 * work: nothing is parsed as markup except the graph SVG we made ourselves.
 */
export function composeSvg(c: SvgComposition): string {
  const inner = c.graphSvg
    .replace(/^\s*<\?xml[^>]*\?>\s*/, '')
    .replace(/^\s*<!DOCTYPE[^>]*>\s*/i, '')
    .trim();
  const open = /^<svg\b/.exec(inner);
  if (!open) throw new Error('parley/export: the graph SVG does not start with <svg>');
  const placed = inner.replace(/^<svg\b/, `<svg x="${n2(c.graphX)}" y="${n2(c.graphY)}"`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${n2(c.width)}" height="${n2(c.height)}" viewBox="0 0 ${n2(c.width)} ${n2(c.height)}" role="img">`,
    `<title>${escapeXml(c.title)}</title>`,
    c.background
      ? `<rect x="0" y="0" width="${n2(c.width)}" height="${n2(c.height)}" fill="${escapeXml(c.background)}"/>`
      : '',
    placed,
    c.caption ? captionSvg(c.caption.layout, 0, c.caption.y) : '',
    '</svg>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
