import { UnsavedBadge } from '../curate/UnsavedBadge';
import { FileAttributes } from './FileAttributes';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatDate } from '../../data/dates';
import { titleAsOf } from '../../graph/months';
import { rolesOf } from '../../graph/queries';
import { threadKind } from '../../graph/threadKind';
import {
  leftOutNote,
  relationGroupsInWindow,
  rolesInWindow,
  type TimeWindow,
} from '../../graph/timeWindow';
import type { ParleyGraph } from '../../graph/types';
import type { Source } from '../../model';
import { shownTypeOf, vocabularyOf } from '../../graph/vocabulary';
import type { Selection } from '../../state/viewState';
import { EntityLink } from './EntityLink';
import { FoldedEvidence } from './Evidence';
import { StatementFields } from './StatementFields';
import { StatementsSection } from './Statements';
import { Qualifiers, RelationDetails } from './RelationDetails';
import { ViewButtons } from './ViewButtons';
import type { ViewEditActions } from '../expand/useViewEdits';
import { useEscapeLayer } from '../shortcuts/ShortcutsProvider';
import { EditSlot } from '../curate/details/EditSlot';
import './details.css';

interface Props {
  graph: ParleyGraph;
  sources: ReadonlyMap<string, Source>;
  selection: Selection;
  focusDepth: 0 | 1 | 2;
  /** The time bar's range or "as of" month: relations outside it are left out, and counted. */
  timeWindow?: TimeWindow;
  onNavigate: (id: string) => void;
  onSelectRelation: (id: string) => void;
  onFocus: (depth: 0 | 1 | 2) => void;
  onClose: () => void;
  /** An entity's figures (relations, rank by each measure) in plain words, once computed. */
  importance?: (id: string) => string[];
  /** Opens the Thread region for a topic, agreement, mechanism or country. */
  onShowThread?: (id: string) => void;
  /** Opens the Comparison region with this meeting as the first. */
  onCompareWith?: (id: string) => void;
  /** Opens "Find connection" with this entity as From. */
  onFindConnection?: (id: string) => void;
  /** Show neighbours and Hide (the view edits of the selected entity). */
  edits?: ViewEditActions;
  /** Shown when nothing is selected. */
  summary: React.ReactNode;
  /** Changes when focus should move to the panel's heading (search pick, a link followed). */
  focusNonce?: number;
}

/**
 * The "Details" region: the selected entity or relation, its relations and
 * their evidence. Memoized: filter changes do not re-render it.
 */
export const DetailsPanel = memo(function DetailsPanel(props: Props) {
  const { graph, selection, focusNonce } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusNonce) (headingRef.current ?? panelRef.current)?.focus();
  }, [focusNonce]);
  const valid =
    selection &&
    (selection.kind === 'entity' ? graph.hasNode(selection.id) : graph.hasEdge(selection.id));
  // Phone: the collapsed sheet is a button that opens the summary (hidden on a desktop, where the summary always shows).
  const [sheetOpen, setSheetOpen] = useState(false);
  const sheetButton = useRef<HTMLButtonElement>(null);
  const closeSheet = useCallback(() => {
    setSheetOpen(false);
    sheetButton.current?.focus();
  }, []);
  useEscapeLayer(sheetOpen && !valid, closeSheet);
  const title = !valid
    ? 'Details'
    : selection.kind === 'entity'
      ? graph.getNodeAttribute(selection.id, 'label')
      : relationTitle(graph, selection.id);

  return (
    <aside
      ref={panelRef}
      id="details"
      tabIndex={-1}
      className={valid ? 'details open' : sheetOpen ? 'details sheet-open' : 'details'}
      role="region"
      aria-label="Details"
    >
      <p className="visually-hidden" role="status" aria-live="polite">
        {valid
          ? `Selected ${selection.kind === 'entity' ? vocabularyOf(graph).entityLabel(shownTypeOf(graph.getNodeAttributes(selection.id))) : 'relation'}: ${title}`
          : ''}
      </p>
      {!valid ? (
        <>
          <button
            ref={sheetButton}
            type="button"
            className="sheet-toggle"
            aria-expanded={sheetOpen}
            aria-controls="details-summary"
            onClick={() => setSheetOpen((o) => !o)}
          >
            {sheetOpen ? 'Hide summary' : 'Show summary'}{' '}
            <span aria-hidden="true">{sheetOpen ? '▾' : '▴'}</span>
          </button>
          <div id="details-summary" className="details-empty">
            {props.summary}
          </div>
        </>
      ) : (
        <>
          <header className="details-header">
            <h2 ref={headingRef} tabIndex={-1}>
              {title}
            </h2>
            <UnsavedBadge id={selection.id} />
            <button
              type="button"
              className="icon-button"
              aria-label="Close details"
              onClick={props.onClose}
            >
              ×
            </button>
          </header>
          <EditSlot {...props} {...selection} />
          {selection.kind === 'entity' && (
            <TitleAsOf graph={graph} id={selection.id} timeWindow={props.timeWindow} />
          )}
          {selection.kind === 'entity' ? (
            <EntityDetails {...props} id={selection.id} />
          ) : (
            <RelationDetails {...props} id={selection.id} />
          )}
        </>
      )}
    </aside>
  );
});

/** In "as of" mode, under a person's name: the title they held at that date. */
function TitleAsOf({
  graph,
  id,
  timeWindow: w,
}: {
  graph: ParleyGraph;
  id: string;
  timeWindow?: TimeWindow;
}) {
  if (w?.kind !== 'asOf' || graph.getNodeAttribute(id, 'type') !== 'person') return null;
  const t = titleAsOf(graph, id, w.month);
  const when = formatDate({ precision: 'month', value: w.month });
  return (
    <p className="details-subtitle">
      {t ? (
        <>
          <strong>{t}</strong> <span className="note">— title as of {when}</span>
        </>
      ) : (
        <span className="note">No title attested by {when}</span>
      )}
    </p>
  );
}

function relationTitle(graph: ParleyGraph, edge: string): string {
  const a = graph.getEdgeAttributes(edge);
  return `${graph.getNodeAttribute(graph.source(edge), 'label')} — ${a.label} — ${graph.getNodeAttribute(graph.target(edge), 'label')}`;
}

function EntityDetails({
  graph,
  sources,
  id,
  focusDepth,
  onNavigate,
  onSelectRelation,
  onFocus,
  onShowThread,
  onCompareWith,
  onFindConnection,
  importance,
  timeWindow: w,
  edits,
}: Props & { id: string }) {
  const figures = importance?.(id) ?? [];
  const a = graph.getNodeAttributes(id);
  const hasThread = threadKind(graph, id) !== undefined;
  const { groups, left } = useMemo(() => relationGroupsInWindow(graph, id, w), [graph, id, w]);
  const roles = useMemo(
    () => (a.type === 'person' ? rolesInWindow(rolesOf(graph, id), w) : []),
    [graph, id, a.type, w],
  );
  const shown = graph.degree(id) - left;
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Chromium's scrollTo returns a promise: never hand it back to React.
    void scroller.current?.scrollTo?.({ top: 0 });
  }, [id]);

  return (
    <div className="details-body" ref={scroller}>
      <dl className="facts">
        <dt>Type</dt>
        <dd>
          {vocabularyOf(graph).entityLabel(shownTypeOf(a))}
          {a.kind ? ` · ${a.kind.replace(/_/g, ' ')}` : ''}
          {a.number ? ` · no. ${a.number}` : ''}
        </dd>
        {a.aliases.length > 0 && (
          <>
            <dt>Also called</dt>
            <dd>{a.aliases.join(', ')}</dd>
          </>
        )}
        {a.date && (
          <>
            <dt>Date</dt>
            <dd>
              {formatDate(a.date)}
              {a.date.note && <span className="note"> — {a.date.note}</span>}
            </dd>
          </>
        )}
      </dl>
      <p className="description">{a.description}</p>
      {a.note && <p className="note">Note: {a.note}</p>}
      <FileAttributes attributes={a.attributes} />

      <div className="details-actions" role="group" aria-label="Focus">
        <button
          type="button"
          aria-pressed={focusDepth === 1}
          onClick={() => onFocus(focusDepth === 1 ? 0 : 1)}
        >
          Focus: 1 step
        </button>
        <button
          type="button"
          aria-pressed={focusDepth === 2}
          onClick={() => onFocus(focusDepth === 2 ? 0 : 2)}
        >
          2 steps
        </button>
        {onFindConnection && (
          <button type="button" onClick={() => onFindConnection(id)}>
            Find connection from here
          </button>
        )}
      </div>
      {edits && <ViewButtons id={id} edits={edits} />}
      {(hasThread || (a.type === 'meeting' && a.kind !== 'mechanism')) && (
        <div className="details-actions" role="group" aria-label="Time">
          {hasThread && onShowThread && (
            <button type="button" onClick={() => onShowThread(id)}>
              Show thread
            </button>
          )}
          {a.type === 'meeting' && a.kind !== 'mechanism' && onCompareWith && (
            <button type="button" onClick={() => onCompareWith(id)}>
              Compare with…
            </button>
          )}
        </div>
      )}

      {figures.length > 0 && (
        <section aria-label="Importance" className="importance">
          <h3>Importance</h3>
          <ul>
            {figures.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}

      {roles.length > 0 && (
        <section aria-label="Roles">
          <h3>Titles, as of each event</h3>
          <ul className="roles">
            {roles.map((r) => (
              <li key={r.title}>
                <strong>{r.title}</strong>
                {r.from && <span className="relation-date"> {yearSpan(r.from, r.to)}</span>}
                <ul className="role-events">
                  {r.at.map((x) => (
                    <li key={x.id}>
                      <EntityLink
                        id={x.id}
                        label={x.label}
                        type={graph.getNodeAttribute(x.id, 'type')}
                        onNavigate={onNavigate}
                      />
                      {x.date && x.date.precision !== 'unknown' ? (
                        <span className="relation-date"> {formatDate(x.date)}</span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}

      <StatementsSection
        graph={graph}
        sources={sources}
        id={id}
        timeWindow={w}
        onNavigate={onNavigate}
        onSelectRelation={onSelectRelation}
      />

      <h3 className="relations-heading">
        Relations{' '}
        <span className="count">({left ? `${shown} of ${graph.degree(id)}` : shown})</span>
      </h3>
      {left > 0 && <p className="note time-left-out">{leftOutNote(left, w)}</p>}
      {groups.map((g) => (
        <section
          key={g.key}
          className="relation-group"
          aria-label={`${g.phrase} (${g.relations.length})`}
        >
          <h4>
            {{ out: '→', in: '←', both: '—' }[g.direction]} {g.phrase}{' '}
            <span className="count">({g.relations.length})</span>
          </h4>
          <ul>
            {g.relations.map((r) => (
              <li key={r.id} className="relation">
                <div className="relation-line">
                  <EntityLink
                    id={r.other}
                    label={r.otherLabel}
                    type={r.otherType}
                    onNavigate={onNavigate}
                  />
                  {r.attrs.date && r.attrs.date.precision !== 'unknown' && (
                    <span className="relation-date">{formatDate(r.attrs.date)}</span>
                  )}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Show relation: ${g.phrase} ${r.otherLabel}`}
                    onClick={() => onSelectRelation(r.id)}
                  >
                    relation ›
                  </button>
                </div>
                <StatementFields attrs={r.attrs} graph={graph} onNavigate={onNavigate} />
                <Qualifiers q={r.attrs.qualifiers} graph={graph} />
                {r.attrs.note && <p className="note">{r.attrs.note}</p>}
                <FoldedEvidence evidence={r.attrs.evidence} sources={sources} relation={r.id} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function yearSpan(from: string, to: string | undefined): string {
  const a = from.slice(0, 4);
  const b = (to ?? from).slice(0, 4);
  return a === b ? a : `${a}–${b}`;
}
