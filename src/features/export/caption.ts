import { typeStyle } from '../../cy/palette';
import type { ParleyGraph } from '../../graph/types';
import { shownTypeOf, vocabularyOf } from '../../graph/vocabulary';
import { periodLabel } from '../../data/dates';
import { DEFAULT_VOCABULARY, type Source } from '../../model';
import type { ViewState } from '../../state/viewState';

/**
 * What the caption of an exported picture says, so that it can be cited
 * without editing: title, the legend of the types shown, the active filters
 * and a source line. Pure: a model, drawn later by captionLayout.
 */
export interface CaptionModel {
  title: string;
  /** "Whole graph · 134 entities, 372 relations" */
  subtitle: string;
  legend: LegendEntry[];
  /** "Filters: March 2019 – December 2023 · hidden types: Topic" — absent without filters. */
  filters?: string;
  /** "Connection: A → B → C (…)" — the highlighted path, when one is shown. */
  connection?: string;
  /** "Sources: VietnamPlus; The 12th …, 5 articles" */
  sources: string;
  /** "Made with Parley · exported 2024-06-01" */
  credit: string;
}

export interface LegendEntry {
  /** A built-in entity type, or one the dataset's vocabulary adds. */
  type: string;
  label: string;
  color: string;
  shape: string;
  count: number;
}

export type CaptionFilters = Pick<
  ViewState,
  | 'hiddenTypes'
  | 'hiddenRelations'
  | 'period'
  | 'asOf'
  | 'hideIsolated'
  | 'selection'
  | 'focusDepth'
  | 'focusCenter'
>;

export interface CaptionInput {
  title: string;
  scopeLabel: string;
  graph: ParleyGraph;
  sources: readonly Source[];
  /** The entities and relations the picture shows. */
  nodes: Iterable<string>;
  edges: Iterable<string>;
  filters: CaptionFilters;
  /** The highlighted path, in words (see features/connection/caption). */
  connection?: string;
  /** YYYY-MM-DD */
  exportedOn: string;
}

export const MAX_SOURCE_NAMES = 6;

export function buildCaption(input: CaptionInput): CaptionModel {
  const { graph } = input;
  const vocabulary = vocabularyOf(graph);
  const counts = new Map<string, number>();
  let nodeCount = 0;
  for (const n of input.nodes) {
    if (!graph.hasNode(n)) continue;
    nodeCount++;
    const t = shownTypeOf(graph.getNodeAttributes(n));
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const edges = [...input.edges].filter((e) => graph.hasEdge(e));
  const legend = vocabulary.allEntityTypes
    .filter((t) => counts.has(t))
    .map((t) => ({
      type: t,
      label: vocabulary.entityLabel(t),
      color: typeStyle(t, vocabulary).color,
      shape: typeStyle(t, vocabulary).shape,
      count: counts.get(t) ?? 0,
    }));
  const filters = describeFilters(input.filters, graph);
  return {
    title: input.title.trim() || 'Parley graph',
    subtitle: `${input.scopeLabel} · ${plural(nodeCount, 'entity', 'entities')}, ${plural(edges.length, 'relation', 'relations')}`,
    legend,
    ...(filters ? { filters } : {}),
    ...(input.connection ? { connection: input.connection } : {}),
    sources: sourceLine(graph, edges, input.sources),
    credit: `Made with Parley · exported ${input.exportedOn}`,
  };
}

/** The active filters in words, or undefined when nothing is filtered. */
export function describeFilters(f: CaptionFilters, graph?: ParleyGraph): string | undefined {
  const parts: string[] = [];
  const vocabulary = graph ? vocabularyOf(graph) : DEFAULT_VOCABULARY;
  if (f.asOf) parts.push(`as of ${periodLabel([f.asOf, f.asOf])}`);
  else if (f.period) parts.push(periodLabel(f.period));
  const center = f.focusCenter ?? (f.selection?.kind === 'entity' ? f.selection.id : undefined);
  if (f.focusDepth > 0 && center) {
    const id = center;
    const label = graph?.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
    parts.push(`${f.focusDepth}-step network of ${label}`);
  }
  if (f.hiddenTypes.size)
    parts.push(
      `hidden types: ${vocabulary.allEntityTypes
        .filter((t) => f.hiddenTypes.has(t))
        .map((t) => vocabulary.entityLabel(t))
        .join(', ')}`,
    );
  if (f.hiddenRelations.size)
    parts.push(
      `hidden relations: ${[...f.hiddenRelations]
        .sort()
        .map((r) => vocabulary.relationType(r)?.label ?? r)
        .join(', ')}`,
    );
  if (f.hideIsolated) parts.push('unconnected entities hidden');
  return parts.length ? `Filters: ${parts.join(' · ')}` : undefined;
}

/**
 * The sources the shown relations cite (all of the dataset's when none
 * cites any), by publisher where stated, else by title.
 */
export function sourceLine(
  graph: ParleyGraph,
  edges: readonly string[],
  sources: readonly Source[],
): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const cited = new Set<string>();
  for (const e of edges)
    for (const ev of graph.getEdgeAttribute(e, 'evidence')) cited.add(ev.source);
  const ids = cited.size ? [...cited] : sources.map((s) => s.id);
  if (!ids.length) return 'Sources: not stated in the dataset';
  const names: string[] = [];
  for (const id of ids) {
    const s = byId.get(id);
    const name = truncate(s?.publisher ?? s?.title ?? id, 80);
    if (!names.includes(name)) names.push(name);
  }
  const shown = names.slice(0, MAX_SOURCE_NAMES).join('; ');
  const more =
    names.length > MAX_SOURCE_NAMES ? ` and ${names.length - MAX_SOURCE_NAMES} more` : '';
  return `Sources: ${shown}${more}, ${plural(ids.length, 'article', 'articles')}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`;
}
