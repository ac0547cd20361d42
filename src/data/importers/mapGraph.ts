import { slugify } from '../text';
import type { AbstractGraph, Attributes } from 'graphology-types';
import {
  AGREEMENT_KINDS,
  ENTITY_TYPES,
  ENTITY_TYPE_LABELS,
  ID_PATTERN,
  MEETING_KINDS,
  RELATION_TYPES,
  relationType,
  type Dataset,
  type DateSpec,
  type Entity,
  type EntityType,
  type Evidence,
  type Relation,
  type RelationTypeId,
} from '../../model';
import { dateProblem } from '../dates';
import type { ForeignFormat, MappingReport } from './types';

/**
 * Maps any graphology graph (read from graphology JSON, GEXF or GraphML) onto
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
  graph: AbstractGraph,
  ctx: { file: string; format: ForeignFormat },
): { dataset: Dataset; report: MappingReport } {
  const notes = new Notes();
  const ids = new IdAllocator();
  const nodeId = new Map<string, string>();
  const entities: Entity[] = [];
  const typeOf = new Map<string, EntityType>();

  graph.forEachNode((key, raw) => {
    const a = new AttributeReader(raw);
    const id = ids.take(key, 'entity');
    if (id !== key) notes.rewritten(key, id);
    nodeId.set(key, id);

    const typeValue = a.string(NODE_TYPE_KEYS);
    const type = entityTypeOf(typeValue);
    if (!type) notes.untyped(typeValue);
    const entityType: EntityType = type ?? FALLBACK_TYPE;
    typeOf.set(id, entityType);

    const label = a.string(LABEL_KEYS) ?? yedLabel(a) ?? key;
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
    const note = a.string(NOTE_KEYS);
    const entity: Record<string, unknown> = {
      id,
      type: entityType,
      label,
      aliases: listOf(a.value(ALIAS_KEYS)).filter((x) => x !== label),
      description: description ?? `Imported from ${ctx.file}.`,
    };
    const notes2: string[] = [];
    if (note) notes2.push(note);
    if (!type && typeValue) notes2.push(`Type in the imported file: ${typeValue}.`);
    if (notes2.length) entity.note = notes2.join(' ');

    const kind = a.string(KIND_KEYS);
    if (entityType === 'organization' || entityType === 'place') {
      if (kind) entity.kind = kind;
    } else if (entityType === 'meeting' || entityType === 'agreement') {
      const allowed: readonly string[] = entityType === 'meeting' ? MEETING_KINDS : AGREEMENT_KINDS;
      const k = kind?.toLowerCase().replace(/[\s-]+/g, '_');
      if (k && allowed.includes(k)) entity.kind = k;
      else {
        entity.kind = 'other';
        if (kind)
          notes.count(
            `${entityType} kinds not in Parley's list were set to "other"`,
            `${entityType} kind not in Parley's list was set to "other"`,
          );
      }
    }
    if (entityType === 'meeting') {
      const n = Number(a.value(['number']));
      if (Number.isInteger(n) && n > 0) entity.number = n;
    }
    if (entityType === 'meeting' || entityType === 'agreement') {
      const date = a.date();
      if (date.problem)
        notes.count(
          `dates could not be read and were dropped (${date.problem})`,
          `date could not be read and was dropped (${date.problem})`,
        );
      if (date.spec) entity.date = date.spec;
      else if (entityType === 'meeting') {
        entity.date = { precision: 'unknown', note: 'The imported file gives no date.' };
        notes.count(
          'meetings have no date and were given an unknown date',
          'meeting has no date and was given an unknown date',
        );
      }
    } else if (a.has(DATE_KEYS)) {
      notes.count(
        `${ENTITY_TYPE_LABELS[entityType].toLowerCase()} dates were dropped (Parley dates only meetings, agreements and relations)`,
        `${ENTITY_TYPE_LABELS[entityType].toLowerCase()} date was dropped (Parley dates only meetings, agreements and relations)`,
      );
    }
    notes.unused('node', a.unusedKeys());
    entities.push(entity as Entity);
  });

  const relations: Relation[] = [];
  const citedSources = new Set<string>();
  graph.forEachEdge((key, raw, source, target, _sa, _ta, undirected) => {
    const a = new AttributeReader(raw);
    const s = nodeId.get(source) ?? source;
    const t = nodeId.get(target) ?? target;
    if (undirected)
      notes.count(
        'undirected edges were read as directed, source → target as written',
        'undirected edge was read as directed, source → target as written',
      );
    // A label is the last resort for the type ("co-chaired" is the label of co_chaired).
    const typeValue = a.string(EDGE_TYPE_KEYS) ?? a.string(['label']);
    const wanted = relationTypeOf(typeValue);
    let type: RelationTypeId = wanted ?? 'related_to';
    const qualifiers = recordOf(a.value(['qualifiers']));
    if (wanted && !allows(wanted, typeOf.get(s), typeOf.get(t))) {
      type = 'related_to';
      notes.count(
        'edges join entity types their relation type does not allow and are shown as "related to"',
        'edge joins entity types its relation type does not allow and is shown as "related to"',
      );
    } else if (!wanted) {
      if (typeValue) notes.untypedEdge(typeValue);
      else
        notes.count(
          'edges have no relation type and are shown as "related to"',
          'edge has no relation type and is shown as "related to"',
        );
    }
    if (type !== wanted && typeValue) qualifiers.original_type = typeValue;
    a.value(['label']); // a relation's label comes from the vocabulary
    const id = ids.take(isGeneratedEdgeKey(key) ? `${s}.${type}.${t}` : key, 'relation');
    if (id !== key && !isGeneratedEdgeKey(key)) notes.rewritten(key, id);

    const evidence = evidenceOf(a.value(['evidence']), notes);
    for (const ev of evidence) citedSources.add(ev.source);
    if (!evidence.length)
      notes.count(
        'relations have no evidence (no quotes in the file)',
        'relation has no evidence (no quotes in the file)',
      );
    const relation: Record<string, unknown> = { id, type, source: s, target: t, evidence };
    const date = a.date();
    if (date.problem)
      notes.count(
        `dates could not be read and were dropped (${date.problem})`,
        `date could not be read and was dropped (${date.problem})`,
      );
    if (date.spec) relation.date = date.spec;
    if (Object.keys(qualifiers).length) relation.qualifiers = qualifiers;
    // Statement fields: Parley's own exports write them as columns (lists joined by " | ").
    const at = a.string(['at']);
    if (at) relation.at = at;
    for (const key of ['by', 'on_behalf_of'] as const) {
      const ids = listOf(a.value([key]));
      if (ids.length) relation[key] = ids;
    }
    const note = a.string(NOTE_KEYS);
    if (note) relation.note = note;
    a.consume(['evidence_count', 'evidence_sources']); // derived columns of Parley's own exports
    // Other type-like attributes saying the same thing (GEXF "kind" next to "type") are mapped too.
    a.consumeIfEqual(EDGE_TYPE_KEYS, typeValue);
    notes.unused('edge', a.unusedKeys());
    relations.push(relation as Relation);
  });

  if (citedSources.size) {
    notes.uncitedSources = citedSources.size;
    notes.unmapped.push(
      `Evidence cites ${citedSources.size} source${citedSources.size === 1 ? '' : 's'} (${[...citedSources].slice(0, 5).join(', ')}${citedSources.size > 5 ? ', …' : ''}) that ${ctx.format === 'graphology-json' ? 'the file' : `a ${ctx.format.toUpperCase()} file`} cannot describe; they are shown by id. Open a Parley bundle to keep titles and publishers.`,
    );
  }

  const graphAttrs = new AttributeReader(graph.getAttributes());
  const title =
    graphAttrs.string(['title', 'name', 'label', 'description']) ??
    titleFromId(graphAttrs.string(['id']));

  const dataset: Dataset = {
    ...(title ? { title } : {}),
    sources: [],
    entities,
    relations,
  };
  return {
    dataset,
    report: {
      format: ctx.format,
      file: ctx.file,
      input: { nodes: graph.order, edges: graph.size },
      output: { entities: entities.length, relations: relations.length },
      mapped: notes.mappedLines(),
      unmapped: notes.unmappedLines(),
      summary: notes.summary(),
    },
  };
}

/** Entities whose type cannot be recognized are shown as topics (the most generic type). */
export const FALLBACK_TYPE: EntityType = 'topic';

const LABEL_KEYS = ['label', 'name', 'title', 'shared_name'];
const NODE_TYPE_KEYS = [
  'type',
  'entity_type',
  'entitytype',
  'node_type',
  'category',
  'class',
  'group',
];
const EDGE_TYPE_KEYS = ['type', 'relation', 'relation_type', 'interaction', 'predicate', 'kind'];
const ALIAS_KEYS = ['aliases', 'alias', 'synonyms', 'alternate_names'];
const DESCRIPTION_KEYS = ['description', 'desc', 'summary'];
const NOTE_KEYS = ['note', 'notes', 'comment'];
const KIND_KEYS = ['kind', 'subtype'];
const DATE_KEYS = ['date', 'start', 'start_date', 'year'];
/** Layout and styling: Parley lays out and colours the graph itself. */
const VISUAL_KEYS = new Set(['x', 'y', 'z', 'size', 'color', 'shape', 'thickness', 'weight']);

const TYPE_SYNONYMS: Record<string, EntityType> = {
  people: 'person',
  human: 'person',
  individual: 'person',
  actor: 'person',
  org: 'organization',
  organisation: 'organization',
  institution: 'organization',
  agency: 'organization',
  ministry: 'organization',
  company: 'organization',
  party: 'organization',
  nation: 'country',
  state: 'country',
  location: 'place',
  city: 'place',
  region: 'place',
  event: 'meeting',
  dialogue: 'meeting',
  summit: 'meeting',
  treaty: 'agreement',
  accord: 'agreement',
  document: 'agreement',
  concept: 'topic',
  theme: 'topic',
  subject: 'topic',
  issue: 'topic',
};

export function entityTypeOf(value: string | undefined): EntityType | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  if ((ENTITY_TYPES as readonly string[]).includes(v)) return v as EntityType;
  const singular = v.endsWith('s') ? v.slice(0, -1) : v;
  if ((ENTITY_TYPES as readonly string[]).includes(singular)) return singular as EntityType;
  return TYPE_SYNONYMS[v] ?? TYPE_SYNONYMS[singular];
}

const RELATION_BY_NAME = new Map<string, RelationTypeId>();
for (const r of RELATION_TYPES) {
  RELATION_BY_NAME.set(r.id, r.id);
  RELATION_BY_NAME.set(normalizeName(r.label), r.id);
}

function normalizeName(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export function relationTypeOf(value: string | undefined): RelationTypeId | undefined {
  if (!value) return undefined;
  return RELATION_BY_NAME.get(normalizeName(value));
}

function allows(type: RelationTypeId, s?: EntityType, t?: EntityType): boolean {
  const spec = relationType(type);
  if (!spec || !s || !t) return false;
  return spec.source.includes(s) && spec.target.includes(t);
}

/** graphology's generated keys (`geid_…`) and GraphML/GEXF defaults carry no meaning. */
function isGeneratedEdgeKey(key: string): boolean {
  return /^geid_\d+_\d+$/.test(key);
}

function titleFromId(id: string | undefined): string | undefined {
  // GraphML graph ids are often placeholders ("G", "graph0").
  if (!id || /^(g|graph|parley)?\d*$/i.test(id)) return undefined;
  return id;
}

/** yEd keeps node labels inside its graphics element, read by the parser under a key without a name. */
function yedLabel(a: AttributeReader): string | undefined {
  const v = a.value(['null', 'undefined', 'nodegraphics']);
  if (typeof v !== 'string') return undefined;
  const text = v.replace(/\s+/g, ' ').trim();
  return text && text.length <= 200 ? text : undefined;
}

export const LIST_SEPARATOR = ' | ';

function listOf(v: unknown): string[] {
  let items: unknown[];
  if (Array.isArray(v)) items = v;
  else if (typeof v === 'string') {
    const s = v.trim();
    if (s.startsWith('[')) {
      try {
        const parsed: unknown = JSON.parse(s);
        items = Array.isArray(parsed) ? parsed : [s];
      } catch {
        items = [s];
      }
    } else items = s.split(/\s*\|\s*/);
  } else items = [];
  const out: string[] = [];
  for (const x of items) {
    const s = typeof x === 'string' || typeof x === 'number' ? String(x).trim() : '';
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

function recordOf(v: unknown): Record<string, string> {
  let obj: unknown = v;
  if (typeof v === 'string' && v.trim().startsWith('{')) {
    try {
      obj = JSON.parse(v);
    } catch {
      obj = undefined;
    }
  }
  const out: Record<string, string> = {};
  if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, x] of Object.entries(obj)) {
      if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
      if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean')
        out[k] = String(x);
    }
  }
  return out;
}

function evidenceOf(v: unknown, notes: Notes): Evidence[] {
  let list: unknown = v;
  if (typeof v === 'string') {
    try {
      list = JSON.parse(v);
    } catch {
      notes.count(
        'evidence values could not be read (not JSON) and were dropped',
        'evidence value could not be read (not JSON) and was dropped',
      );
      return [];
    }
  }
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    notes.count(
      'evidence values could not be read (not a list) and were dropped',
      'evidence value could not be read (not a list) and was dropped',
    );
    return [];
  }
  const out: Evidence[] = [];
  for (const item of list) {
    const source = (item as { source?: unknown } | null)?.source;
    const quote = (item as { quote?: unknown } | null)?.quote;
    const sentence = (item as { sentence?: unknown } | null)?.sentence;
    if (typeof source === 'string' && typeof quote === 'string' && source.trim() && quote.trim())
      out.push({
        source: source.trim(),
        quote: quote.trim(),
        // the whole sentence around the quote, as Parley's own exports carry it
        ...(typeof sentence === 'string' && sentence.trim() ? { sentence: sentence.trim() } : {}),
      });
    else
      notes.count(
        'pieces of evidence without a source and a quote were dropped',
        'piece of evidence without a source and a quote was dropped',
      );
  }
  return out;
}

const DATE_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function dateOf(
  v: unknown,
  precisionValue: unknown,
  noteValue: unknown,
): { spec?: DateSpec; problem?: string } {
  let value: string | undefined;
  let precision: unknown = precisionValue;
  let note: unknown = noteValue;
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    value = typeof o.value === 'string' ? o.value : undefined;
    precision = o.precision;
    note = o.note;
  } else if (typeof v === 'number' && Number.isInteger(v)) value = String(v);
  else if (typeof v === 'string' && v.trim()) {
    value = v.trim();
    // ISO date-times ("2023-03-30T00:00:00Z") keep their day.
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) value = value.slice(0, 10);
  }
  const noteText = typeof note === 'string' && note.trim() ? note.trim() : undefined;
  if (value === undefined) {
    if (precision === 'unknown' && noteText)
      return { spec: { precision: 'unknown', note: noteText } };
    return {};
  }
  if (!DATE_VALUE.test(value)) return { problem: `"${value}" is not YYYY, YYYY-MM or YYYY-MM-DD` };
  const inferred = (['year', 'month', 'day'] as const)[value.split('-').length - 1] ?? 'year';
  const spec: DateSpec = {
    precision:
      precision === 'year' || precision === 'month' || precision === 'day' ? precision : inferred,
    value,
    ...(noteText ? { note: noteText } : {}),
  };
  const why = dateProblem(spec);
  return why ? { problem: why } : { spec };
}

/** Reads attributes case-insensitively and remembers which were used. */
class AttributeReader {
  private readonly byLower = new Map<string, string>();
  private readonly used = new Set<string>();
  constructor(private readonly attrs: Attributes) {
    for (const k of Object.keys(attrs)) {
      const lower = k.toLowerCase();
      if (!this.byLower.has(lower)) this.byLower.set(lower, k);
    }
  }
  has(keys: readonly string[]): boolean {
    return keys.some((k) => {
      const real = this.byLower.get(k);
      return real !== undefined && this.attrs[real] !== undefined && this.attrs[real] !== '';
    });
  }
  value(keys: readonly string[]): unknown {
    for (const k of keys) {
      const real = this.byLower.get(k);
      if (real === undefined) continue;
      this.used.add(real);
      const v: unknown = this.attrs[real];
      if (v !== undefined && v !== null && v !== '') return v;
    }
    return undefined;
  }
  consume(keys: readonly string[]): void {
    for (const k of keys) {
      const real = this.byLower.get(k);
      if (real !== undefined) this.used.add(real);
    }
  }
  consumeIfEqual(keys: readonly string[], value: string | undefined): void {
    for (const k of keys) {
      const real = this.byLower.get(k);
      if (real !== undefined && String(this.attrs[real]).trim() === value) this.used.add(real);
    }
  }
  string(keys: readonly string[]): string | undefined {
    const v = this.value(keys);
    if (typeof v === 'string') return v.trim() || undefined;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return undefined;
  }
  date(): { spec?: DateSpec; problem?: string } {
    return dateOf(this.value(DATE_KEYS), this.value(['date_precision']), this.value(['date_note']));
  }
  unusedKeys(): string[] {
    return Object.keys(this.attrs).filter((k) => !this.used.has(k));
  }
}

/** Unique slug ids across entities and relations, as Parley's validator requires. */
class IdAllocator {
  private readonly taken = new Set<string>();
  take(raw: string, kind: 'entity' | 'relation'): string {
    let base = ID_PATTERN.test(raw) ? raw : slugify(raw);
    if (!base) base = kind === 'entity' ? 'entity' : 'relation';
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

export { slugify } from '../text';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Collects what happened during the mapping into short, countable lines. */
class Notes {
  readonly unmapped: string[] = [];
  uncitedSources = 0;
  private readonly counts = new Map<string, { n: number; one: string }>();
  private readonly unusedAttrs = {
    node: new Map<string, number>(),
    edge: new Map<string, number>(),
  };
  private readonly untypedValues = new Map<string, number>();
  private readonly untypedEdgeValues = new Map<string, number>();
  private readonly rewrites: [string, string][] = [];
  private rewriteCount = 0;

  count(many: string, one: string) {
    const c = this.counts.get(many);
    this.counts.set(many, { n: (c?.n ?? 0) + 1, one });
  }
  rewritten(from: string, to: string) {
    this.rewriteCount++;
    if (this.rewrites.length < 3) this.rewrites.push([from, to]);
  }
  untyped(value: string | undefined) {
    const v = value ?? '(none)';
    this.untypedValues.set(v, (this.untypedValues.get(v) ?? 0) + 1);
  }
  untypedEdge(value: string) {
    this.untypedEdgeValues.set(value, (this.untypedEdgeValues.get(value) ?? 0) + 1);
  }
  unused(kind: 'node' | 'edge', keys: string[]) {
    for (const k of keys) this.unusedAttrs[kind].set(k, (this.unusedAttrs[kind].get(k) ?? 0) + 1);
  }

  /** A few short phrases for the notice shown after opening (the lines above are the details). */
  summary(): string[] {
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    const out: string[] = [];
    const untyped = total(this.untypedValues);
    if (untyped)
      out.push(
        `${plural(untyped, 'node', 'nodes')} of unknown type shown as ${ENTITY_TYPE_LABELS[FALLBACK_TYPE]}`,
      );
    const untypedEdges = total(this.untypedEdgeValues);
    if (untypedEdges)
      out.push(`${plural(untypedEdges, 'edge', 'edges')} of unknown type shown as "related to"`);
    const attrs = [
      ...new Set([...this.unusedAttrs.node.keys(), ...this.unusedAttrs.edge.keys()]),
    ].filter((k) => !VISUAL_KEYS.has(k.toLowerCase()));
    if (attrs.length)
      out.push(
        `attributes not mapped: ${attrs.slice(0, 6).join(', ')}${attrs.length > 6 ? ', …' : ''}`,
      );
    const noEvidence = this.counts.get('relations have no evidence (no quotes in the file)')?.n;
    if (noEvidence) out.push(`${plural(noEvidence, 'relation', 'relations')} without evidence`);
    if (this.uncitedSources)
      out.push(`${plural(this.uncitedSources, 'cited source', 'cited sources')} not described`);
    return out;
  }

  mappedLines(): string[] {
    return [
      'Node attributes label/name → label, type/category/class → entity type, aliases, description, note, kind, date/date_precision/date_note → date.',
      'Edge attributes type/relation/interaction/kind → relation type, evidence, qualifiers, date, note.',
    ];
  }

  unmappedLines(): string[] {
    const out: string[] = [];
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    const list = (m: Map<string, number>) =>
      [...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([v, n]) => `“${v}” (${n})`)
        .join(', ') + (m.size > 8 ? ', …' : '');
    if (this.untypedValues.size) {
      out.push(
        `${plural(total(this.untypedValues), 'node has', 'nodes have')} no entity type Parley knows and ${total(this.untypedValues) === 1 ? 'is' : 'are'} shown as ${ENTITY_TYPE_LABELS[FALLBACK_TYPE]} (type in the file: ${list(this.untypedValues)}).`,
      );
    }
    if (this.untypedEdgeValues.size) {
      out.push(
        `${plural(total(this.untypedEdgeValues), 'edge has', 'edges have')} a relation type Parley does not know and ${total(this.untypedEdgeValues) === 1 ? 'is' : 'are'} shown as "related to", the original kept in qualifiers.original_type (${list(this.untypedEdgeValues)}).`,
      );
    }
    for (const [many, { n, one }] of this.counts) out.push(`${n} ${n === 1 ? one : many}.`);
    if (this.rewriteCount) {
      out.push(
        `${plural(this.rewriteCount, 'id was', 'ids were')} rewritten as slugs unique across entities and relations (${this.rewrites.map(([a, b]) => `“${a}” → “${b}”`).join(', ')}${this.rewriteCount > 3 ? ', …' : ''}).`,
      );
    }
    for (const kind of ['node', 'edge'] as const) {
      const m = this.unusedAttrs[kind];
      const visual = [...m.keys()].filter((k) => VISUAL_KEYS.has(k.toLowerCase()));
      const other = new Map([...m].filter(([k]) => !VISUAL_KEYS.has(k.toLowerCase())));
      if (other.size) out.push(`Not mapped: ${kind} attributes ${list(other)}.`);
      if (visual.length)
        out.push(
          `Ignored ${kind} layout and styling attributes (${visual.join(', ')}): Parley lays out and colours the graph itself.`,
        );
    }
    return [...out, ...this.unmapped];
  }
}
