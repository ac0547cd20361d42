import Papa from 'papaparse';
import { formatDate } from '../../data/dates';
import { COMPARED_TYPES, type Comparison, type RelationPair } from '../../graph/compare';
import type { ParleyGraph } from '../../graph/types';
import { statementFacts } from '../../graph/statementFacts';
import { approximateMeasure, escapeXml, font, wrap } from '../export/captionLayout';

const TYPE_LABEL = { topic: 'Topics', agreement: 'Agreements', person: 'People' } as const;
const SPLIT_LABEL = { both: 'In both', onlyFirst: 'Only in first', onlySecond: 'Only in second' };

export function meetingTitle(graph: ParleyGraph, id: string): string {
  const a = graph.getNodeAttributes(id);
  const d = formatDate(a.date);
  return a.date && a.date.precision !== 'unknown' ? `${a.label}, ${d}` : `${a.label} (${d})`;
}

/** Who made a relation, for a reader: speaker (side), the sides, or its source. */
export function whoSaid(graph: ParleyGraph, edge: string): string {
  const f = statementFacts(graph, edge);
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  if (f.speakers.length)
    return `${f.speakers.map(label).join(' and ')}${f.sides.length ? ` (${f.sides.map(label).join(', ')})` : ''}`;
  const s = graph.source(edge);
  return s === f.meeting ? 'Both sides' : label(s);
}

export function quoteOf(graph: ParleyGraph, edge: string): string {
  return graph.getEdgeAttribute(edge, 'evidence')[0]?.quote ?? '';
}

export function pairTitle(graph: ParleyGraph, p: RelationPair): string {
  const about = graph.getNodeAttribute(p.about, 'label');
  return p.match === 'same' ? `${p.verb}: ${about}` : `said about ${about}`;
}

/** One row per entity (section, split) and per paired relation, both quotes side by side. */
export function comparisonCsv(graph: ParleyGraph, c: Comparison): string {
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  const rows: string[][] = [];
  for (const t of COMPARED_TYPES)
    for (const split of ['both', 'onlyFirst', 'onlySecond'] as const)
      for (const id of c.entities[t][split])
        rows.push([TYPE_LABEL[t], SPLIT_LABEL[split], id, label(id), '', '', '', '']);
  for (const p of c.pairs) {
    const side = (edges: string[]) => ({
      who: edges.map((e) => whoSaid(graph, e)).join(' | '),
      quote: edges.map((e) => quoteOf(graph, e)).join(' | '),
    });
    const a = side(p.first);
    const b = side(p.second);
    rows.push([
      p.match === 'same' ? 'Same relation' : 'Same subject',
      pairTitle(graph, p),
      p.about,
      label(p.about),
      a.who,
      a.quote,
      b.who,
      b.quote,
    ]);
  }
  const fields = [
    'section',
    'group',
    'id',
    'label',
    'first_by',
    `first_quote (${label(c.first)})`,
    'second_by',
    `second_quote (${label(c.second)})`,
  ];
  return `${Papa.unparse({ fields, data: rows }, { newline: '\n', escapeFormulae: true })}\n`;
}

const W = 1200;
const M = 24;

/**
 * The comparison as one SVG picture with a caption: the entity splits in
 * three columns, then the paired quotes in two. All text escaped.
 */
export function comparisonSvg(graph: ParleyGraph, c: Comparison, caption: string): string {
  const out: string[] = [];
  let y = M;
  const text = (
    x: number,
    yy: number,
    s: string,
    size = 13,
    weight: 400 | 600 = 400,
    fill = '#1d232b',
  ) =>
    out.push(
      `<text x="${x}" y="${yy}" font-family="system-ui, sans-serif" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(s)}</text>`,
    );
  const lines = (s: string, width: number, size = 13) =>
    wrap(s, width, font(size), approximateMeasure);
  const label = (id: string) => graph.getNodeAttribute(id, 'label');

  y += 8;
  text(
    M,
    y,
    `Comparison: ${meetingTitle(graph, c.first)}  vs  ${meetingTitle(graph, c.second)}`,
    18,
    600,
  );
  y += 28;
  const colW = (W - 2 * M - 20) / 3;
  for (const t of COMPARED_TYPES) {
    text(M, y, TYPE_LABEL[t], 15, 600);
    y += 20;
    let tallest = 0;
    (['both', 'onlyFirst', 'onlySecond'] as const).forEach((split, i) => {
      const x = M + i * (colW + 10);
      const ids = c.entities[t][split];
      text(x, y, `${SPLIT_LABEL[split]} (${ids.length})`, 12, 600, '#5b6673');
      let yy = y + 18;
      for (const id of ids)
        for (const l of lines(`• ${label(id)}`, colW)) {
          text(x, yy, l, 12);
          yy += 16;
        }
      tallest = Math.max(tallest, yy - y);
    });
    y += tallest + 12;
  }
  if (c.pairs.length) {
    text(M, y, 'The same relation, or the same subject, at both meetings', 15, 600);
    y += 22;
    const qW = (W - 2 * M - 20) / 2;
    text(M, y, label(c.first), 12, 600, '#5b6673');
    text(M + qW + 20, y, label(c.second), 12, 600, '#5b6673');
    y += 18;
    for (const p of c.pairs) {
      text(M, y, pairTitle(graph, p), 13, 600);
      y += 18;
      let tallest = 0;
      [p.first, p.second].forEach((edges, i) => {
        const x = M + i * (qW + 20);
        let yy = y;
        for (const e of edges) {
          for (const l of lines(`${whoSaid(graph, e)}: “${quoteOf(graph, e)}”`, qW, 12)) {
            text(x, yy, l, 12);
            yy += 16;
          }
          yy += 4;
        }
        tallest = Math.max(tallest, yy - y);
      });
      y += tallest + 8;
    }
  }
  y += 8;
  out.push(`<line x1="${M}" x2="${W - M}" y1="${y}" y2="${y}" stroke="#dde2e8"/>`);
  y += 20;
  for (const l of lines(caption, W - 2 * M, 12)) {
    text(M, y, l, 12, 400, '#5b6673');
    y += 16;
  }
  const h = y + M;
  const title = `Comparison of ${label(c.first)} and ${label(c.second)}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${h}" viewBox="0 0 ${W} ${h}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${W}" height="${h}" fill="#ffffff"/>`,
    ...out,
    '</svg>',
  ].join('\n');
}

/** Rasterises our own SVG (no external references) to a PNG at 2×. */
export async function svgToPng(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width * 2;
    canvas.height = img.height * 2;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('parley/compare: no 2D canvas to draw the image');
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0);
    const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
    if (!blob || blob.size === 0) throw new Error('parley/compare: the image came out empty');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
