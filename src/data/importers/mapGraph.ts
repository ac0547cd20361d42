// Over 400 lines: one pass over a foreign graph (types, attributes, direction, weights, repeated edges, look) whose steps share its notes; the type and look steps already live in fileVocabulary.ts and fileLook.ts.
import type { Attributes } from 'graphology-types';
import {
  AGREEMENT_KINDS,
  ENTITY_TYPE_LABELS,
  MEETING_KINDS,
  type Dataset,
  type Entity,
  type EntityType,
  type Relation,
} from '../../model';
import {
  ALIAS_KEYS,
  AttributeReader,
  DATE_KEYS,
  DESCRIPTION_KEYS,
  EDGE_TYPE_KEYS,
  KIND_KEYS,
  LABEL_KEYS,
  NOTE_KEYS,
} from './attributes';
import type { GraphInput } from './edgeListGraph';
import { LookCollector, fileAttributes } from './fileLook';
import { IdAllocator, isGeneratedEdgeKey, titleFromId } from './ids';
import { Notes } from './mappingNotes';
import type { ForeignFormat, MappingReport, TypeFrom } from './types';
import { FileVocabulary, type NodeKind } from './fileVocabulary';
import {
  describeTypeColumn,
  inferTypeColumn,
  isDirectionValue,
  typeColumnCandidates,
} from './typeInference';
import { evidenceOf, listOf, recordOf } from './values';
import { relationTypeOf } from './vocabularyMatch';

export { FALLBACK_TYPE, entityTypeOf, relationTypeOf } from './vocabularyMatch';
export { slugify } from '../text';
export const LIST_SEPARATOR = ' | ';

export interface MapContext {
  file: string;
  format: ForeignFormat;
  /** What the reader already had to leave out (nested graphs, hyperedges), for the report. */
  dropped?: { line: string; summary: string }[];
  /** Keep repeated edges (same pair, type and direction) apart instead of merging them. */
  keepRepeated?: boolean;
  /** Positions are screen coordinates (yEd, Cytoscape), not y-up (Gephi, sigma). */
  yDown?: boolean;
  /** The column that says a node's or an edge's kind ("Type from" in the load report); null: none. */
  typeFrom?: TypeFrom;
}

export type { TypeFrom } from './types';

/** What mapping one graph needs to remember across nodes and edges. */
interface Mapping {
  ctx: MapContext;
  notes: Notes;
  ids: IdAllocator;
  nodeId: Map<string, string>;
  kindOf: Map<string, NodeKind>;
  vocab: FileVocabulary;
  citedSources: Set<string>;
  look: LookCollector;
}

/**
 * Maps any graph (graphology's, read from graphology JSON, GEXF or GraphML,
 * or CSV's plain EdgeListGraph) onto
 * Parley's model, as well as the attributes allow, and says what it could not
 * map. Parley's own exports (flat columns: `aliases` joined with " | ",
 * `evidence` and `qualifiers` as JSON strings, `date`/`date_precision`/
 * `date_note`) map back without loss, except the source list, which those
 * formats do not carry.
 *
 * The result is always loadable: every entity gets a slug id, a known type, a
 * label and a description; every relation a vocabulary type its endpoints
 * allow (else `related_to`, the original type kept in `qualifiers`).
 */
export function mapGraph(
  graph: GraphInput,
  ctx: MapContext,
): { dataset: Dataset; report: MappingReport } {
  const columns = typeColumns(graph, ctx.typeFrom);
  const m: Mapping = {
    ctx,
    notes: new Notes(),
    ids: new IdAllocator(),
    nodeId: new Map(),
    kindOf: new Map(),
    vocab: new FileVocabulary(ctx.file, columns.node, columns.edge),
    citedSources: new Set(),
    look: new LookCollector(!ctx.yDown),
  };
  const entities: Entity[] = [];
  graph.forEachNode((key, attrs) => entities.push(mapNode(m, key, attrs)));
  let relations: Relation[] = [];
  graph.forEachEdge((key, attrs, source, target, _sa, _ta, undirected) => {
    const r = mapEdge(m, key, attrs, source, target, undirected);
    if (r) relations.push(r);
  });
  relations = mergeRepeated(m.notes, relations, ctx.keepRepeated);
  noteTypeColumns(m.notes, columns);
  const vocabulary = m.vocab.vocabulary();
  noteUncitedSources(m);
  const look = m.look.result(m.notes, graph.order);
  for (const d of ctx.dropped ?? []) m.notes.dropped(d.line, d.summary);

  const graphAttrs = new AttributeReader(graph.getAttributes());
  const title =
    graphAttrs.string(['title', 'name', 'label', 'description']) ??
    titleFromId(graphAttrs.string(['id']));
  return {
    dataset: {
      ...(title ? { title } : {}),
      ...(vocabulary ? { vocabulary } : {}),
      sources: [],
      entities,
      relations,
      ...(look ? { look } : {}),
    },
    report: {
      format: ctx.format,
      file: ctx.file,
      input: { nodes: graph.order, edges: graph.size },
      output: { entities: entities.length, relations: relations.length },
      mapped: m.notes.mappedLines(),
      unmapped: m.notes.unmappedLines(),
      summary: m.notes.summary(relations.length),
      typeFrom: {
        node: {
          ...(columns.node ? { key: columns.node.key } : {}),
          candidates: columns.nodeCandidates,
        },
        edge: {
          ...(columns.edge ? { key: columns.edge.key } : {}),
          candidates: columns.edgeCandidates,
        },
      },
    },
  };
}

function mapNode(m: Mapping, key: string, attrs: Attributes): Entity {
  const { notes } = m;
  const a = new AttributeReader(attrs);
  const id = m.ids.take(key, 'entity');
  if (id !== key) notes.rewritten(key, id);
  m.nodeId.set(key, id);

  const column = m.vocab.nodeColumn;
  const typeValue = column ? a.string([column.key.toLowerCase()]) : undefined;
  if (column && typeValue === undefined)
    notes.count(
      `nodes have no ${column.key} and are shown as “No ${column.key}”`,
      `node has no ${column.key} and is shown as “No ${column.key}”`,
    );
  const kind = m.vocab.nodeKind(typeValue);
  const entityType: EntityType = kind.type;
  m.kindOf.set(id, kind);

  const label = a.string(LABEL_KEYS) ?? key;
  if (!a.has(LABEL_KEYS))
    notes.count(
      'nodes have no label attribute; their id is shown instead',
      'node has no label attribute; its id is shown instead',
    );
  const description = a.string(DESCRIPTION_KEYS);
  if (!description)
    notes.count(
      'entities have no description (set to "Imported from …")',
      'entity has no description (set to "Imported from …")',
    );
  const entity: Record<string, unknown> = {
    id,
    type: entityType,
    ...(kind.addedType ? { addedType: kind.addedType } : {}),
    label,
    aliases: listOf(a.value(ALIAS_KEYS)).filter((x) => x !== label),
    description: description ?? `Imported from ${m.ctx.file}.`,
  };
  const note = a.string(NOTE_KEYS);
  if (note) entity.note = note;
  // A kind of the file's that behaves as no built-in type keeps its kind and dates as attributes.
  if (!kind.addedType || entityType !== 'place' || m.vocab.behavesAsPlace(kind.addedType))
    Object.assign(entity, kindFields(notes, entityType, a), dateFields(notes, entityType, a));
  const kept = fileAttributes(a, (k, v) => m.look.node(id, k, v));
  notes.kept('node', Object.keys(kept));
  if (Object.keys(kept).length) entity.attributes = kept;
  return entity as Entity;
}

/** Organizations and places keep a free kind; meetings and agreements one from Parley's lists. */
function kindFields(notes: Notes, type: EntityType, a: AttributeReader): Record<string, unknown> {
  const kind = a.string(KIND_KEYS);
  if (type === 'organization' || type === 'place') return kind ? { kind } : {};
  if (type !== 'meeting' && type !== 'agreement') return {};
  const allowed: readonly string[] = type === 'meeting' ? MEETING_KINDS : AGREEMENT_KINDS;
  const k = kind?.toLowerCase().replace(/[\s-]+/g, '_');
  const known = k !== undefined && allowed.includes(k);
  const out: Record<string, unknown> = { kind: known ? k : 'other' };
  if (kind && !known)
    notes.count(
      `${type} kinds not in Parley's list were set to "other"`,
      `${type} kind not in Parley's list was set to "other"`,
    );
  if (type === 'meeting') {
    const n = Number(a.value(['number']));
    if (Number.isInteger(n) && n > 0) out.number = n;
  }
  return out;
}

/** Only meetings and agreements carry dates; a meeting without one gets an unknown date. */
function dateFields(notes: Notes, type: EntityType, a: AttributeReader): Record<string, unknown> {
  if (type !== 'meeting' && type !== 'agreement') {
    if (a.has(DATE_KEYS)) {
      const label = ENTITY_TYPE_LABELS[type].toLowerCase();
      notes.count(
        `${label} dates were dropped (Parley dates only meetings, agreements and relations)`,
        `${label} date was dropped (Parley dates only meetings, agreements and relations)`,
      );
    }
    return {};
  }
  const date = a.date();
  noteDateProblem(notes, date.problem);
  if (date.spec) return { date: date.spec };
  if (type !== 'meeting') return {};
  notes.count(
    'meetings have no date and were given an unknown date',
    'meeting has no date and was given an unknown date',
  );
  return { date: { precision: 'unknown', note: 'The imported file gives no date.' } };
}

function noteDateProblem(notes: Notes, problem: string | undefined) {
  if (problem)
    notes.count(
      `dates could not be read and were dropped (${problem})`,
      `date could not be read and was dropped (${problem})`,
    );
}

// Key lists read for every edge, made once.
const EDGE_TYPE_KEYS_BUT_TYPE = EDGE_TYPE_KEYS.filter((k) => k !== 'type');
const QUALIFIERS = ['qualifiers'];
const LABEL = ['label'];
const EVIDENCE = ['evidence'];
const WEIGHT = ['weight'];
const DERIVED = ['evidence_count', 'evidence_sources'];
const AT = ['at'];
const STATEMENT_LISTS = [
  ['by', ['by']],
  ['on_behalf_of', ['on_behalf_of']],
] as const;

function mapEdge(
  m: Mapping,
  key: string | undefined,
  attrs: Attributes,
  source: string,
  target: string,
  undirected: boolean,
): Relation | undefined {
  const { notes } = m;
  const a = new AttributeReader(attrs);
  const s = m.nodeId.get(source) ?? source;
  const t = m.nodeId.get(target) ?? target;
  if (s === t) {
    notes.count(
      'edges joining a node to itself were dropped (a relation joins two different entities)',
      'edge joining a node to itself was dropped (a relation joins two different entities)',
    );
    return undefined;
  }
  const { direction, fromType } = directionOf(a);
  const isUndirected = direction === undefined ? undirected : direction === 'undirected';
  if (isUndirected)
    notes.count(
      'edges are undirected: drawn without an arrowhead and read both ways',
      'edge is undirected: drawn without an arrowhead and read both ways',
    );
  const typeKeys = fromType ? EDGE_TYPE_KEYS_BUT_TYPE : EDGE_TYPE_KEYS;
  const typeValue = edgeTypeValue(m, a, fromType);
  if (typeValue === undefined)
    notes.count(
      'edges have no relation type and are shown as "related to"',
      'edge has no relation type and is shown as "related to"',
    );
  const type = m.vocab.relationType(typeValue, kindOf(m, s), kindOf(m, t));
  const qualifiers = recordOf(a.value(QUALIFIERS));
  // A label naming the type says nothing more (Parley's own exports write both).
  const label = a.string(LABEL);
  if (label === undefined || (label !== typeValue && relationTypeOf(label) !== type))
    a.release(LABEL);
  const fileKey = key === undefined || isGeneratedEdgeKey(key) ? undefined : key;
  const id = m.ids.take(fileKey ?? `${s}.${type}.${t}`, 'relation');
  if (fileKey !== undefined && id !== fileKey) notes.rewritten(fileKey, id);

  const rawEvidence = a.value(EVIDENCE);
  // Most foreign edges have none: no reader (and no closure) per edge for them.
  const evidence =
    rawEvidence === undefined
      ? []
      : evidenceOf(rawEvidence, (why) => noteDroppedEvidence(notes, why));
  for (const ev of evidence) m.citedSources.add(ev.source);
  if (!evidence.length)
    notes.count(
      'relations have no evidence (no quotes in the file)',
      'relation has no evidence (no quotes in the file)',
    );
  const relation: Record<string, unknown> = { id, type, source: s, target: t, evidence };
  if (isUndirected) relation.undirected = true;
  const weight = Number(a.value(WEIGHT));
  if (a.has(WEIGHT) && Number.isFinite(weight)) relation.weight = weight;
  const date = a.date();
  noteDateProblem(notes, date.problem);
  if (date.spec) relation.date = date.spec;
  if (Object.keys(qualifiers).length) relation.qualifiers = qualifiers;
  Object.assign(relation, statementFields(m, a));
  const note = a.string(NOTE_KEYS);
  if (note) relation.note = note;
  a.consume(DERIVED); // derived columns of Parley's own exports
  // Other type-like attributes saying the same thing (GEXF "kind" next to "type") are mapped too.
  a.consumeIfEqual(typeKeys, typeValue);
  const kept = fileAttributes(a);
  notes.kept('edge', Object.keys(kept));
  if (Object.keys(kept).length) relation.attributes = kept;
  return relation as Relation;
}

/** Statement fields: Parley's own exports write them as columns (lists joined by " | "), ids as in the file. */
function statementFields(m: Mapping, a: AttributeReader): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const at = a.string(AT);
  if (at) out.at = m.nodeId.get(at) ?? at;
  for (const [field, keys] of STATEMENT_LISTS) {
    const raw = a.value(keys);
    if (raw === undefined) continue; // most edges: no list to read
    const ids = listOf(raw).map((x) => m.nodeId.get(x) ?? x);
    if (ids.length) out[field] = ids;
  }
  return out;
}

const kindOf = (m: Mapping, id: string): NodeKind => m.kindOf.get(id) ?? { type: 'place' };

/**
 * The edge's kind in the file's words: its type column's value (a Type of
 * Directed/Undirected is direction, not kind); without a column, a label
 * that names a Parley relation type ("co-chaired").
 */
function edgeTypeValue(m: Mapping, a: AttributeReader, fromType: boolean): string | undefined {
  const column = m.vocab.edgeColumn;
  if (column) {
    const key = column.key.toLowerCase();
    if (fromType && key === 'type') return undefined;
    const v = a.string([key]);
    return v === undefined || isDirectionValue(v) ? undefined : v;
  }
  const label = a.string(['label']);
  return label !== undefined && relationTypeOf(label) ? label : undefined;
}

function noteDroppedEvidence(notes: Notes, why: 'not-json' | 'not-list' | 'incomplete') {
  if (why === 'not-json')
    notes.count(
      'evidence values could not be read (not JSON) and were dropped',
      'evidence value could not be read (not JSON) and was dropped',
    );
  else if (why === 'not-list')
    notes.count(
      'evidence values could not be read (not a list) and were dropped',
      'evidence value could not be read (not a list) and was dropped',
    );
  else
    notes.count(
      'pieces of evidence without a source and a quote were dropped',
      'piece of evidence without a source and a quote was dropped',
    );
}

function noteUncitedSources(m: Mapping) {
  const { citedSources, ctx, notes } = m;
  if (!citedSources.size) return;
  notes.uncitedSources = citedSources.size;
  const listed = [...citedSources].slice(0, 5).join(', ') + (citedSources.size > 5 ? ', …' : '');
  const container =
    ctx.format === 'graphology-json' ? 'the file' : `a ${ctx.format.toUpperCase()} file`;
  notes.unmapped.push(
    `Evidence cites ${citedSources.size} source${citedSources.size === 1 ? '' : 's'} (${listed}) that ${container} cannot describe; they are shown by id. Open a Parley bundle to keep titles and publishers.`,
  );
}

/** A CSV `Type` column of Directed/Undirected says direction, not kind (Gephi writes it). */
function directionOf(a: AttributeReader): {
  direction?: 'directed' | 'undirected';
  fromType: boolean;
} {
  const flag = a.value(['directed']);
  if (typeof flag === 'boolean')
    return { direction: flag ? 'directed' : 'undirected', fromType: false };
  a.release(['directed']);
  const v = a.value(['type']);
  if (!isDirectionValue(v)) {
    a.release(['type']);
    return { fromType: false };
  }
  const d = String(v).trim().toLowerCase() === 'directed' ? 'directed' : 'undirected';
  return { direction: d, fromType: true };
}

/**
 * Repeated edges (same pair, same type, same direction; either way round when
 * undirected) become one relation with a count and the summed weight (an edge
 * without a weight counts 1), as Gephi does on import: a bundle of 1,500
 * parallel curves freezes the drawing and says nothing a count cannot. Only
 * plain foreign edges merge: anything with evidence, a date or statement
 * fields is a fact of its own. With `keep` (Open…'s "Keep repeated edges
 * apart", convert --keep-repeated) nothing merges; the repeats are counted for
 * the load report.
 */
export function mergeRepeated(notes: Notes, relations: Relation[], keep = false): Relation[] {
  const first = new Map<string, Relation>();
  const out: Relation[] = [];
  let merged = 0;
  for (const r of relations) {
    const plain = !r.evidence.length && !r.date && !r.at && !r.by && !r.on_behalf_of;
    if (!plain) {
      out.push(r);
      continue;
    }
    const k = repeatKey(r);
    const kept = first.get(k);
    if (!kept || keep) {
      if (kept) merged++;
      else first.set(k, r);
      out.push(r);
      continue;
    }
    merged++;
    const keptCount = kept.count ?? 1;
    const keptWeight = kept.weight ?? keptCount;
    kept.count = keptCount + (r.count ?? 1);
    kept.weight = keptWeight + (r.weight ?? r.count ?? 1);
  }
  if (merged && keep) notes.keptApart(merged);
  else if (merged) {
    const groups = out.filter((r) => r.count).length;
    notes.merged(merged, groups);
  }
  return out;
}

/** Same pair (either way round when undirected), type and direction: one string, made once per relation. */
function repeatKey(r: Relation): string {
  const flip = r.undirected && r.target < r.source;
  const a = flip ? r.target : r.source;
  const b = flip ? r.source : r.target;
  const original = r.qualifiers?.original_type ?? '';
  return `${a}\u0000${b}\u0000${r.type}\u0000${original}\u0000${r.undirected ? 'u' : 'd'}`;
}

/** The columns that say kinds (the one asked for, else inferred), and the others that could. */
function typeColumns(graph: GraphInput, from: TypeFrom | undefined) {
  const nodes: Attributes[] = [];
  graph.forEachNode((_k, attrs) => nodes.push(attrs));
  const edges: Attributes[] = [];
  graph.forEachEdge((_k, attrs) => edges.push(attrs));
  const pick = (records: Attributes[], kind: 'node' | 'edge', asked: string | null | undefined) =>
    asked === null ? undefined : inferTypeColumn(records, kind, asked);
  return {
    node: pick(nodes, 'node', from?.node),
    edge: pick(edges, 'edge', from?.edge),
    nodeCandidates: typeColumnCandidates(nodes),
    edgeCandidates: typeColumnCandidates(edges),
  };
}

/** The file's own kinds of node and edge, by its type-like attribute, in the load report. */
function noteTypeColumns(notes: Notes, c: ReturnType<typeof typeColumns>) {
  if (c.node) notes.mappedExtra.push(`Entity types from the file's ${describeTypeColumn(c.node)}.`);
  if (c.edge)
    notes.mappedExtra.push(`Relation types from the file's ${describeTypeColumn(c.edge)}.`);
}
