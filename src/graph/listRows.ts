import { formatDate } from '../data/dates';
import { foldText } from '../data/text';
import type { DateSpec, FileAttributes } from '../model';
import { shownTypeOf, vocabularyOf } from './vocabulary';
import type { Visible } from './filter';
import { relationDate, statementFacts } from './statementFacts';
import type { ParleyGraph } from './types';

/**
 * The List view's rows: what the graph shows, one row per visible entity or
 * relation, as plain values (display text plus sort keys). Pure: the rows
 * come from the same `Visible` set the canvas draws, never a second filter.
 */
export interface EntityRow {
  id: string;
  name: string;
  /** The type as shown (an added type's own id), for its icon. */
  entityType: string;
  type: string;
  /** "25 March 2024", or '' when the entity has no known date. */
  date: string;
  /** "2024-03-25", "2024-03", "2024" or '' — sorts in time order as text. */
  dateKey: string;
  /** Relations of this entity that the filters leave shown. */
  relations: number;
  /** An imported file's own attributes (List columns). */
  attributes?: FileAttributes;
  /** Folded name, type, aliases and file attributes, for the text filter. */
  text: string;
}

export interface RelationRow {
  id: string;
  sourceId: string;
  source: string;
  /** The relation read from source to target: "co-chaired". */
  relation: string;
  targetId: string;
  target: string;
  date: string;
  dateKey: string;
  /** Who made the statement (statements only), "" otherwise. */
  speaker: string;
  /** For which side (statements only). */
  side: string;
  /** The first evidence quote. */
  quote: string;
  /** How many quotes the relation has. */
  quotes: number;
  /** The first quote's source title. */
  sourceTitle: string;
  /** The first quote's source id ("" without evidence), for "Show in article". */
  quoteSource: string;
  attributes?: FileAttributes;
  text: string;
}

const known = (d: DateSpec | undefined): d is DateSpec =>
  !!d && d.precision !== 'unknown' && !!d.value;

export function entityRows(graph: ParleyGraph, visible: Visible): EntityRow[] {
  const rows: EntityRow[] = [];
  const vocabulary = vocabularyOf(graph);
  for (const id of visible.nodes) {
    const a = graph.getNodeAttributes(id);
    let relations = 0;
    graph.forEachEdge(id, (e) => {
      if (visible.edges.has(e)) relations++;
    });
    const type = vocabulary.entityLabel(shownTypeOf(a));
    rows.push({
      id,
      name: a.label,
      entityType: a.addedType ?? a.type,
      type,
      date: known(a.date) ? formatDate(a.date) : '',
      dateKey: known(a.date) ? a.date.value! : '',
      relations,
      ...(a.attributes ? { attributes: a.attributes } : {}),
      text: foldText([a.label, type, ...a.aliases, ...Object.values(a.attributes ?? {})].join(' ')),
    });
  }
  return rows;
}

const labelOf = (graph: ParleyGraph, id: string) =>
  graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;

export function relationRows(
  graph: ParleyGraph,
  visible: Visible,
  sourceTitle: (sourceId: string) => string,
): RelationRow[] {
  const rows: RelationRow[] = [];
  const vocabulary = vocabularyOf(graph);
  for (const id of visible.edges) {
    const a = graph.getEdgeAttributes(id);
    const s = graph.source(id);
    const t = graph.target(id);
    const facts = statementFacts(graph, id);
    const date = relationDate(graph, id);
    const first = a.evidence[0];
    const row: RelationRow = {
      id,
      sourceId: s,
      source: labelOf(graph, s),
      relation: vocabulary.relationType(a.type)?.label ?? a.type,
      targetId: t,
      target: labelOf(graph, t),
      date: known(date) ? formatDate(date) : '',
      dateKey: known(date) ? date.value! : '',
      // Only statements have a speaker; a person's other relations are not "said".
      speaker: facts.statement ? facts.speakers.map((x) => labelOf(graph, x)).join(', ') : '',
      side: facts.statement ? facts.sides.map((x) => labelOf(graph, x)).join(', ') : '',
      quote: first?.quote ?? '',
      quotes: a.evidence.length,
      sourceTitle: first ? sourceTitle(first.source) : '',
      quoteSource: first?.source ?? '',
      ...(a.attributes ? { attributes: a.attributes } : {}),
      text: '',
    };
    row.text = foldText(
      [row.source, row.relation, row.target, row.speaker, row.side, row.quote].join(' '),
    );
    rows.push(row);
  }
  return rows;
}

/** Rows whose text holds every word of the query (case and diacritics folded). */
export function matchRows<R extends { text: string }>(rows: readonly R[], query: string): R[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (!words.length) return rows as R[];
  return rows.filter((r) => words.every((w) => r.text.includes(w)));
}

/** A column of a List table as copied and exported: its header and its plain value. */
export interface ListColumn<R> {
  id: string;
  header: string;
  value: (r: R) => string | number;
}

export const ENTITY_COLUMNS: readonly ListColumn<EntityRow>[] = [
  { id: 'name', header: 'Name', value: (r) => r.name },
  { id: 'type', header: 'Type', value: (r) => r.type },
  { id: 'date', header: 'Date', value: (r) => r.dateKey },
  { id: 'relations', header: 'Relations', value: (r) => r.relations },
  { id: 'id', header: 'Id', value: (r) => r.id },
];

export const RELATION_COLUMNS: readonly ListColumn<RelationRow>[] = [
  { id: 'source', header: 'From', value: (r) => r.source },
  { id: 'relation', header: 'Relation', value: (r) => r.relation },
  { id: 'target', header: 'To', value: (r) => r.target },
  { id: 'date', header: 'Date', value: (r) => r.dateKey },
  { id: 'speaker', header: 'Speaker', value: (r) => r.speaker },
  { id: 'side', header: 'Side', value: (r) => r.side },
  { id: 'quote', header: 'Quote', value: (r) => r.quote },
  { id: 'quotes', header: 'Quotes', value: (r) => r.quotes },
  { id: 'sourceTitle', header: 'Source', value: (r) => r.sourceTitle },
  { id: 'id', header: 'Id', value: (r) => r.id },
];

/**
 * The file attributes worth a List column: those most nodes (or edges)
 * carry, most common first, at most `max` (Details shows every one).
 */
export function attributeKeys(graph: ParleyGraph, of: 'node' | 'edge', max = 8): string[] {
  const counts = new Map<string, number>();
  const add = (attrs: FileAttributes | undefined) => {
    for (const k of Object.keys(attrs ?? {})) counts.set(k, (counts.get(k) ?? 0) + 1);
  };
  if (of === 'node') graph.forEachNode((_id, a) => add(a.attributes));
  else graph.forEachEdge((_id, a) => add(a.attributes));
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([k]) => k);
}

/** A file attribute as a List column (copy and export): its name and value as written. */
export function attributeColumn<R extends { attributes?: FileAttributes }>(
  key: string,
): ListColumn<R> {
  return {
    id: `attr:${key}`,
    header: key,
    value: (r) => {
      const v = r.attributes?.[key];
      return typeof v === 'boolean' ? String(v) : (v ?? '');
    },
  };
}

/** Columns about quotes say nothing of a graph without any (an imported file). */
export const QUOTE_COLUMNS: ReadonlySet<string> = new Set(['quote', 'quotes', 'sourceTitle']);
