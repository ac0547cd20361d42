import { formatDate } from '../../data/dates';
import { outsideLabel, relationInWindow, type TimeWindow } from '../../graph/timeWindow';
import type { ParleyGraph } from '../../graph/types';
import type { Source } from '../../model';
import { vocabularyOf } from '../../graph/vocabulary';
import { FileAttributes } from './FileAttributes';
import { EntityLink } from './EntityLink';
import { EvidenceList } from './Evidence';
import { StatementFields } from './StatementFields';

/** A relation's qualifiers ("under: …"), entity ids shown by label. */
export function Qualifiers({
  q,
  graph,
}: {
  q: Record<string, string> | undefined;
  graph: ParleyGraph;
}) {
  if (!q) return null;
  const entries = Object.entries(q);
  if (!entries.length) return null;
  return (
    <p className="qualifiers">
      {entries.map(([k, v]) => (
        <span key={k}>
          {k.replace(/_/g, ' ')}: {labelsOf(graph, v)}
        </span>
      ))}
    </p>
  );
}

/** A qualifier's value, with entity ids (one, or a ", " list as in `under`) shown by label. */
function labelsOf(graph: ParleyGraph, v: string): string {
  const parts = v.split(', ');
  if (!parts.every((p) => graph.hasNode(p))) return v;
  return parts.map((p) => graph.getNodeAttribute(p, 'label')).join(', ');
}

/** The selected relation: its sentence both ways, date, statement fields, qualifiers and evidence. */
export function RelationDetails({
  graph,
  sources,
  id,
  onNavigate,
  timeWindow: w,
}: {
  graph: ParleyGraph;
  sources: ReadonlyMap<string, Source>;
  id: string;
  onNavigate: (id: string) => void;
  timeWindow?: TimeWindow | undefined;
}) {
  const a = graph.getEdgeAttributes(id);
  const s = graph.source(id);
  const t = graph.target(id);
  const spec = vocabularyOf(graph).relationType(a.type);
  const sa = graph.getNodeAttributes(s);
  const ta = graph.getNodeAttributes(t);
  return (
    <div className="details-body">
      <p className="relation-sentence">
        <EntityLink id={s} label={sa.label} type={sa.type} onNavigate={onNavigate} />{' '}
        <strong>{a.undirected ? `— ${a.label} —` : `→ ${a.label} →`}</strong>{' '}
        <EntityLink id={t} label={ta.label} type={ta.type} onNavigate={onNavigate} />
      </p>
      <p className="note">
        Read the other way: {ta.label} {spec?.inverse ?? a.type} {sa.label}.
      </p>
      {w && !relationInWindow(graph, id, w) && (
        <p className="note time-left-out">This relation is dated {outsideLabel(w)}.</p>
      )}
      <dl className="facts">
        <dt>Relation type</dt>
        {/* The vocabulary's words, never its internal id (a file's "met_with" may be met_with_2). */}
        <dd>{spec?.label ?? a.label}</dd>
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
      <StatementFields attrs={a} graph={graph} onNavigate={onNavigate} />
      <Qualifiers q={a.qualifiers} graph={graph} />
      {a.note && <p className="note">Note: {a.note}</p>}
      <FileAttributes
        attributes={a.attributes}
        weight={a.weight}
        count={a.count}
        undirected={a.undirected}
      />
      <h3>Evidence</h3>
      <EvidenceList evidence={a.evidence} sources={sources} relation={id} />
    </div>
  );
}
