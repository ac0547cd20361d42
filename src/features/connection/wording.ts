import { formatDate } from '../../data/dates';
import type { Hop, NoConnectionReason, Path, Restriction } from '../../graph/paths';
import type { ParleyGraph } from '../../graph/types';
import { vocabularyOf } from '../../graph/vocabulary';

/** How a relation reads along a hop: "co-chaired", or "← attended by" when it runs against the hop. */
export function hopPhrase(graph: ParleyGraph, relation: string, forward: boolean): string {
  const type = graph.getEdgeAttribute(relation, 'type');
  const spec = vocabularyOf(graph).relationType(type);
  return forward ? (spec?.label ?? type) : `← ${spec?.inverse ?? type}`;
}

const label = (graph: ParleyGraph, id: string) =>
  graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;

/** "Jessica Lewis → US Department of State → Antony Blinken" */
export function pathTitle(graph: ParleyGraph, path: Path): string {
  return path.nodes.map((n) => label(graph, n)).join(' → ');
}

/** What a path goes through, for its button: "via US Department of State". */
export function pathVia(graph: ParleyGraph, path: Path): string {
  const middle = path.nodes.slice(1, -1).map((n) => label(graph, n));
  return middle.length ? `via ${middle.join(', ')}` : 'directly';
}

export const steps = (n: number) => `${n} ${n === 1 ? 'step' : 'steps'}`;

/** The date a hop's relation is known by: its own, else the meeting it links. */
export function hopDate(graph: ParleyGraph, hop: Hop, relation: string): string | undefined {
  const own = graph.getEdgeAttribute(relation, 'date');
  if (own) return formatDate(own);
  for (const n of [hop.from, hop.to]) {
    const a = graph.getNodeAttributes(n);
    if (a.type === 'meeting' && a.date && a.date.precision !== 'unknown')
      return `${formatDate(a.date)} (date of ${a.label})`;
  }
  return undefined;
}

/** Who made a statement, for which side, where (`by`, `on_behalf_of`, `at`; all optional). */
export interface StatementFacts {
  speakers: string[];
  sides: string[];
  at?: string;
}

/** Speaker(s), side(s) and meeting of a relation (its typed statement fields), as labels. */
export function statementFacts(graph: ParleyGraph, relation: string): StatementFacts {
  const a = graph.getEdgeAttributes(relation);
  const names = (ids: readonly string[] | undefined) => (ids ?? []).map((id) => label(graph, id));
  return {
    speakers: names(a.by),
    sides: names(a.on_behalf_of),
    ...(a.at ? { at: label(graph, a.at) } : {}),
  };
}

/** "said by Bonnie Jenkins · for United States · at the 12th dialogue", or '' */
export function describeStatement(f: StatementFacts): string {
  const parts: string[] = [];
  if (f.speakers.length) parts.push(`said by ${f.speakers.join(' and ')}`);
  if (f.sides.length === 1) parts.push(`for ${f.sides[0]}`);
  else if (f.sides.length > 1) parts.push(`jointly, for ${f.sides.join(' and ')}`);
  if (f.at) parts.push(`at ${f.at}`);
  return parts.join(' · ');
}

export const RESTRICTION_LABELS: Record<Restriction, { cut: string; lift: string }> = {
  direction: { cut: 'following relation direction', lift: 'Ignore direction' },
  hubs: { cut: 'avoiding countries and mechanisms', lift: 'Allow countries and mechanisms' },
  filters: { cut: 'keeping to what the filters show', lift: 'Use every relation type' },
};

/** The "No connection" sentence: which option or filter cut it, or that nothing links them. */
export function noConnectionText(
  graph: ParleyGraph,
  from: string,
  to: string,
  why: NoConnectionReason,
): string[] {
  const a = label(graph, from);
  const b = label(graph, to);
  const lines: string[] = [];
  for (const id of why.hiddenEnds) lines.push(`${label(graph, id)} is hidden by the filters.`);
  if (why.disconnected) {
    lines.push(`${a} and ${b} are not linked in this dataset, whatever the options.`);
    return lines;
  }
  if (why.together) {
    const cuts = why.cutBy.map((c) => RESTRICTION_LABELS[c.restriction].cut).join(' and ');
    lines.push(
      `No connection while ${cuts}; lifting all of these together finds a ${steps(why.cutBy[0]!.length)} connection.`,
    );
  } else
    for (const c of why.cutBy)
      lines.push(
        `No connection while ${RESTRICTION_LABELS[c.restriction].cut}; without it, a ${steps(c.length)} connection exists.`,
      );
  return lines;
}
