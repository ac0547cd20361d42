import type { DateSpec } from '../model';
import { isStatementRelation } from './statementTypes';
import type { EdgeAttrs, ParleyGraph } from './types';
import { vocabularyOf } from './vocabulary';

/**
 * Where any relation belongs in time and who made it, read from the typed
 * fields `at`, `by` and `on_behalf_of` — for participation relations too,
 * which statements.ts (statements only) leaves out.
 */
export interface StatementFacts {
  /** The meeting the statement was made at, or the meeting endpoint of a participation relation. */
  meeting?: string;
  speakers: string[];
  sides: string[];
  /** The relation's own date, else its meeting's. */
  date?: DateSpec;
  statement: boolean;
}

function ids(graph: ParleyGraph, v: readonly string[] | undefined): string[] {
  return (v ?? []).filter((x) => graph.hasNode(x));
}

/** The meeting a relation belongs to: `at`, else a meeting at either end. */
export function meetingOf(graph: ParleyGraph, edge: string): string | undefined {
  const at = graph.getEdgeAttribute(edge, 'at');
  if (at && graph.hasNode(at) && graph.getNodeAttribute(at, 'type') === 'meeting') return at;
  const s = graph.source(edge);
  const t = graph.target(edge);
  if (graph.getNodeAttribute(s, 'type') === 'meeting') return s;
  if (graph.getNodeAttribute(t, 'type') === 'meeting') return t;
  return undefined;
}

/** The date a relation is placed at in time: its own, else its meeting's. */
export function relationDate(graph: ParleyGraph, edge: string): DateSpec | undefined {
  const own = graph.getEdgeAttribute(edge, 'date');
  if (own && own.precision !== 'unknown') return own;
  const m = meetingOf(graph, edge);
  const md = m ? graph.getNodeAttribute(m, 'date') : undefined;
  return md && md.precision !== 'unknown' ? md : own;
}

export function statementFacts(graph: ParleyGraph, edge: string): StatementFacts {
  const a: EdgeAttrs = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const sourceType = graph.getNodeAttribute(source, 'type');
  const speakers = ids(graph, a.by).filter((x) => graph.getNodeAttribute(x, 'type') === 'person');
  if (sourceType === 'person' && !speakers.includes(source)) speakers.unshift(source);
  let sides = ids(graph, a.on_behalf_of);
  if (!sides.length && (sourceType === 'country' || sourceType === 'organization'))
    sides = [source];
  const meeting = meetingOf(graph, edge);
  const date = relationDate(graph, edge);
  return {
    ...(meeting ? { meeting } : {}),
    speakers,
    sides,
    ...(date ? { date } : {}),
    statement: isStatementRelation(a.type, vocabularyOf(graph)),
  };
}
