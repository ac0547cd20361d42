import { dateRange } from '../data/dates';
import type { DateSpec } from '../model';
import { statementFacts } from './statementFacts';
import { statementsOf, type StatementRecord } from './statements';
import { commitmentTypes } from './statementTypes';
import { inWindow, type TimeWindow } from './timeWindow';
import type { ParleyGraph } from './types';
import { vocabularyOf } from './vocabulary';
import { verbStage, type VerbStage } from './verbScale';

import { threadKind, type ThreadKind } from './threadKind';

export { threadKind, type ThreadKind };

export interface ThreadEntry {
  relation: string;
  type: string;
  /** The relation's wording: "agreed", "committed to". */
  verb: string;
  /** Where the verb stands on the scale raised/discussed → … → implemented (verbScale.ts). */
  stage?: VerbStage;
  /** The entity the statement is about: the subject, or one of its parts. */
  about: string;
  meeting?: string;
  date?: DateSpec;
  sides: string[];
  speakers: string[];
  /** Made by the meeting itself ("the two sides …"). */
  joint: boolean;
  /** What was said about it (qualifiers.what), when recorded. */
  what?: string;
  quote?: string;
  source?: string;
}

export interface Thread {
  subject: string;
  kind: ThreadKind;
  /** The subject and the parts whose statements are included. */
  subjects: string[];
  /** In date order; unknown dates last. */
  entries: ThreadEntry[];
  /** Every meeting the thread passes through, in date order. */
  meetings: string[];
}

/** The entity and everything part_of it (transitively) of the given types. */
function withParts(graph: ParleyGraph, id: string, types: ReadonlySet<string>): string[] {
  const seen = new Set([id]);
  const queue = [id];
  while (queue.length) {
    const n = queue.shift()!;
    graph.forEachInEdge(n, (_e, a, s) => {
      if (a.type !== 'part_of' || seen.has(s)) return;
      if (!types.has(graph.getNodeAttribute(s, 'type'))) return;
      seen.add(s);
      queue.push(s);
    });
  }
  return [...seen];
}

function sortKey(d: DateSpec | undefined): number {
  return dateRange(d)?.[0] ?? Infinity;
}

/** A thread entry from a statement record (statements.ts) or, for other relations, their meeting. */
function entryOf(
  graph: ParleyGraph,
  edge: string,
  about: string,
  rec?: StatementRecord,
): ThreadEntry {
  const a = graph.getEdgeAttributes(edge);
  const f = rec
    ? { meeting: rec.meeting, date: rec.date, sides: rec.sides, speakers: rec.speakers }
    : statementFacts(graph, edge);
  const ev = a.evidence[0];
  const what = a.qualifiers?.what;
  const stage = verbStage(a.type, vocabularyOf(graph));
  return {
    relation: edge,
    type: a.type,
    verb: a.label,
    ...(stage ? { stage } : {}),
    about,
    ...(f.meeting ? { meeting: f.meeting } : {}),
    ...(f.date ? { date: f.date } : {}),
    sides: [...f.sides],
    speakers: [...f.speakers],
    joint: rec?.joint ?? false,
    ...(what ? { what } : {}),
    ...(ev ? { quote: ev.quote, source: ev.source } : {}),
  };
}

function ordered(graph: ParleyGraph, entries: ThreadEntry[]): ThreadEntry[] {
  return entries.sort(
    (x, y) =>
      sortKey(x.date) - sortKey(y.date) ||
      (x.meeting ?? '').localeCompare(y.meeting ?? '') ||
      x.relation.localeCompare(y.relation),
  );
}

function meetingsOf(graph: ParleyGraph, entries: ThreadEntry[], extra: string[] = []): string[] {
  const ids = new Set([...entries.flatMap((e) => (e.meeting ? [e.meeting] : [])), ...extra]);
  return [...ids].sort(
    (a, b) =>
      sortKey(graph.getNodeAttribute(a, 'date')) - sortKey(graph.getNodeAttribute(b, 'date')) ||
      a.localeCompare(b),
  );
}

const SUBJECT_TYPES = new Set(['topic', 'agreement']);

/** Statements and meeting relations about a topic or agreement and its parts. */
function subjectThread(graph: ParleyGraph, id: string, kind: ThreadKind): Thread {
  const subjects = withParts(graph, id, SUBJECT_TYPES);
  const entries: ThreadEntry[] = [];
  const seen = new Set<string>();
  for (const s of subjects) {
    for (const rec of statementsOf(graph, { target: s })) {
      seen.add(rec.relation.id);
      entries.push(entryOf(graph, rec.relation.id, s, rec));
    }
    // Other relations of the subject that belong to a meeting (signed at…), and
    // statements of foreign data that lack the statement fields.
    graph.forEachEdge(s, (e, a) => {
      if (seen.has(e) || a.type === 'part_of') return;
      const f = statementFacts(graph, e);
      if (!f.statement && !f.meeting) return;
      seen.add(e);
      entries.push(entryOf(graph, e, s));
    });
  }
  ordered(graph, entries);
  return { subject: id, kind, subjects, entries, meetings: meetingsOf(graph, entries) };
}

/** A mechanism: its rounds, and the statements about it or them. */
function mechanismThread(graph: ParleyGraph, id: string): Thread {
  const subjects = withParts(graph, id, new Set(['meeting']));
  const rounds = subjects.filter((s) => s !== id);
  const entries: ThreadEntry[] = [];
  for (const s of subjects)
    for (const rec of statementsOf(graph, { target: s }))
      entries.push(entryOf(graph, rec.relation.id, s, rec));
  ordered(graph, entries);
  return {
    subject: id,
    kind: 'mechanism',
    subjects,
    entries,
    meetings: meetingsOf(graph, entries, rounds),
  };
}

/** A side: what it committed to (agreed, reaffirmed, committed to, supports), round by round. */
function sideThread(graph: ParleyGraph, id: string): Thread {
  const types = commitmentTypes(vocabularyOf(graph));
  const entries = statementsOf(graph, { side: id, types }).map((rec) =>
    entryOf(graph, rec.relation.id, rec.relation.target, rec),
  );
  ordered(graph, entries);
  return {
    subject: id,
    kind: 'side',
    subjects: [id],
    entries,
    meetings: meetingsOf(graph, entries),
  };
}

/** The thread of a topic, agreement, mechanism or country; undefined for other entities. */
export function buildThread(graph: ParleyGraph, id: string): Thread | undefined {
  const kind = threadKind(graph, id);
  if (kind === 'side') return sideThread(graph, id);
  if (kind === 'mechanism') return mechanismThread(graph, id);
  return kind ? subjectThread(graph, id, kind) : undefined;
}

/** What the graph highlights for a thread: its relations and every entity they join. */
export function threadElements(
  graph: ParleyGraph,
  t: Thread,
): { nodes: Set<string>; edges: Set<string> } {
  const edges = new Set(t.entries.map((e) => e.relation));
  const nodes = new Set([...t.subjects, ...t.meetings]);
  for (const e of edges) {
    nodes.add(graph.source(e));
    nodes.add(graph.target(e));
  }
  return { nodes, edges };
}

/** Consecutive meetings of the thread, joined left to right in the timeline layout. */
export function threadLinks(t: Thread): [string, string][] {
  return t.meetings.slice(1).map((m, i) => [t.meetings[i]!, m]);
}

/**
 * The thread as the time bar leaves it: entries dated outside the window left
 * out (and counted), meetings outside it dropped; undated ones stay.
 */
export function threadInWindow(
  graph: ParleyGraph,
  t: Thread,
  w: TimeWindow,
): Thread & { left: number } {
  if (!w) return { ...t, left: 0 };
  const entries = t.entries.filter((e) => inWindow(e.date, w));
  const meetings = t.meetings.filter((m) => inWindow(graph.getNodeAttribute(m, 'date'), w));
  return { ...t, entries, meetings, left: t.entries.length - entries.length };
}
