import type { CaptionModel } from './caption';

/**
 * Lays a caption out in lines and swatches — pure, given a text measurer —
 * and draws the result into a canvas or as SVG. The canvas and the SVG get
 * the same layout, so PNG, JPEG and SVG captions look alike.
 */

export const CAPTION_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** Captions narrower than this (CSS px at 1×) wrap too much: the picture is widened. */
export const MIN_CAPTION_WIDTH = 560;

/**
 * Caption text grows with the picture (a caption for a 2,000 px wide graph
 * set at 12 px would be unreadable on a slide): 1× up to 900 CSS px, at most 2.5×.
 */
export function captionFactor(widthAt1x: number): number {
  return Math.min(2.5, Math.max(1, widthAt1x / 900));
}

export type Measure = (text: string, font: string) => number;

export interface CaptionText {
  kind: 'text';
  x: number;
  /** Alphabetic baseline. */
  y: number;
  text: string;
  size: number;
  weight: 400 | 600;
  color: string;
}
export interface CaptionSwatch {
  kind: 'swatch';
  cx: number;
  cy: number;
  r: number;
  color: string;
  shape: string;
}
export interface CaptionRule {
  kind: 'rule';
  x1: number;
  x2: number;
  y: number;
  color: string;
  width: number;
}
export type CaptionItem = CaptionText | CaptionSwatch | CaptionRule;

export interface CaptionLayout {
  width: number;
  height: number;
  items: CaptionItem[];
}

export interface CaptionColors {
  ink: string;
  muted: string;
  rule: string;
}

/** Dark text on light backgrounds (and on transparent ones, which usually land on white slides). */
export function captionColors(background: string | null): CaptionColors {
  const dark = background !== null && luminance(background) < 0.4;
  return dark
    ? { ink: '#e8edf2', muted: '#a9b4bf', rule: '#3b444e' }
    : { ink: '#1d232b', muted: '#5b6673', rule: '#d5dbe2' };
}

export const font = (size: number, weight: 400 | 600 = 400) =>
  `${weight} ${size}px ${CAPTION_FONT}`;

/** A rough measurer (0.56 em per character) for tests and for when no canvas exists. */
export const approximateMeasure: Measure = (text, f) => {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(f)?.[1] ?? 12);
  return text.length * size * 0.56;
};

export function layoutCaption(
  model: CaptionModel,
  opts: { width: number; scale: number; measure: Measure; colors: CaptionColors },
): CaptionLayout {
  const s = opts.scale;
  const pad = 16 * s;
  const inner = Math.max(1, opts.width - 2 * pad);
  const items: CaptionItem[] = [];
  let y = 0;
  items.push({
    kind: 'rule',
    x1: pad,
    x2: opts.width - pad,
    y: 0.5 * s,
    color: opts.colors.rule,
    width: s,
  });
  y += 14 * s;

  const paragraph = (text: string, size: number, weight: 400 | 600, color: string) => {
    const px = size * s;
    const lh = px * 1.35;
    for (const line of wrap(text, inner, font(px, weight), opts.measure)) {
      items.push({
        kind: 'text',
        x: pad,
        y: y + (lh - px) / 2 + px * 0.8,
        text: line,
        size: px,
        weight,
        color,
      });
      y += lh;
    }
  };

  paragraph(model.title, 18, 600, opts.colors.ink);
  paragraph(model.subtitle, 12.5, 400, opts.colors.muted);
  y += 6 * s;

  // Legend: swatch + "Person 34", flowing onto as many rows as needed.
  if (model.legend.length) {
    const px = 13 * s;
    const lh = px * 1.6;
    const r = 6 * s;
    let x = pad;
    for (const entry of model.legend) {
      const text = `${entry.label} ${entry.count.toLocaleString('en-US')}`;
      const w = 2 * r + 6 * s + opts.measure(text, font(px));
      if (x > pad && x + w > pad + inner) {
        x = pad;
        y += lh;
      }
      items.push({
        kind: 'swatch',
        cx: x + r,
        cy: y + lh / 2,
        r,
        color: entry.color,
        shape: entry.shape,
      });
      items.push({
        kind: 'text',
        x: x + 2 * r + 6 * s,
        y: y + (lh - px) / 2 + px * 0.8,
        text,
        size: px,
        weight: 400,
        color: opts.colors.ink,
      });
      x += w + 18 * s;
    }
    y += lh + 4 * s;
  }
  if (model.connection) paragraph(model.connection, 12.5, 600, opts.colors.ink);
  if (model.filters) paragraph(model.filters, 12.5, 400, opts.colors.ink);
  paragraph(model.sources, 12.5, 400, opts.colors.ink);
  paragraph(model.credit, 11, 400, opts.colors.muted);
  y += pad;
  return { width: opts.width, height: Math.ceil(y), items };
}

/** Greedy word wrap; a word longer than the line is cut. */
export function wrap(text: string, width: number, f: string, measure: Measure): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while (measure(word, f) > width && word.length > 1) {
      // Cut the word where it fits, after flushing the current line.
      if (line) {
        lines.push(line);
        line = '';
      }
      let n = word.length - 1;
      while (n > 1 && measure(word.slice(0, n), f) > width) n--;
      lines.push(word.slice(0, n));
      word = word.slice(n);
    }
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, f) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** Polygon points of a legend swatch, matching the node shapes of the graph. */
export function shapePoints(
  shape: string,
  cx: number,
  cy: number,
  r: number,
): [number, number][] | null {
  const poly = (n: number, rot: number, radius = r): [number, number][] =>
    Array.from({ length: n }, (_, i) => {
      const a = rot + (i * 2 * Math.PI) / n;
      return [cx + radius * Math.cos(a), cy + radius * Math.sin(a)];
    });
  switch (shape) {
    case 'diamond':
      return poly(4, -Math.PI / 2);
    case 'rectangle':
      return [
        [cx - r * 0.85, cy - r * 0.85],
        [cx + r * 0.85, cy - r * 0.85],
        [cx + r * 0.85, cy + r * 0.85],
        [cx - r * 0.85, cy + r * 0.85],
      ];
    case 'barrel':
      return [
        [cx - r * 0.55, cy - r],
        [cx + r * 0.55, cy - r],
        [cx + r * 0.55, cy + r],
        [cx - r * 0.55, cy + r],
      ];
    case 'vee':
      return [
        [cx - r, cy - r * 0.8],
        [cx, cy - r * 0.2],
        [cx + r, cy - r * 0.8],
        [cx, cy + r],
      ];
    case 'rhomboid':
      return [
        [cx - r * 0.4, cy - r * 0.6],
        [cx + r, cy - r * 0.6],
        [cx + r * 0.4, cy + r * 0.6],
        [cx - r, cy + r * 0.6],
      ];
    case 'pentagon':
      return poly(5, -Math.PI / 2);
    case 'octagon':
      return poly(8, Math.PI / 8);
    case 'round-rectangle':
      return [
        [cx - r, cy - r * 0.6],
        [cx + r, cy - r * 0.6],
        [cx + r, cy + r * 0.6],
        [cx - r, cy + r * 0.6],
      ];
    case 'round-hexagon':
    case 'hexagon':
      return poly(6, 0);
    case 'round-tag':
    case 'tag':
      return [
        [cx - r, cy - r * 0.75],
        [cx + r * 0.35, cy - r * 0.75],
        [cx + r, cy],
        [cx + r * 0.35, cy + r * 0.75],
        [cx - r, cy + r * 0.75],
      ];
    case 'star':
      return Array.from({ length: 10 }, (_, i) => {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const rr = i % 2 === 0 ? r * 1.1 : r * 0.45;
        return [cx + rr * Math.cos(a), cy + rr * Math.sin(a)] as [number, number];
      });
    case 'round-triangle':
    case 'triangle':
      return poly(3, -Math.PI / 2, r * 1.1).map(([x, y]) => [x, y + r * 0.15] as [number, number]);
    default:
      return null; // a circle
  }
}

// Characters not allowed anywhere in XML 1.0 are dropped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for XML content and attribute values. */
export function escapeXml(s: string): string {
  return s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const n2 = (n: number) => String(Math.round(n * 100) / 100);

/** The caption as an SVG group, every text escaped. */
export function captionSvg(layout: CaptionLayout, x: number, y: number): string {
  const out = [`<g class="parley-caption" transform="translate(${n2(x)} ${n2(y)})">`];
  for (const it of layout.items) {
    if (it.kind === 'text') {
      out.push(
        `<text x="${n2(it.x)}" y="${n2(it.y)}" font-family="${escapeXml(CAPTION_FONT)}" font-size="${n2(it.size)}" font-weight="${it.weight}" fill="${escapeXml(it.color)}">${escapeXml(it.text)}</text>`,
      );
    } else if (it.kind === 'rule') {
      out.push(
        `<line x1="${n2(it.x1)}" y1="${n2(it.y)}" x2="${n2(it.x2)}" y2="${n2(it.y)}" stroke="${escapeXml(it.color)}" stroke-width="${n2(it.width)}"/>`,
      );
    } else {
      const pts = shapePoints(it.shape, it.cx, it.cy, it.r);
      const fill = `fill="${escapeXml(it.color)}"`;
      out.push(
        pts
          ? `<polygon points="${pts.map(([a, b]) => `${n2(a)},${n2(b)}`).join(' ')}" ${fill}/>`
          : `<circle cx="${n2(it.cx)}" cy="${n2(it.cy)}" r="${n2(it.r)}" ${fill}/>`,
      );
    }
  }
  out.push('</g>');
  return out.join('\n');
}

/** Draws the caption into a 2D context with its top-left corner at (x, y). */
export function drawCaption(
  ctx: CanvasRenderingContext2D,
  layout: CaptionLayout,
  x: number,
  y: number,
): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.textBaseline = 'alphabetic';
  for (const it of layout.items) {
    if (it.kind === 'text') {
      ctx.font = font(it.size, it.weight);
      ctx.fillStyle = it.color;
      ctx.fillText(it.text, it.x, it.y);
    } else if (it.kind === 'rule') {
      ctx.strokeStyle = it.color;
      ctx.lineWidth = it.width;
      ctx.beginPath();
      ctx.moveTo(it.x1, it.y);
      ctx.lineTo(it.x2, it.y);
      ctx.stroke();
    } else {
      ctx.fillStyle = it.color;
      ctx.beginPath();
      const pts = shapePoints(it.shape, it.cx, it.cy, it.r);
      if (pts) {
        pts.forEach(([a, b], i) => (i ? ctx.lineTo(a, b) : ctx.moveTo(a, b)));
        ctx.closePath();
      } else ctx.arc(it.cx, it.cy, it.r, 0, 2 * Math.PI);
      ctx.fill();
    }
  }
  ctx.restore();
}

/** Relative luminance of a #rgb / #rrggbb / rgb() colour (0 black … 1 white). */
export function luminance(color: string): number {
  let r = 255;
  let g = 255;
  let b = 255;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(color.trim());
  if (hex?.[1]) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  } else if (rgb) {
    [r, g, b] = [rgb[1], rgb[2], rgb[3]].map(Number) as [number, number, number];
  }
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
