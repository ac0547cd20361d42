import { hardenGraph } from '../data/safeGraph';
import { MultiDirectedGraph } from 'graphology';
import { DEFAULT_VOCABULARY, type Dataset } from '../model';
import type { EdgeAttrs, NodeAttrs, ParleyGraph } from './types';

export interface LoadReport {
  entities: number;
  relations: number;
  sources: number;
  /** Per entity type as the legend shows it: built-in, or added by the vocabulary. */
  entitiesByType: Record<string, number>;
  relationsByType: Record<string, number>;
  /** Entities with no relation at all. */
  isolated: string[];
  /** Relations whose evidence list is empty (only possible in foreign data). */
  withoutEvidence: string[];
  /** Relations skipped because an endpoint is missing. */
  skipped: string[];
  warnings: string[];
}

/**
 * Validated dataset → graphology MultiDirectedGraph (several relations may
 * join the same pair, each keyed by its relation id) plus a load report.
 * Fresh attribute objects are made here: nothing downstream shares the
 * dataset's objects.
 */
export function buildGraph(dataset: Dataset): { graph: ParleyGraph; report: LoadReport } {
  const graph: ParleyGraph = hardenGraph(new MultiDirectedGraph<NodeAttrs, EdgeAttrs>());
  if (dataset.title) graph.setAttribute('title', dataset.title);
  const vocabulary = dataset.vocabulary ?? DEFAULT_VOCABULARY;
  graph.setAttribute('vocabulary', vocabulary);
  const report: LoadReport = {
    entities: 0,
    relations: 0,
    sources: dataset.sources.length,
    entitiesByType: Object.fromEntries(vocabulary.allEntityTypes.map((t) => [t, 0])),
    relationsByType: Object.fromEntries(vocabulary.relationTypes.map((t) => [t.id, 0])),
    isolated: [],
    withoutEvidence: [],
    skipped: [],
    warnings: [],
  };

  for (const e of dataset.entities) {
    if (graph.hasNode(e.id)) {
      report.warnings.push(`duplicate entity id "${e.id}" ignored`);
      continue;
    }
    const attrs: NodeAttrs = {
      label: e.label,
      type: e.type,
      ...(e.addedType ? { addedType: e.addedType } : {}),
      aliases: [...e.aliases],
      description: e.description,
    };
    if (e.note) attrs.note = e.note;
    if ('kind' in e && e.kind) attrs.kind = e.kind;
    if ('number' in e && e.number !== undefined) attrs.number = e.number;
    if ('date' in e && e.date) attrs.date = { ...e.date };
    if (e.attributes) attrs.attributes = { ...e.attributes };
    graph.addNode(e.id, attrs);
    const shown = e.addedType ?? e.type;
    report.entitiesByType[shown] = (report.entitiesByType[shown] ?? 0) + 1;
  }

  for (const r of dataset.relations) {
    const attrs: EdgeAttrs = {
      type: r.type,
      label: vocabulary.relationType(r.type)?.label ?? r.type,
      evidence: r.evidence.map((ev) => ({ ...ev })),
    };
    if (r.date) attrs.date = { ...r.date };
    if (r.at) attrs.at = r.at;
    if (r.by) attrs.by = [...r.by];
    if (r.on_behalf_of) attrs.on_behalf_of = [...r.on_behalf_of];
    if (r.qualifiers) attrs.qualifiers = { ...r.qualifiers } as Record<string, string>;
    if (r.note) attrs.note = r.note;
    if (r.undirected) attrs.undirected = true;
    if (r.weight !== undefined) attrs.weight = r.weight;
    if (r.count !== undefined) attrs.count = r.count;
    if (r.attributes) attrs.attributes = { ...r.attributes };
    if (!tryAddEdge(graph, r.id, r.source, r.target, attrs)) {
      report.skipped.push(r.id);
      continue;
    }
    report.relationsByType[r.type] = (report.relationsByType[r.type] ?? 0) + 1;
    if (r.evidence.length === 0) report.withoutEvidence.push(r.id);
  }

  if (dataset.relations.length && report.withoutEvidence.length === dataset.relations.length)
    graph.setAttribute('noEvidence', true);
  if (dataset.look) graph.setAttribute('look', dataset.look);
  report.entities = graph.order;
  report.relations = graph.size;
  graph.forEachNode((node) => {
    if (graph.degree(node) === 0) report.isolated.push(node);
  });
  if (report.isolated.length) {
    report.warnings.push(
      `${report.isolated.length} isolated ${report.isolated.length === 1 ? 'entity' : 'entities'}: ${report.isolated.join(', ')}`,
    );
  }
  if (report.skipped.length) {
    report.warnings.push(
      `${report.skipped.length} relations skipped (missing endpoint or duplicate id)`,
    );
  }
  return { graph, report };
}

/**
 * Adds the relation unless graphology refuses it (an end that is not an
 * entity, an id already taken). graphology checks both anyway: asking first
 * looked each key up twice, a tenth of building a 100,000-relation graph.
 */
function tryAddEdge(
  graph: ParleyGraph,
  id: string,
  source: string,
  target: string,
  attrs: EdgeAttrs,
): boolean {
  try {
    graph.addDirectedEdgeWithKey(id, source, target, attrs);
    return true;
  } catch {
    return false;
  }
}
