import type { EntityType } from '../model';
import { meetingOf, statementFacts } from './statementFacts';
import { relationInWindow, type TimeWindow } from './timeWindow';
import type { ParleyGraph } from './types';

/** What the comparison sets side by side. */
export const COMPARED_TYPES = [
  'topic',
  'agreement',
  'person',
] as const satisfies readonly EntityType[];
export type ComparedType = (typeof COMPARED_TYPES)[number];

export interface SetSplit {
  both: string[];
  onlyFirst: string[];
  onlySecond: string[];
}

/** Relations of the same kind between the same entities at both meetings. */
export interface RelationPair {
  /**
   * "same": the same kind of relation between the same entities (type|actor|target,
   * the meeting itself written "@"); "subject": statements on the same subject
   * with different verbs ("praised" then "welcomed").
   */
  match: 'same' | 'subject';
  key: string;
  type: string;
  verb: string;
  /** The entity on the far side, the one both relations are about. */
  about: string;
  /** Who made it, read the same way at both meetings. */
  actor: string;
  first: string[];
  second: string[];
}

export interface Comparison {
  first: string;
  second: string;
  entities: Record<ComparedType, SetSplit>;
  pairs: RelationPair[];
  /** Relations of each meeting left out as outside the time window. */
  leftOut: { first: number; second: number };
}

/** The relations of a meeting: those joining it and the statements made at it. */
export function meetingRelations(graph: ParleyGraph, meeting: string): string[] {
  const out = new Set<string>(graph.edges(meeting));
  graph.forEachEdge((e) => {
    if (meetingOf(graph, e) === meeting) out.add(e);
  });
  return [...out].sort();
}

/** A meeting's relations in the time window (dated by themselves, else by the meeting), and how many are not. */
export function meetingRelationsIn(
  graph: ParleyGraph,
  meeting: string,
  w: TimeWindow,
): { kept: string[]; left: number } {
  const all = meetingRelations(graph, meeting);
  const kept = all.filter((e) => relationInWindow(graph, e, w));
  return { kept, left: all.length - kept.length };
}

/** Topics, agreements and people a meeting involves: its neighbours and those of its statements. */
export function meetingEntities(
  graph: ParleyGraph,
  meeting: string,
  relations: readonly string[] = meetingRelations(graph, meeting),
): Set<string> {
  const found = new Set<string>();
  for (const e of relations) {
    for (const n of [graph.source(e), graph.target(e), ...statementFacts(graph, e).speakers])
      if (n !== meeting) found.add(n);
  }
  return found;
}

function split(a: Set<string>, b: Set<string>, keep: (id: string) => boolean): SetSplit {
  const sorted = (xs: Iterable<string>) => [...xs].filter(keep).sort();
  return {
    both: sorted([...a].filter((x) => b.has(x))),
    onlyFirst: sorted([...a].filter((x) => !b.has(x))),
    onlySecond: sorted([...b].filter((x) => !a.has(x))),
  };
}

/**
 * A relation read independently of its meeting: type, the two ends with the
 * meeting replaced by "@" (a joint statement's source is the meeting), and
 * the sides it was made for. Speakers differ between rounds; sides do not.
 */
function pairKey(graph: ParleyGraph, e: string, meeting: string) {
  const s = graph.source(e);
  const t = graph.target(e);
  const f = statementFacts(graph, e);
  const end = (n: string) => (n === meeting ? '@' : n);
  const personSource = graph.getNodeAttribute(s, 'type') === 'person' && f.sides.length > 0;
  const actor = personSource ? f.sides.join('+') : end(s);
  const type = graph.getEdgeAttribute(e, 'type');
  return { key: `${type}|${actor}|${end(t)}`, type, actor, about: t === meeting ? s : t };
}

/**
 * Two meetings side by side: who and what in both, only the first, only the
 * second. With a time window, only the relations in it count (a meeting
 * outside it then has nothing to show), and what was left out is counted.
 */
export function compareMeetings(
  graph: ParleyGraph,
  first: string,
  second: string,
  w?: TimeWindow,
): Comparison {
  const ra = meetingRelationsIn(graph, first, w);
  const rb = meetingRelationsIn(graph, second, w);
  const a = meetingEntities(graph, first, ra.kept);
  const b = meetingEntities(graph, second, rb.kept);
  const entities = Object.fromEntries(
    COMPARED_TYPES.map((t) => [
      t,
      split(
        a,
        b,
        (id) => graph.getNodeAttribute(id, 'type') === t && id !== first && id !== second,
      ),
    ]),
  ) as Record<ComparedType, SetSplit>;

  const byKey = new Map<string, RelationPair>();
  const collect = (meeting: string, slot: 'first' | 'second', relations: string[]) => {
    for (const e of relations) {
      const k = pairKey(graph, e, meeting);
      let p = byKey.get(k.key);
      if (!p) {
        const verb = graph.getEdgeAttribute(e, 'label');
        byKey.set(k.key, (p = { match: 'same', ...k, verb, first: [], second: [] }));
      }
      p[slot].push(e);
    }
  };
  collect(first, 'first', ra.kept);
  collect(second, 'second', rb.kept);
  const all = [...byKey.values()].filter((p) => p.about !== first && p.about !== second);
  const same = all
    .filter((p) => p.first.length && p.second.length)
    .sort((x, y) => x.type.localeCompare(y.type) || x.key.localeCompare(y.key));
  return {
    first,
    second,
    entities,
    pairs: [...same, ...subjectPairs(graph, all)],
    leftOut: { first: ra.left, second: rb.left },
  };
}

/** Statements about one subject at both meetings, but not with the same verb. */
function subjectPairs(graph: ParleyGraph, all: RelationPair[]): RelationPair[] {
  const bySubject = new Map<string, RelationPair>();
  for (const p of all) {
    if (p.first.length && p.second.length) continue;
    if (!p.first.concat(p.second).every((e) => statementFacts(graph, e).statement)) continue;
    let q = bySubject.get(p.about);
    if (!q) {
      const key = `*|${p.about}`;
      const base = { match: 'subject' as const, key, type: '*', verb: 'said about', actor: '*' };
      bySubject.set(p.about, (q = { ...base, about: p.about, first: [], second: [] }));
    }
    q.first.push(...p.first);
    q.second.push(...p.second);
  }
  return [...bySubject.values()]
    .filter((q) => q.first.length && q.second.length)
    .sort((x, y) => x.about.localeCompare(y.about));
}
