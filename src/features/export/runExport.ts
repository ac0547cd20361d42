import type { Core } from 'cytoscape';
import type { Visible } from '../../graph/filter';
import type { Positions } from '../../graph/formats/index';
import type { ParleyGraph } from '../../graph/types';
import type { Dataset } from '../../model';
import { decodeView } from '../../state/urlCodec';
import { connectionCaption } from '../connection/caption';
import { buildCaption } from './caption';
import { exportData } from './dataExport';
import { IMAGE_SUFFIX, exportFileName } from './filename';
import { renderImage } from './imageExport';
import {
  SCOPE_LABELS,
  isImageFormat,
  isRdfFormat,
  normalizeOptions,
  type Background,
  type ExportOptions,
} from './options';
import { fromCyId } from '../../cy/ids';
import { PUBLISHED } from '../publish/published';

/**
 * The Export menu's action, loaded on demand: options + the live view →
 * named files. Downloading them is the caller's job.
 */
export interface ExportContext {
  cy: Core | null;
  graph: ParleyGraph;
  dataset: Dataset;
  visible: Visible;
  /** Slug-ish description of the view, for file names. */
  describe: string;
  /** Title used when the options give none. */
  defaultTitle: string;
  /** The address's query string: the view state (filters, focus) lives there. */
  search: string;
  /** Today, YYYY-MM-DD (injectable for tests). */
  today?: string;
  /** Interactive page: the open dataset's source texts and what it was opened from (absent in a published page). */
  page?: { sourceText: (file: string) => Promise<string | undefined>; madeFrom: string };
}

export interface ExportedBlob {
  name: string;
  blob: Blob;
}

export interface ExportResult {
  files: ExportedBlob[];
  image?: { width: number; height: number; scale: number; capped: boolean };
  ms: number;
}

export async function runExport(ctx: ExportContext, raw: ExportOptions): Promise<ExportResult> {
  const started = performance.now();
  const o = normalizeOptions(raw);
  // A published page offers neither (its build drops the code: PUBLISHED is a constant).
  if (!PUBLISHED && o.format === 'html') {
    if (!ctx.page) throw new Error('This page cannot make another interactive page.');
    const { exportPage } = await import('../publish/pageExport');
    const blob = await exportPage({
      dataset: ctx.dataset,
      graph: ctx.graph,
      cy: ctx.cy,
      search: ctx.search,
      title: ctx.dataset.title ?? ctx.defaultTitle,
      ...ctx.page,
    });
    const name = exportFileName({ describe: ctx.describe, scope: 'whole', suffix: '.html' });
    return { files: [{ name, blob }], ms: performance.now() - started };
  }
  if (!PUBLISHED && isRdfFormat(o.format)) {
    // n3 and jsonld load only when an RDF export is asked for.
    const { exportRdf, subsetDataset } = await import('../../data/rdf/index');
    const data =
      o.scope === 'view'
        ? subsetDataset(ctx.dataset, ctx.visible.nodes, ctx.visible.edges)
        : ctx.dataset;
    const f = await exportRdf(data, o.format);
    return {
      files: [
        {
          name: exportFileName({ describe: ctx.describe, scope: o.scope, suffix: f.suffix }),
          blob: new Blob([f.text], { type: `${f.mime};charset=utf-8` }),
        },
      ],
      ms: performance.now() - started,
    };
  }
  if (isRdfFormat(o.format) || o.format === 'html')
    throw new Error('This published page does not export that format.');
  if (!isImageFormat(o.format)) {
    const files = exportData(ctx.graph, {
      format: o.format,
      scope: o.scope,
      visible: ctx.visible,
      ...(o.positions && ctx.cy ? { positions: positionsOf(ctx.cy) } : {}),
    });
    return {
      files: files.map((f) => ({
        name: exportFileName({ describe: ctx.describe, scope: o.scope, suffix: f.suffix }),
        blob: new Blob([f.text], { type: `${f.mime};charset=utf-8` }),
      })),
      ms: performance.now() - started,
    };
  }

  const { cy } = ctx;
  if (!cy || cy.destroyed()) throw new Error('The graph is not drawn yet.');
  const title = o.title.trim() || ctx.defaultTitle;
  const shown = o.scope === 'view' ? inViewport(cy, ctx.graph, ctx.visible) : ctx.visible;
  const view = decodeView(ctx.search, {
    hasEntity: (id) => ctx.graph.hasNode(id),
    hasRelation: (id) => ctx.graph.hasEdge(id),
    relationTypes: new Set(ctx.graph.mapEdges((_e, a) => a.type)),
  }).state;
  const caption = o.caption
    ? buildCaption({
        title,
        scopeLabel: SCOPE_LABELS[o.scope],
        graph: ctx.graph,
        sources: ctx.dataset.sources,
        nodes: shown.nodes,
        edges: shown.edges,
        filters: view,
        ...(view.connection
          ? { connection: connectionCaption(ctx.graph, view.connection, view) }
          : {}),
        exportedOn: ctx.today ?? new Date().toISOString().slice(0, 10),
      })
    : undefined;
  const image = await renderImage(cy, {
    format: o.format,
    scope: o.scope,
    scale: o.scale,
    background: resolveBackground(o.background),
    highlights: o.highlights,
    title,
    ...(caption ? { caption } : {}),
  });
  return {
    files: [
      {
        name: exportFileName({
          describe: ctx.describe,
          scope: o.scope,
          suffix: IMAGE_SUFFIX[o.format],
        }),
        blob: image.blob,
      },
    ],
    image: { width: image.width, height: image.height, scale: image.scale, capped: image.capped },
    ms: performance.now() - started,
  };
}

/** "Current theme" is the page background (the --bg custom property). */
export function resolveBackground(bg: Background): string | null {
  if (bg === 'transparent') return null;
  if (bg === 'white') return '#ffffff';
  const v = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim();
  return v || '#ffffff';
}

function positionsOf(cy: Core): Positions {
  const out: Positions = Object.create(null) as Positions; // ids are keys: no prototype to collide with
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[fromCyId(n.id())] = { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 };
  });
  return out;
}

/**
 * The visible entities inside the window, and the visible relations touching
 * them (read from the graph: big graphs do not hold every relation on the canvas).
 */
function inViewport(cy: Core, graph: ParleyGraph, visible: Visible): Visible {
  const ext = cy.extent();
  const nodes = new Set<string>();
  cy.nodes()
    .not('.hidden')
    .forEach((n) => {
      const b = n.boundingBox({ includeLabels: false });
      if (b.x2 >= ext.x1 && b.x1 <= ext.x2 && b.y2 >= ext.y1 && b.y1 <= ext.y2)
        nodes.add(fromCyId(n.id()));
    });
  const edges = new Set<string>();
  for (const id of visible.edges) {
    if (nodes.has(graph.source(id)) || nodes.has(graph.target(id))) edges.add(id);
  }
  return { nodes, edges };
}
