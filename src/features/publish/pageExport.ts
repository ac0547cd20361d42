import type { Core } from 'cytoscape';
import { forceInput, toElements } from '../../cy/elements';
import { fromCyId } from '../../cy/ids';
import { layoutFingerprint, type PrecomputedLayout } from '../../cy/precomputed';
import type { ParleyGraph } from '../../graph/types';
import type { Dataset } from '../../model';
import { toSlot, type PublishedPayload } from './payload';
import { SHELL_FILE, fillShell } from './shell';

export interface PageContext {
  dataset: Dataset;
  graph: ParleyGraph;
  cy: Core | null;
  /** The address's query: the view the page opens on. */
  search: string;
  /** A source's full text by file name, where the dataset has it. */
  sourceText: (file: string) => Promise<string | undefined>;
  madeFrom: string;
  title: string;
  /** Injectable for tests. */
  now?: Date;
}

/** The view to carry: the address minus what is not view (the data source, the embed layout). */
export function viewOf(search: string): string {
  const p = new URLSearchParams(search);
  for (const k of ['sparql', 'timeout', 'hops', 'embed']) p.delete(k);
  return p.toString();
}

/** The dataset as one Parley bundle file, exactly what the page will validate. */
export function bundleOf(dataset: Dataset): PublishedPayload['files'] {
  const data = {
    format: 'parley-bundle',
    version: 1,
    ...(dataset.title ? { title: dataset.title } : {}),
    sources: dataset.sources,
    entities: dataset.entities,
    relations: dataset.relations,
  };
  return [{ name: 'dataset.json', data }];
}

/** The graph as drawn now, so the page opens on the same picture (used only if it places every entity). */
function layoutOf(cy: Core | null, graph: ParleyGraph): PrecomputedLayout | undefined {
  if (!cy || cy.destroyed()) return undefined;
  const positions: PrecomputedLayout['positions'] = Object.create(null);
  cy.nodes().forEach((n) => {
    const p = n.position();
    positions[fromCyId(n.id())] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
  });
  return { fingerprint: layoutFingerprint(forceInput(toElements(graph))), positions };
}

export async function pagePayloadOf(ctx: PageContext): Promise<PublishedPayload> {
  const texts: Record<string, string> = {};
  for (const s of ctx.dataset.sources) {
    const text = s.file ? await ctx.sourceText(s.file) : undefined;
    if (s.file && text !== undefined) texts[s.file] = text;
  }
  const layout = layoutOf(ctx.cy, ctx.graph);
  const view = viewOf(ctx.search);
  return {
    v: 1,
    files: bundleOf(ctx.dataset),
    texts,
    ...(layout ? { layout } : {}),
    ...(view ? { view } : {}),
    madeAt: (ctx.now ?? new Date()).toISOString(),
    madeFrom: ctx.madeFrom,
  };
}

/** Export → Interactive page: the template, fetched from beside the app, filled with the open dataset and view. */
export async function exportPage(ctx: PageContext): Promise<Blob> {
  let shell: string;
  try {
    const res = await fetch(new URL(SHELL_FILE, document.baseURI));
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    shell = await res.text();
  } catch (e) {
    throw new Error(
      `The page template (${SHELL_FILE}) could not be loaded (${String(e)}). It is made by npm run build; the development server has none.`,
      { cause: e },
    );
  }
  const html = fillShell(shell, await toSlot(await pagePayloadOf(ctx)), ctx.title);
  return new Blob([html], { type: 'text/html;charset=utf-8' });
}
