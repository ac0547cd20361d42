import {
  DEFAULT_VOCABULARY,
  type Dataset,
  type DateSpec,
  type EntityType,
  type Relation,
  type RelationTypeId,
  type Vocabulary,
} from '../model';
import type { EdgeAttrs, ParleyGraph } from './types';

/**
 * Statements: what a side said, agreed, committed to… and at which meeting,
 * read from the typed fields `at`, `by` and `on_behalf_of` (see the statement
 * convention in graph-data/README.md). Works on a built graph or a plain
 * dataset; pure, no React.
 */

/** One statement with who made it, for whom, where and when. */
export interface StatementRecord {
  /** The relation, with its id and ends (the same shape for graph and dataset input). */
  relation: Relation;
  /** Person ids who made it (`by`); empty when the text names no speaker. */
  speakers: string[];
  /** Side ids it was made on behalf of; two or more for a joint statement. */
  sides: string[];
  /** The meeting id it was made at. */
  meeting: string;
  /** The relation's date, else the meeting's. */
  date?: DateSpec;
  /** True when it was made by both (all) sides together. */
  joint: boolean;
}

export interface StatementFilter {
  /** Only statements made on behalf of this side or a part of it (its government…); joint ones included. */
  side?: string;
  /** Only statements this person made (`by` includes them). */
  speaker?: string;
  /** Only statements made at this meeting. */
  meeting?: string;
  /** Only statements about this entity (the relation's target). */
  target?: string;
  /** Only these relation types (e.g. ['committed_to']). */
  types?: readonly RelationTypeId[];
  /** Joint statements too (default true); false keeps one side's own statements only. */
  joint?: boolean;
}

/** What the helpers need of an entity. */
interface EntityInfo {
  type: EntityType;
  label: string;
  date?: DateSpec;
}

type Source = ParleyGraph | Dataset;

function isDataset(input: Source): input is Dataset {
  return Array.isArray((input as Dataset).relations);
}

/** The vocabulary a graph or dataset was made with. */
function vocabularyOfSource(input: Source): Vocabulary {
  return (
    (isDataset(input) ? input.vocabulary : input.getAttribute('vocabulary')) ?? DEFAULT_VOCABULARY
  );
}

/** Every relation as a plain Relation (graph edges are turned back into one). */
function relationsOf(input: Source): Relation[] {
  if (isDataset(input)) return input.relations;
  const out: Relation[] = [];
  input.forEachEdge((id, attrs, source, target) =>
    out.push(edgeToRelation(id, attrs, source, target)),
  );
  return out;
}

function edgeToRelation(id: string, a: EdgeAttrs, source: string, target: string): Relation {
  const r: Relation = { id, type: a.type, source, target, evidence: a.evidence };
  if (a.date) r.date = a.date;
  if (a.at) r.at = a.at;
  if (a.by) r.by = a.by;
  if (a.on_behalf_of) r.on_behalf_of = a.on_behalf_of;
  if (a.qualifiers) r.qualifiers = a.qualifiers;
  if (a.note) r.note = a.note;
  return r;
}

/** An id → entity lookup over either input. */
export function entityLookup(input: Source): (id: string) => EntityInfo | undefined {
  if (!isDataset(input))
    return (id) => (input.hasNode(id) ? input.getNodeAttributes(id) : undefined);
  const byId = new Map<string, EntityInfo>(
    input.entities.map((e) => [
      e.id,
      { type: e.type, label: e.label, ...('date' in e && e.date ? { date: e.date } : {}) },
    ]),
  );
  return (id) => byId.get(id);
}

/** The relation as a statement record, or undefined when it is not a (complete) statement. */
function toRecord(
  r: Relation,
  entity: (id: string) => EntityInfo | undefined,
  vocabulary: Vocabulary,
) {
  if (!vocabulary.isStatementType(r.type) || !r.at || !r.on_behalf_of) return undefined;
  const date = r.date ?? entity(r.at)?.date;
  const record: StatementRecord = {
    relation: r,
    speakers: r.by ?? [],
    sides: r.on_behalf_of,
    meeting: r.at,
    joint: r.on_behalf_of.length > 1,
  };
  if (date) record.date = date;
  return record;
}

/**
 * Statements matching the filter, in date order (meetings with an unknown date
 * last), then in data order. "Every commitment of the United States" is
 * `statementsOf(g, { side: 'united-states', types: ['committed_to'] })`;
 * "everything Bonnie Jenkins said" is `statementsOf(g, { speaker: 'bonnie-jenkins' })`.
 */
export function statementsOf(input: Source, filter: StatementFilter = {}): StatementRecord[] {
  const entity = entityLookup(input);
  const relations = relationsOf(input);
  const side = filter.side === undefined ? undefined : sideAndParts(relations, entity, filter.side);
  const vocabulary = vocabularyOfSource(input);
  const out: StatementRecord[] = [];
  for (const r of relations) {
    const s = toRecord(r, entity, vocabulary);
    if (s && matches(s, filter, side)) out.push(s);
  }
  return sortByDate(out);
}

/**
 * A side and the organizations that are `part_of` it (its government,
 * ministries): "on behalf of the U.S. Government" is on behalf of the US.
 */
function sideAndParts(
  relations: readonly Relation[],
  entity: (id: string) => EntityInfo | undefined,
  side: string,
): ReadonlySet<string> {
  const out = new Set([side]);
  for (const r of relations)
    if (r.type === 'part_of' && r.target === side && entity(r.source)?.type === 'organization')
      out.add(r.source);
  return out;
}

function matches(s: StatementRecord, f: StatementFilter, side?: ReadonlySet<string>): boolean {
  if (side && !s.sides.some((x) => side.has(x))) return false;
  if (f.speaker !== undefined && !s.speakers.includes(f.speaker)) return false;
  if (f.meeting !== undefined && s.meeting !== f.meeting) return false;
  if (f.target !== undefined && s.relation.target !== f.target) return false;
  if (f.types && !f.types.includes(s.relation.type)) return false;
  if (f.joint === false && s.joint) return false;
  return true;
}

/** A sortable key: YYYY-MM-DD padded, unknown dates after every known one. */
export function dateKey(d: DateSpec | undefined): string {
  const v = d?.value;
  if (!v) return '~';
  return v.length === 4 ? `${v}-00-00` : v.length === 7 ? `${v}-00` : v;
}

function sortByDate(list: StatementRecord[]): StatementRecord[] {
  return list
    .map((s, i) => ({ s, i, k: dateKey(s.date) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i))
    .map((x) => x.s);
}

export interface MeetingStatements {
  meeting: string;
  date?: DateSpec;
  statements: StatementRecord[];
}

/** Statements grouped by meeting, meetings in date order (input order kept within one). */
export function groupByMeeting(statements: readonly StatementRecord[]): MeetingStatements[] {
  const groups = new Map<string, MeetingStatements>();
  for (const s of statements) {
    let g = groups.get(s.meeting);
    if (!g) {
      g = { meeting: s.meeting, statements: [] };
      if (s.date) g.date = s.date;
      groups.set(s.meeting, g);
    }
    g.statements.push(s);
  }
  return [...groups.values()]
    .map((g, i) => ({ g, i, k: dateKey(g.date) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i))
    .map((x) => x.g);
}

/**
 * A person's title at a meeting, as the sources give it there: the title on
 * their participation in it (co_chaired, attended…), else a holds_role
 * attested on the meeting's day. Undefined when the texts give none.
 */
export function titleAt(input: Source, person: string, meeting: string): string | undefined {
  return titleIndex(input)(person, meeting);
}

/**
 * Every person's title at every meeting, computed once (for lists that show
 * many speakers): `titles(person, meeting)` is what `titleAt` would return.
 */
export function titleIndex(input: Source): (person: string, meeting: string) => string | undefined {
  const entity = entityLookup(input);
  const vocabulary = vocabularyOfSource(input);
  const onMeeting = new Map<string, string>();
  const onDay = new Map<string, string>();
  for (const r of relationsOf(input)) {
    const title = r.qualifiers?.title;
    if (!title) continue;
    if (!vocabulary.isStatementType(r.type) && entity(r.target)?.type === 'meeting') {
      const key = `${r.source}\u0000${r.target}`;
      if (!onMeeting.has(key)) onMeeting.set(key, title);
    } else if (r.type === 'holds_role' && r.date?.value) {
      const key = `${r.source}\u0000${r.date.value}`;
      if (!onDay.has(key)) onDay.set(key, title);
    }
  }
  return (person, meeting) => {
    const direct = onMeeting.get(`${person}\u0000${meeting}`);
    if (direct !== undefined) return direct;
    const day = entity(meeting)?.date?.value;
    return day ? onDay.get(`${person}\u0000${day}`) : undefined;
  };
}

export interface StatementCount {
  id: string;
  statements: number;
  /** Of which joint (made with the other side). */
  joint: number;
}

/** Statements per side and per speaker, most first (for `npm run stats`). */
export function statementCounts(input: Source): {
  bySide: StatementCount[];
  bySpeaker: StatementCount[];
} {
  const side = new Map<string, StatementCount>();
  const speaker = new Map<string, StatementCount>();
  const bump = (m: Map<string, StatementCount>, id: string, joint: boolean) => {
    let c = m.get(id);
    if (!c) m.set(id, (c = { id, statements: 0, joint: 0 }));
    c.statements++;
    if (joint) c.joint++;
  };
  for (const s of statementsOf(input)) {
    for (const id of s.sides) bump(side, id, s.joint);
    for (const id of s.speakers) bump(speaker, id, s.joint);
  }
  const order = (m: Map<string, StatementCount>) =>
    [...m.values()].sort((a, b) => b.statements - a.statements || a.id.localeCompare(b.id));
  return { bySide: order(side), bySpeaker: order(speaker) };
}
