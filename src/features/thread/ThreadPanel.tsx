import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { formatDate } from '../../data/dates';
import {
  buildThread,
  threadElements,
  threadInWindow,
  threadLinks,
  type Thread,
  type ThreadEntry,
} from '../../graph/thread';
import { inWindow, leftOutNote, type TimeWindow } from '../../graph/timeWindow';
import {
  movesBySubject,
  STAGE_LABELS,
  stageRank,
  trajectory,
  trajectoryText,
  VERB_STAGES,
} from '../../graph/verbScale';
import type { ParleyGraph } from '../../graph/types';
import { vocabularyOf } from '../../graph/vocabulary';
import type { Source } from '../../model';
import type { CanvasMarks } from '../../canvas/timeMarks';
import { EntityLink } from '../details/EntityLink';
import { useExplorer, usePanelClose, useTimeWindow, useView } from '../shell';
import { EvidenceList } from '../details/Evidence';
import '../stagePanel.css';

interface Props {
  graph: ParleyGraph;
  sources: ReadonlyMap<string, Source>;
  subject: string;
  /** The time bar's range or "as of" month: entries outside it are left out (and counted). */
  timeWindow: TimeWindow;
  onNavigate: (id: string) => void;
  onSelectRelation: (id: string) => void;
  onMarks: (thread: CanvasMarks['thread'] | undefined) => void;
  onClose: () => void;
}

const KIND_LINE: Record<Thread['kind'], string> = {
  topic: 'Every meeting and statement on this topic and its parts, in date order.',
  agreement: 'Every meeting and statement on this agreement, in date order.',
  mechanism: 'The rounds of this mechanism and what was said about them, in date order.',
  side: 'What this side committed to (agreed, reaffirmed, committed to, supports), round by round.',
};

/** The region "Thread", in the Details column: the address's `thread`, in the time bar's window. */
export default function ThreadPanel() {
  const { graph, sources, actions } = useExplorer();
  const subject = useView((v) => v.thread);
  const timeWindow = useTimeWindow();
  const onClose = usePanelClose();
  const onMarks = useCallback(
    (m: CanvasMarks['thread'] | undefined) => actions.setMarks('thread', m),
    [actions],
  );
  if (!subject) return null;
  return (
    <ThreadBody
      graph={graph}
      sources={sources}
      subject={subject}
      timeWindow={timeWindow}
      onNavigate={actions.navigate}
      onSelectRelation={actions.selectRelation}
      onMarks={onMarks}
      onClose={onClose}
    />
  );
}

/** A topic's, agreement's, mechanism's or side's statements across meetings. */
const ThreadBody = memo(function ThreadBody(p: Props) {
  const { graph, subject, timeWindow: w, onMarks } = p;
  const thread = useMemo(() => buildThread(graph, subject), [graph, subject]);
  const shown = useMemo(
    () => (thread ? threadInWindow(graph, thread, w) : undefined),
    [graph, thread, w],
  );
  const inRange = useMemo(() => shown?.entries ?? [], [shown]);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, [subject]);

  useEffect(() => {
    if (!shown) return onMarks(undefined);
    onMarks({ ...threadElements(graph, shown), links: threadLinks(shown) });
  }, [graph, shown, onMarks]);
  useEffect(() => () => onMarks(undefined), [onMarks]);

  const label = graph.hasNode(subject) ? graph.getNodeAttribute(subject, 'label') : subject;
  const groups = useMemo(
    () => (thread ? byMeeting(graph, thread, inRange, w) : []),
    [graph, thread, inRange, w],
  );
  const left = shown?.left ?? 0;

  return (
    <aside className="thread-panel" role="region" aria-label="Thread">
      <header className="stage-panel-header">
        <h2 ref={headingRef} tabIndex={-1}>
          <span className="stage-panel-kicker">Thread</span> {label}
        </h2>
        <button type="button" className="icon-button" aria-label="Close thread" onClick={p.onClose}>
          ×
        </button>
      </header>
      {!thread ? (
        <p className="hint">
          This entity has no thread (threads are for topics, agreements, mechanisms and countries).
        </p>
      ) : (
        <div className="stage-panel-body">
          <p className="hint">
            {KIND_LINE[thread.kind]} {inRange.length}{' '}
            {inRange.length === 1 ? 'statement' : 'statements'} across{' '}
            {groups.filter((g) => g.meeting).length} meetings.
            {left > 0 && ` ${leftOutNote(left, w, 'statement')}`}
          </p>
          <Moves graph={graph} thread={thread} entries={inRange} onNavigate={p.onNavigate} />
          {groups.length === 0 && <p>No statements recorded{w ? ' in this time range' : ''}.</p>}
          <ol className="thread-list">
            {groups.map((g) => (
              <li key={g.meeting ?? 'none'} className="thread-round">
                <div className="thread-meeting">
                  <time>
                    {formatDate(g.meeting ? graph.getNodeAttribute(g.meeting, 'date') : undefined)}
                  </time>{' '}
                  {g.meeting ? (
                    <EntityLink
                      id={g.meeting}
                      label={graph.getNodeAttribute(g.meeting, 'label')}
                      type="meeting"
                      onNavigate={p.onNavigate}
                    />
                  ) : (
                    <span>Not tied to a meeting</span>
                  )}
                </div>
                {g.entries.length === 0 ? (
                  <p className="note">No statement about it is recorded at this meeting.</p>
                ) : (
                  <ul className="thread-entries">
                    {g.entries.map((e) => (
                      <Entry key={e.relation} entry={e} {...p} />
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
    </aside>
  );
});

interface Group {
  meeting?: string;
  entries: ThreadEntry[];
}

/** Entries grouped by meeting, in date order; a mechanism's rounds are kept even when nothing was said. */
function byMeeting(graph: ParleyGraph, t: Thread, entries: ThreadEntry[], w: TimeWindow): Group[] {
  const groups = new Map<string, Group>();
  for (const m of t.meetings) groups.set(m, { meeting: m, entries: [] });
  const loose: Group = { entries: [] };
  for (const e of entries) (e.meeting ? groups.get(e.meeting) : loose)?.entries.push(e);
  const kept = [...groups.values()].filter(
    (g) =>
      g.entries.length > 0 ||
      (t.kind === 'mechanism' && inWindow(graph.getNodeAttribute(g.meeting!, 'date'), w)),
  );
  return loose.entries.length ? [...kept, loose] : kept;
}

function names(graph: ParleyGraph, ids: string[]): string {
  return ids.map((id) => graph.getNodeAttribute(id, 'label')).join(' and ');
}

function Entry({
  entry: e,
  graph,
  sources,
  onNavigate,
  onSelectRelation,
}: Props & { entry: ThreadEntry }) {
  const who = e.speakers.length
    ? `${names(graph, e.speakers)}${e.sides.length ? ` (${names(graph, e.sides)})` : ''}`
    : e.sides.length
      ? `${names(graph, e.sides)}${e.joint ? ', jointly' : ''}`
      : e.joint
        ? 'The meeting'
        : graph.getNodeAttribute(graph.source(e.relation), 'label');
  const about = graph.getNodeAttributes(e.about);
  const evidence = graph.getEdgeAttribute(e.relation, 'evidence');
  return (
    <li className="thread-entry">
      <p className="thread-line">
        {e.stage && <Stage stage={e.stage} />}
        <span className="thread-who">{who}</span> <strong className="thread-verb">{e.verb}</strong>{' '}
        <EntityLink id={e.about} label={about.label} type={about.type} onNavigate={onNavigate} />
        {e.what && <span className="note"> — {e.what}</span>}{' '}
        <button
          type="button"
          className="link-button"
          aria-label={`Show relation: ${who} ${e.verb} ${about.label}`}
          onClick={() => onSelectRelation(e.relation)}
        >
          relation ›
        </button>
      </p>
      <EvidenceList evidence={evidence} sources={sources} relation={e.relation} />
    </li>
  );
}

/** The entry's place on the verb scale, in words: "Stage 2 of 5: agreed". */
function Stage({ stage }: { stage: NonNullable<ThreadEntry['stage']> }) {
  return (
    <span className={`thread-stage stage-${stageRank(stage)}`}>
      Stage {stageRank(stage)} of {VERB_STAGES.length}: {STAGE_LABELS[stage]}
    </span>
  );
}

/**
 * How it moved along the verb scale, meeting by meeting: one line for a
 * topic, agreement or mechanism; for a side, one per subject met at two or
 * more meetings.
 */
function Moves({
  graph,
  thread,
  entries,
  onNavigate,
}: {
  graph: ParleyGraph;
  thread: Thread;
  entries: ThreadEntry[];
  onNavigate: (id: string) => void;
}) {
  if (thread.kind !== 'side') {
    const steps = trajectory(entries, vocabularyOf(graph));
    if (!steps.length) return null;
    return (
      <p className="thread-moves">
        <strong>How it moved:</strong> {trajectoryText(steps)}
      </p>
    );
  }
  const moves = movesBySubject(entries, vocabularyOf(graph));
  if (!moves.length) return null;
  return (
    <details className="thread-moves">
      <summary>How its commitments moved ({moves.length} subjects at two or more meetings)</summary>
      <ul>
        {moves.map((m) => {
          const a = graph.getNodeAttributes(m.about);
          return (
            <li key={m.about}>
              <EntityLink id={m.about} label={a.label} type={a.type} onNavigate={onNavigate} />:{' '}
              {trajectoryText(m.steps)}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
