import cytoscape, { type Collection, type Core } from 'cytoscape';
import svgExtension from 'cytoscape-svg';
import type { CaptionModel } from './caption';
import {
  MIN_CAPTION_WIDTH,
  captionColors,
  captionFactor,
  drawCaption,
  layoutCaption,
  type CaptionLayout,
  type Measure,
} from './captionLayout';
import { MAX_IMAGE_SIDE, effectiveScale, type ImageFormat, type Scope } from './options';
import { PlainWordsError } from '../notices/plainError';
import { composeSvg } from './svgCompose';
import { LABEL_CLASSES } from '../../cy/labelClasses';

/**
 * Options → image blob, through the live Cytoscape instance: the picture is
 * what is on screen (layout, filters), highlights off unless asked, with an
 * optional caption below. No download here (see download.ts).
 */
export interface ImageRequest {
  format: ImageFormat;
  scope: Scope;
  /** Requested scale (1–4); lowered when the picture would pass the canvas limits. */
  scale: number;
  /** A CSS colour, or null for transparent (not for JPEG). */
  background: string | null;
  highlights: boolean;
  caption?: CaptionModel;
  /** Accessible title of an SVG. */
  title: string;
}

export interface RenderedImage {
  blob: Blob;
  width: number;
  height: number;
  /** The scale used. */
  scale: number;
  /** True when the scale was lowered to stay inside the canvas limits. */
  capped: boolean;
}

/** Margin around the whole graph, in CSS px at 1× (the current view is the window, edge to edge). */
export const WHOLE_GRAPH_MARGIN = 24;
/** Classes that mark hover and selection (see src/canvas/highlight.ts). */
export const HIGHLIGHT_CLASSES = [
  'hover',
  'hover-target',
  'highlighted',
  'faded',
  'selected',
  'sel-hood',
  'show-label',
  'hover-label',
  // Priority labels (src/cy/labelClasses.ts): an export shows every label.
  ...LABEL_CLASSES,
  'sel-faded',
  'kbd-focus',
];

let svgRegistered = false;
function ensureSvgExtension() {
  if (svgRegistered) return;
  cytoscape.use(svgExtension);
  svgRegistered = true;
}

type SvgCore = Core & { svg(options: Record<string, unknown>): string };

type RoundPolygonDrawer = (ctx: { beginPath?: () => void }, ...rest: unknown[]) => void;

/**
 * Cytoscape draws its round shapes (round-hexagon, round-tag, round-triangle)
 * without beginPath(), which a canvas forgives but canvas2svg (inside
 * cytoscape-svg) does not: those nodes vanish and their colour lands on the
 * previous label. While the SVG is drawn, each such path is begun first.
 */
export function withSvgShapeFix<T>(cy: Core, draw: () => T): T {
  const renderer = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
  const original = renderer.drawRoundPolygonPath as RoundPolygonDrawer | undefined;
  if (typeof original !== 'function') return draw();
  const own = Object.prototype.hasOwnProperty.call(renderer, 'drawRoundPolygonPath');
  renderer.drawRoundPolygonPath = function (this: unknown, ctx, ...rest) {
    ctx.beginPath?.();
    return original.call(this, ctx, ...rest);
  } satisfies RoundPolygonDrawer;
  try {
    return draw();
  } finally {
    if (own) renderer.drawRoundPolygonPath = original;
    else delete renderer.drawRoundPolygonPath;
  }
}

/** Runs `draw` with hover and selection classes removed, then puts them back (both in cy.batch). */
export function withoutHighlights<T>(cy: Core, draw: () => T): T {
  const saved: [Collection, string][] = [];
  cy.batch(() => {
    for (const cls of HIGHLIGHT_CLASSES) {
      const marked = cy.elements(`.${cls}`);
      if (marked.nonempty()) {
        saved.push([marked, cls]);
        marked.removeClass(cls);
      }
    }
  });
  if (saved.length) resortByZIndex(cy);
  try {
    return draw();
  } finally {
    cy.batch(() => {
      for (const [eles, cls] of saved) eles.addClass(cls);
    });
    if (saved.length) resortByZIndex(cy);
  }
}

/**
 * The selection raises z-index; the renderer re-sorts its cached draw order
 * only at its next frame, after the picture was drawn. Sort it now.
 */
function resortByZIndex(cy: Core) {
  const r = (
    cy as unknown as { renderer(): { getCachedZSortedEles?: (force: boolean) => unknown } }
  ).renderer();
  r.getCachedZSortedEles?.(true);
}

export async function renderImage(cy: Core, req: ImageRequest): Promise<RenderedImage> {
  if (req.format === 'svg') ensureSvgExtension();
  const full = req.scope === 'whole';
  const margin = full ? WHOLE_GRAPH_MARGIN : 0;
  const measure = canvasMeasure();
  const colors = captionColors(req.background);

  // Drawing is synchronous inside cy.png / cy.svg, so the highlights come back right after.
  const drawn = (
    req.highlights ? (f: () => Drawn) => f() : (f: () => Drawn) => withoutHighlights(cy, f)
  )(() => {
    const src = full ? wholeSize(cy) : { w: cy.width(), h: cy.height() };
    if (src.w <= 0 || src.h <= 0)
      throw new PlainWordsError(
        'Nothing to export: no entity is visible.',
        'Reset the filters, or zoom out so entities are in view.',
      );
    // The scale is chosen for the whole picture, caption included.
    const w1 = Math.max(src.w + 2 * margin, req.caption ? MIN_CAPTION_WIDTH : 0);
    const c1 = req.caption
      ? layoutCaption(req.caption, { width: w1, scale: captionFactor(w1), measure, colors }).height
      : 0;
    const { scale, capped } = effectiveScale(w1, src.h + 2 * margin + c1, req.scale);
    // maxWidth/maxHeight with an explicit scale also stop Cytoscape from multiplying by devicePixelRatio.
    const common = { full, scale, maxWidth: MAX_IMAGE_SIDE, maxHeight: MAX_IMAGE_SIDE };
    const direct = !full && !req.caption;
    const bg = direct ? (req.background ?? undefined) : undefined;
    if (req.format === 'svg') {
      const svg = withSvgShapeFix(cy, () =>
        (cy as SvgCore).svg({ ...common, ...(bg ? { bg } : {}) }),
      );
      return {
        kind: 'svg',
        svg,
        scale,
        capped,
        w: src.w * scale,
        h: src.h * scale,
        direct,
        textScale: scale * captionFactor(w1),
      };
    }
    const blob =
      direct && req.format === 'jpeg'
        ? cy.jpg({ ...common, output: 'blob-promise', bg: bg ?? '#ffffff', quality: 0.92 })
        : cy.png({ ...common, output: 'blob-promise', ...(bg ? { bg } : {}) });
    return { kind: 'raster', blob, scale, capped, direct, textScale: scale * captionFactor(w1) };
  });

  const { scale, capped } = drawn;
  if (drawn.kind === 'svg') {
    if (drawn.direct) return checked(svgBlob(drawn.svg), drawn.w, drawn.h, scale, capped);
    const pad = margin * scale;
    const width = Math.max(drawn.w + 2 * pad, req.caption ? MIN_CAPTION_WIDTH * scale : 0);
    const caption = req.caption
      ? layoutCaption(req.caption, { width, scale: drawn.textScale, measure, colors })
      : undefined;
    const height = drawn.h + 2 * pad + (caption?.height ?? 0);
    const svg = composeSvg({
      graphSvg: drawn.svg,
      graphX: (width - drawn.w) / 2,
      graphY: pad,
      width,
      height,
      background: req.background,
      ...(caption ? { caption: { layout: caption, y: drawn.h + 2 * pad } } : {}),
      title: req.caption?.title ?? req.title,
    });
    return checked(svgBlob(svg), width, height, scale, capped);
  }

  const graphBlob = await drawn.blob.catch((e: unknown) => {
    throw new PlainWordsError(
      'The browser could not draw the picture.',
      'Try a smaller scale, or export SVG instead.',
      { cause: e },
    );
  });
  if (!graphBlob || graphBlob.size === 0)
    throw new PlainWordsError(
      'The browser could not draw a picture this large.',
      'Try a smaller scale, or export SVG instead.',
    );
  const bitmap = await createImageBitmap(graphBlob);
  try {
    if (drawn.direct) return checked(graphBlob, bitmap.width, bitmap.height, scale, capped);
    const pad = Math.round(margin * scale);
    const width = Math.max(
      bitmap.width + 2 * pad,
      req.caption ? Math.round(MIN_CAPTION_WIDTH * scale) : 0,
    );
    const caption: CaptionLayout | undefined = req.caption
      ? layoutCaption(req.caption, { width, scale: drawn.textScale, measure, colors })
      : undefined;
    const height = bitmap.height + 2 * pad + (caption?.height ?? 0);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx)
      throw new PlainWordsError(
        'This browser cannot draw pictures here.',
        'Export SVG instead, or try another browser.',
      );
    const bg = req.format === 'jpeg' ? (req.background ?? '#ffffff') : req.background;
    if (bg) {
      ctx.fillStyle = bg;
      ctx.fillRect(0, 0, width, height);
    }
    ctx.drawImage(bitmap, Math.round((width - bitmap.width) / 2), pad);
    if (caption) drawCaption(ctx, caption, 0, bitmap.height + 2 * pad);
    const type = req.format === 'jpeg' ? 'image/jpeg' : 'image/png';
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, 0.92));
    canvas.width = 0; // free the pixels now rather than at the next collection
    if (!blob)
      throw new PlainWordsError(
        'The browser could not encode the picture.',
        'Try a smaller scale, or export SVG instead.',
      );
    return checked(blob, width, height, scale, capped);
  } finally {
    bitmap.close();
  }
}

type Drawn = { scale: number; capped: boolean; direct: boolean; textScale: number } & (
  { kind: 'svg'; svg: string; w: number; h: number } | { kind: 'raster'; blob: Promise<Blob> }
);

/** Size of what cy.png({ full: true }) draws: the displayed elements, labels included. */
function wholeSize(cy: Core): { w: number; h: number } {
  const bb = cy.elements().boundingBox();
  return { w: Math.ceil(bb.w), h: Math.ceil(bb.h) };
}

function svgBlob(svg: string): Blob {
  return new Blob([svg], { type: 'image/svg+xml' });
}

function checked(
  blob: Blob,
  width: number,
  height: number,
  scale: number,
  capped: boolean,
): RenderedImage {
  if (blob.size === 0)
    throw new PlainWordsError(
      'The exported picture came out empty.',
      'Try a smaller scale, or export SVG instead.',
    );
  return { blob, width: Math.round(width), height: Math.round(height), scale, capped };
}

function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return (text, f) => text.length * Number(/(\d+(?:\.\d+)?)px/.exec(f)?.[1] ?? 12) * 0.56;
  return (text, f) => {
    ctx.font = f;
    return ctx.measureText(text).width;
  };
}
