import { useMemo, type ReactNode } from 'react';
import { formatDate } from '../../data/dates';
import {
  groupByMeeting,
  statementsOf,
  titleIndex,
  type StatementFilter,
  type StatementRecord,
} from '../../graph/statements';
import { leftOutNote, statementsInWindow, type TimeWindow } from '../../graph/timeWindow';
import type { ParleyGraph } from '../../graph/types';
import type { EntityType, Source } from '../../model';
import { useVocabulary } from '../legend/vocabularyContext';
import { EntityLink } from './EntityLink';
import { EvidenceList } from './Evidence';
import './statements.css';

interface Props {
  graph: ParleyGraph;
  sources: ReadonlyMap<string, Source>;
  id: string;
  /** Statements dated outside it are left out, and counted. */
  timeWindow?: TimeWindow;
  onNavigate: (id: string) => void;
  onSelectRelation: (id: string) => void;
}

type View = 'side' | 'speaker' | 'meeting' | 'subject';

/** What the section shows for each entity type: a side's stances, a person's words… */
const VIEWS: Record<EntityType, { view: View; heading: string }> = {
  country: { view: 'side', heading: 'Stances' },
  organization: { view: 'side', heading: 'Stances' },
  person: { view: 'speaker', heading: 'Statements' },
  meeting: { view: 'meeting', heading: 'Who said what' },
  topic: { view: 'subject', heading: 'Said about it' },
  agreement: { view: 'subject', heading: 'Said about it' },
  place: { view: 'subject', heading: 'Said about it' },
};

function filterFor(view: View, id: string): StatementFilter {
  switch (view) {
    case 'side':
      return { side: id };
    case 'speaker':
      return { speaker: id };
    case 'meeting':
      return { meeting: id };
    case 'subject':
      return { target: id };
  }
}

/**
 * The statements of the selected entity (src/graph/statements.ts): a side's
 * stances or a person's statements grouped by meeting in date order, each with
 * its speaker and their title at the time; a meeting's statements grouped by
 * who made them; for a subject, what each side said about it.
 */
export function StatementsSection({
  graph,
  sources,
  id,
  timeWindow: w,
  onNavigate,
  onSelectRelation,
}: Props) {
  const type = graph.getNodeAttribute(id, 'type');
  const { view, heading } = VIEWS[type];
  const all = useMemo(() => statementsOf(graph, filterFor(view, id)), [graph, view, id]);
  const { kept: records, left } = useMemo(() => statementsInWindow(all, w), [all, w]);
  const titles = useMemo(() => titleIndex(graph), [graph]);
  if (!all.length) return null;

  const link = (entity: string) =>
    graph.hasNode(entity) ? (
      <EntityLink
        id={entity}
        label={graph.getNodeAttribute(entity, 'label')}
        type={graph.getNodeAttribute(entity, 'type')}
        onNavigate={onNavigate}
      />
    ) : (
      entity
    );
  const line = (s: StatementRecord) => (
    <StatementLine
      key={s.relation.id}
      s={s}
      view={view}
      self={id}
      link={link}
      name={(e) => (graph.hasNode(e) ? graph.getNodeAttribute(e, 'label') : e)}
      titles={titles}
      sources={sources}
      onSelectRelation={onSelectRelation}
    />
  );
  const groups =
    view === 'meeting'
      ? bySpeaker(records).map((g) => ({
          key: g.key,
          title: speakerHeading(g, link, titles, id),
          items: g.items,
        }))
      : groupByMeeting(records).map((g) => ({
          key: g.meeting,
          title: (
            <>
              {link(g.meeting)}
              {g.date && g.date.precision !== 'unknown' && (
                <span className="relation-date"> {formatDate(g.date)}</span>
              )}
              {view === 'speaker' && <As title={titles(id, g.meeting)} />}
            </>
          ),
          items: g.statements,
        }));

  return (
    <section className="statements" aria-label={`${heading} (${records.length})`}>
      <h3>
        {heading}{' '}
        <span className="count">
          ({left ? `${records.length} of ${all.length}` : records.length})
        </span>
      </h3>
      {left > 0 && <p className="note time-left-out">{leftOutNote(left, w, 'statement')}</p>}
      {groups.map((g) => (
        <section
          key={g.key}
          className="statement-group"
          aria-label={groupLabel(graph, g.key, view)}
        >
          <h4>{g.title}</h4>
          <ul>{g.items.map(line)}</ul>
        </section>
      ))}
    </section>
  );
}

interface SpeakerGroup {
  key: string;
  joint: boolean;
  speakers: string[];
  sides: string[];
  items: StatementRecord[];
}

/** A meeting's statements: joint ones first, then by speaker (or side when none is named). */
function bySpeaker(records: readonly StatementRecord[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const s of records) {
    const key = s.joint ? 'joint' : s.speakers.length ? s.speakers.join('+') : `side:${s.sides[0]}`;
    let g = groups.get(key);
    if (!g)
      groups.set(
        key,
        (g = {
          key,
          joint: s.joint,
          speakers: s.joint ? [] : s.speakers,
          sides: s.sides,
          items: [],
        }),
      );
    g.items.push(s);
  }
  return [...groups.values()].sort((a, b) => Number(b.joint) - Number(a.joint));
}

function speakerHeading(
  g: SpeakerGroup,
  link: (id: string) => ReactNode,
  titles: (person: string, meeting: string) => string | undefined,
  meeting: string,
): ReactNode {
  if (g.joint) return <>Both sides, jointly</>;
  const side = g.sides[0];
  if (!g.speakers.length)
    return (
      <>
        {side ? link(side) : null} <span className="statement-muted">(no speaker named)</span>
      </>
    );
  return (
    <>
      {g.speakers.map((p, i) => (
        <span key={p}>
          {i > 0 && ', '}
          {link(p)}
          <Title title={titles(p, meeting)} />
        </span>
      ))}
      {side && <span className="statement-muted"> for </span>}
      {side ? link(side) : null}
    </>
  );
}

function groupLabel(graph: ParleyGraph, key: string, view: View): string {
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  if (view !== 'meeting') return label(key);
  if (key === 'joint') return 'Both sides, jointly';
  if (key.startsWith('side:')) return `${label(key.slice(5))} (no speaker named)`;
  return key.split('+').map(label).join(', ');
}

/** A speaker's own title at a meeting, on their Statements' meeting headings. */
function As({ title }: { title: string | undefined }) {
  return title ? <span className="statement-title"> — as {title}</span> : null;
}

function Title({ title }: { title: string | undefined }) {
  return title ? <span className="statement-title"> ({title})</span> : null;
}

interface LineProps {
  s: StatementRecord;
  view: View;
  self: string;
  link: (id: string) => ReactNode;
  name: (id: string) => string;
  titles: (person: string, meeting: string) => string | undefined;
  sources: ReadonlyMap<string, Source>;
  onSelectRelation: (id: string) => void;
}

/** "committed to Dioxin remediation — Bonnie Jenkins (Under Secretary of State)", with its quotes. */
function StatementLine({
  s,
  view,
  self,
  link,
  name,
  titles,
  sources,
  onSelectRelation,
}: LineProps) {
  const r = s.relation;
  const phrase = useVocabulary().relationType(r.type)?.label ?? r.type;
  const who = view === 'speaker' ? s.speakers.filter((p) => p !== self) : s.speakers;
  const others = s.sides.filter((x) => x !== self);
  const what = r.qualifiers?.what ?? r.qualifiers?.as;
  return (
    <li className="statement">
      <div className="relation-line">
        <span>
          {view === 'subject' && !s.joint && s.sides[0] ? <>{link(s.sides[0])} </> : null}
          {phrase} {r.target === self ? <em>it</em> : link(r.target)}
          {what && <span className="statement-muted"> ({what})</span>}
          {view !== 'meeting' && who.length > 0 && (
            <span className="statement-by">
              {' — '}
              {view === 'speaker' ? 'with ' : ''}
              {who.map((p, i) => (
                <span key={p}>
                  {i > 0 && ', '}
                  {link(p)}
                  <Title title={titles(p, s.meeting)} />
                </span>
              ))}
            </span>
          )}
          {view === 'side' && !who.length && !s.joint && (
            <span className="statement-muted"> — no speaker named</span>
          )}
          {s.joint && view !== 'meeting' && (
            <span className="statement-muted">
              {' '}
              — jointly{view === 'side' && others.length ? ' with ' : ''}
            </span>
          )}
          {s.joint && view === 'side' && others.map((o) => <span key={o}>{link(o)}</span>)}
          {view === 'speaker' && !s.joint && s.sides[0] && (
            <span className="statement-muted"> — for {link(s.sides[0])}</span>
          )}
        </span>
        <button
          type="button"
          className="link-button"
          aria-label={`Show relation: ${name(r.source)} ${phrase} ${name(r.target)}`}
          onClick={() => onSelectRelation(r.id)}
        >
          relation ›
        </button>
      </div>
      <details className="statement-evidence">
        <summary>{r.evidence.length === 1 ? 'Quote' : `${r.evidence.length} quotes`}</summary>
        <EvidenceList evidence={r.evidence} sources={sources} relation={r.id} />
      </details>
    </li>
  );
}
