import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { ShowInArticle } from '../article/showInArticle';
import { dateRange } from '../../data/dates';
import type { CanvasMarks } from '../../canvas/timeMarks';
import { COMPARED_TYPES, compareMeetings, type Comparison } from '../../graph/compare';
import { inWindow, leftOutNote, type TimeWindow } from '../../graph/timeWindow';
import type { ParleyGraph } from '../../graph/types';
import { EntityLink } from '../details/EntityLink';
import { PlainErrorMessage } from '../notices/PlainErrorMessage';
import { plainError, type PlainError } from '../notices/plainError';
import { useCaptionBase, useExplorer, usePanelClose, useTimeWindow, useView } from '../shell';
import { downloadBlob } from '../export/download';
import {
  comparisonCsv,
  comparisonSvg,
  meetingTitle,
  pairTitle,
  quoteOf,
  svgToPng,
  whoSaid,
} from './compareExport';
import '../stagePanel.css';

interface Props {
  graph: ParleyGraph;
  meetings: readonly [string, string];
  /** The time bar's range or "as of" month: relations outside it are left out, and counted. */
  timeWindow?: TimeWindow;
  /** For the image caption: the dataset's title and its sources in words. */
  captionBase: string;
  onChange: (meetings: readonly [string, string]) => void;
  onNavigate: (id: string) => void;
  onMarks: (thread: CanvasMarks['thread'] | undefined) => void;
  onClose: () => void;
}

const TYPE_LABEL = { topic: 'Topics', agreement: 'Agreements', person: 'People' } as const;

/** Meetings one can compare: every meeting but the mechanisms, in date order. */
function comparable(graph: ParleyGraph): string[] {
  return graph
    .filterNodes((_n, a) => a.type === 'meeting' && a.kind !== 'mechanism')
    .sort(
      (a, b) =>
        (dateRange(graph.getNodeAttribute(a, 'date'))?.[0] ?? Infinity) -
          (dateRange(graph.getNodeAttribute(b, 'date'))?.[0] ?? Infinity) || a.localeCompare(b),
    );
}

const slug = (s: string) =>
  s
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

/** The region "Comparison": two meetings side by side, exportable as CSV and as an image. */
export default function ComparePanel() {
  const { graph, actions } = useExplorer();
  const meetings = useView((v) => v.compare);
  const timeWindow = useTimeWindow();
  const onClose = usePanelClose();
  const onMarks = useCallback(
    (m: CanvasMarks['thread'] | undefined) => actions.setMarks('compare', m),
    [actions],
  );
  const captionBase = useCaptionBase();
  if (!meetings) return null;
  return (
    <CompareBody
      graph={graph}
      meetings={meetings}
      timeWindow={timeWindow}
      captionBase={captionBase}
      onChange={actions.setCompare}
      onNavigate={actions.navigate}
      onMarks={onMarks}
      onClose={onClose}
    />
  );
}

const CompareBody = memo(function CompareBody(p: Props) {
  const { graph, meetings, onMarks, timeWindow: w } = p;
  const options = useMemo(() => comparable(graph), [graph]);
  const [first, second] = meetings.map((m) => (graph.hasNode(m) ? m : ''));
  const c = useMemo(
    () => (first && second && first !== second ? compareMeetings(graph, first, second, w) : null),
    [graph, first, second, w],
  );
  const outside = (m: string) => !inWindow(graph.getNodeAttribute(m, 'date'), w);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<PlainError | undefined>();
  const firstRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    firstRef.current?.focus();
  }, []);

  // The graph shows both meetings and what they share.
  useEffect(() => {
    if (!c) return onMarks(undefined);
    const nodes = new Set([
      c.first,
      c.second,
      ...COMPARED_TYPES.flatMap((t) => c.entities[t].both),
    ]);
    const edges = new Set(c.pairs.flatMap((x) => [...x.first, ...x.second]));
    onMarks({ nodes, edges, links: [] });
  }, [c, onMarks]);
  useEffect(() => () => onMarks(undefined), [onMarks]);

  const name = c ? `parley-compare-${slug(first!)}-vs-${slug(second!)}` : '';
  const exportCsv = () => {
    if (!c) return;
    downloadBlob(new Blob([comparisonCsv(graph, c)], { type: 'text/csv' }), `${name}.csv`);
    setFailure(undefined);
    setStatus(`Saved ${name}.csv`);
  };
  const exportImage = async () => {
    if (!c) return;
    try {
      const svg = comparisonSvg(graph, c, captionFor(graph, c, p.captionBase));
      downloadBlob(await svgToPng(svg), `${name}.png`);
      setFailure(undefined);
      setStatus(`Saved ${name}.png`);
    } catch (err) {
      console.warn('Parley: the comparison image failed', err);
      setStatus('');
      setFailure(
        plainError(err, {
          what: 'The comparison image could not be made.',
          todo: 'Try again, or use Export CSV. The comparison is unchanged.',
        }),
      );
    }
  };

  const ids = useId();
  const picker = (label: 'First' | 'Second', value: string, i: 0 | 1) => (
    <div className="compare-picker">
      <label htmlFor={`${ids}-${i}`}>{label}</label>
      <select
        id={`${ids}-${i}`}
        ref={i === 0 ? firstRef : undefined}
        value={value}
        onChange={(e) => p.onChange(i === 0 ? [e.target.value, second!] : [first!, e.target.value])}
      >
        <option value="">Choose a meeting…</option>
        {options.map((m) => (
          <option key={m} value={m}>
            {meetingTitle(graph, m)}
            {outside(m) ? ' — outside the time range' : ''}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <aside className="stage-panel wide compare-panel" role="region" aria-label="Comparison">
      <header className="stage-panel-header">
        <h2>
          <span className="stage-panel-kicker">Compare</span> Two meetings side by side
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Close comparison"
          onClick={p.onClose}
        >
          ×
        </button>
      </header>
      <div className="stage-panel-body">
        <div className="compare-pickers">
          {picker('First', first!, 0)}
          {picker('Second', second!, 1)}
          <button type="button" disabled={!c} onClick={exportCsv}>
            Export CSV
          </button>
          <button type="button" disabled={!c} onClick={() => void exportImage()}>
            Export image
          </button>
          <span role="status" className="hint">
            {status}
          </span>
        </div>
        {failure && <PlainErrorMessage error={failure} />}
        {!c ? (
          <p className="hint">
            {first && first === second
              ? 'Choose two different meetings.'
              : 'Choose two meetings to compare.'}
          </p>
        ) : (
          <>
            <LeftOut graph={graph} c={c} w={w} />
            <ComparisonBody graph={graph} c={c} onNavigate={p.onNavigate} />
          </>
        )}
      </div>
    </aside>
  );
});

/** What the time bar leaves out of each meeting, said above the lists. */
function LeftOut({ graph, c, w }: { graph: ParleyGraph; c: Comparison; w?: TimeWindow }) {
  const lines = (['first', 'second'] as const)
    .filter((k) => c.leftOut[k] > 0)
    .map((k) => `${graph.getNodeAttribute(c[k], 'label')}: ${leftOutNote(c.leftOut[k], w)}`);
  if (!lines.length) return null;
  return (
    <div className="note time-left-out" role="note" aria-label="Outside the time range">
      {lines.map((l) => (
        <p key={l}>{l}</p>
      ))}
    </div>
  );
}

function captionFor(graph: ParleyGraph, c: Comparison, base: string): string {
  return `${meetingTitle(graph, c.first)} compared with ${meetingTitle(graph, c.second)}. ${base} Made with Parley.`;
}

function ComparisonBody({
  graph,
  c,
  onNavigate,
}: {
  graph: ParleyGraph;
  c: Comparison;
  onNavigate: (id: string) => void;
}) {
  const link = (id: string) => {
    const a = graph.getNodeAttributes(id);
    return <EntityLink id={id} label={a.label} type={a.type} onNavigate={onNavigate} />;
  };
  return (
    <>
      {COMPARED_TYPES.map((t) => (
        <section key={t} aria-label={TYPE_LABEL[t]}>
          <h3>{TYPE_LABEL[t]}</h3>
          <div className="compare-grid">
            {(
              [
                ['both', 'In both'],
                ['onlyFirst', 'Only in first'],
                ['onlySecond', 'Only in second'],
              ] as const
            ).map(([k, title]) => (
              <section key={k} aria-label={`${TYPE_LABEL[t]}: ${title.toLowerCase()}`}>
                <h4>
                  {title} <span className="count">({c.entities[t][k].length})</span>
                </h4>
                <ul>
                  {c.entities[t][k].map((id) => (
                    <li key={id}>{link(id)}</li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </section>
      ))}
      <section aria-label="Wording side by side">
        <h3>Wording side by side</h3>
        {c.pairs.length === 0 ? (
          <p className="hint">No relation of the same kind on the same subject at both meetings.</p>
        ) : (
          <table className="compare-pairs">
            <thead>
              <tr>
                <th scope="col">Relation</th>
                <th scope="col">First: {graph.getNodeAttribute(c.first, 'label')}</th>
                <th scope="col">Second: {graph.getNodeAttribute(c.second, 'label')}</th>
              </tr>
            </thead>
            <tbody>
              {c.pairs.map((x) => (
                <tr key={x.key}>
                  <th scope="row">{pairTitle(graph, x)}</th>
                  {[x.first, x.second].map((edges, i) => (
                    <td key={i}>
                      {edges.map((e) => (
                        <figure key={e} className="compare-quote">
                          <figcaption className="who">
                            {whoSaid(graph, e)} — {graph.getEdgeAttribute(e, 'label')}
                          </figcaption>
                          <blockquote>{quoteOf(graph, e)}</blockquote>
                          {evidenceSource(graph, e) && (
                            <ShowInArticle source={evidenceSource(graph, e)!} relation={e} />
                          )}
                        </figure>
                      ))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

/** The source of the quote shown for a relation (its first evidence item). */
function evidenceSource(graph: ParleyGraph, edge: string): string | undefined {
  return graph.getEdgeAttribute(edge, 'evidence')[0]?.source;
}
