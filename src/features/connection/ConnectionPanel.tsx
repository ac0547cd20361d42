// Over 400 lines: the form, the hop list and the restriction controls share the query's state; the next split is the path list into its own file.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { PathMarks } from '../../canvas/pathHighlight';
import type { Hop, Path, Restriction } from '../../graph/paths';
import type { SearchIndex } from '../../graph/search';
import type { ParleyGraph } from '../../graph/types';
import type { Source } from '../../model';
import { MAX_LONGER } from '../../state/urlCodec';
import type { ConnectionQuery } from '../../state/viewState';
import { EntityLink } from '../details/EntityLink';
import { useExplorer, usePanelClose, useSession, useView } from '../shell';
import { EvidenceList } from '../details/Evidence';
import { EntityField } from './EntityField';
import { connectionResult, type FilterState } from './results';
import {
  RESTRICTION_LABELS,
  describeStatement,
  hopDate,
  hopPhrase,
  noConnectionText,
  pathTitle,
  pathVia,
  statementFacts,
  steps,
} from './wording';
import './connection.css';

export interface ConnectionPanelProps {
  graph: ParleyGraph;
  index: SearchIndex;
  sources: ReadonlyMap<string, Source>;
  query: ConnectionQuery | undefined;
  /** Pre-filled From ("Find connection from here"). */
  initialFrom?: string | undefined;
  /** Move focus to the panel when it opens (asked for, not restored from a link). */
  autoFocus?: boolean;
  filters: FilterState;
  onQuery: (q: ConnectionQuery | undefined) => void;
  onClose: () => void;
  onPath: (marks: PathMarks | null) => void;
  onNavigate: (id: string) => void;
}

interface Form {
  from: string;
  to: string;
  followDirection: boolean;
  allowHubs: boolean;
  ignoreFilters: boolean;
}

const LIFTS: Record<Restriction, Partial<Form>> = {
  direction: { followDirection: false },
  hubs: { allowHubs: true },
  filters: { ignoreFilters: true },
};

const formOf = (q: ConnectionQuery | undefined, from = ''): Form =>
  q
    ? {
        from: q.from,
        to: q.to,
        followDirection: q.followDirection,
        allowHubs: q.allowHubs,
        ignoreFilters: q.ignoreFilters,
      }
    : { from, to: '', followDirection: false, allowHubs: false, ignoreFilters: false };

/** Find connection over the graph: the address's `path`, or a person's ask (with its From). */
export default function ConnectionPanel() {
  const { graph, index, sources, actions } = useExplorer();
  const query = useView((v) => v.connection);
  const hiddenTypes = useView((v) => v.hiddenTypes);
  const hiddenRelations = useView((v) => v.hiddenRelations);
  const period = useView((v) => v.period);
  const asked = useSession((s) => s.asked.connection);
  const filters = useMemo(
    () => ({ hiddenTypes, hiddenRelations, period }),
    [hiddenTypes, hiddenRelations, period],
  );
  return (
    <ConnectionBody
      graph={graph}
      index={index}
      sources={sources}
      query={query}
      initialFrom={asked?.from}
      autoFocus={asked !== undefined}
      filters={filters}
      onQuery={actions.setConnection}
      onClose={usePanelClose()}
      onPath={actions.setPath}
      onNavigate={actions.navigate}
    />
  );
}

/** The "Connection" region: From/To, options, and the paths with the evidence of every hop. */
function ConnectionBody(props: ConnectionPanelProps) {
  const { graph, query, onQuery, onPath } = props;
  const [form, setForm] = useState<Form>(() => formOf(query, props.initialFrom));
  const ids = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Back/Forward or a link changed the query: the form follows (and empties when it went away).
  const hadQuery = useRef(query !== undefined);
  useEffect(() => {
    if (query) setForm(formOf(query));
    else if (hadQuery.current) setForm(formOf(undefined));
    hadQuery.current = query !== undefined;
  }, [query]);
  useEffect(() => {
    if (props.initialFrom) setForm((f) => ({ ...f, from: props.initialFrom! }));
  }, [props.initialFrom]);
  const autoFocus = useRef(props.autoFocus);
  useEffect(() => {
    if (autoFocus.current) headingRef.current?.focus();
  }, []);

  const update = (patch: Partial<Form>) => {
    const next = { ...form, ...patch };
    setForm(next);
    if (next.from && next.to) onQuery({ ...next, longer: 0, pick: 0 });
    else if (query) onQuery(undefined);
  };

  const { hiddenTypes, hiddenRelations, period } = props.filters;
  const result = useMemo(
    () =>
      query && graph.hasNode(query.from) && graph.hasNode(query.to)
        ? measured(() =>
            connectionResult(graph, query, {
              hiddenTypes,
              hiddenRelations,
              ...(period ? { period } : {}),
            }),
          )
        : null,
    [graph, query, hiddenTypes, hiddenRelations, period],
  );
  const pick = result ? Math.min(query?.pick ?? 0, Math.max(result.paths.length - 1, 0)) : 0;
  const chosen = result?.paths[pick];

  useEffect(() => {
    onPath(
      chosen
        ? { nodes: chosen.nodes, edges: chosen.hops.flatMap((h) => h.relations.map((r) => r.id)) }
        : null,
    );
  }, [chosen, onPath]);
  useEffect(() => () => onPath(null), [onPath]);

  const label = (id: string) =>
    id && graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : '';
  const lift = (rs: Restriction[]) =>
    update(Object.assign({}, ...rs.map((r) => LIFTS[r])) as Partial<Form>);

  return (
    <section className="connection-panel" role="region" aria-label="Connection">
      <header className="connection-header">
        <h2 ref={headingRef} tabIndex={-1}>
          Find connection
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Close connection"
          onClick={props.onClose}
        >
          ×
        </button>
      </header>
      <form className="connection-form" onSubmit={(e) => e.preventDefault()}>
        <div className="connection-ends">
          <EntityField
            label="From"
            index={props.index}
            chosenLabel={label(form.from)}
            onPick={(id) => update({ from: id })}
          />
          <button
            type="button"
            className="swap-button"
            aria-label="Swap From and To"
            title="Swap From and To"
            disabled={!form.from && !form.to}
            onClick={() => update({ from: form.to, to: form.from })}
          >
            ⇅
          </button>
          <EntityField
            label="To"
            index={props.index}
            chosenLabel={label(form.to)}
            onPick={(id) => update({ to: id })}
          />
        </div>
        <fieldset className="connection-options">
          <legend>Options</legend>
          <label>
            <input
              type="checkbox"
              checked={form.followDirection}
              onChange={(e) => update({ followDirection: e.target.checked })}
            />{' '}
            Follow relation direction
          </label>
          <label>
            <input
              type="checkbox"
              checked={!form.allowHubs}
              aria-describedby={`${ids}-hubs`}
              onChange={(e) => update({ allowHubs: !e.target.checked })}
            />{' '}
            Avoid countries and mechanisms
          </label>
          <p id={`${ids}-hubs`} className="hint">
            On by default: countries and the standing dialogue mechanisms join almost everything, so
            paths through them say little.
          </p>
          <label>
            <input
              type="checkbox"
              checked={!form.ignoreFilters}
              onChange={(e) => update({ ignoreFilters: !e.target.checked })}
            />{' '}
            Only what the filters show
          </label>
        </fieldset>
      </form>
      <div className="connection-result" aria-live="polite">
        {!query && (
          <p className="hint">Choose two entities to see how they are linked, step by step.</p>
        )}
        {query && result && !chosen && result.why && (
          <div className="no-connection" role="status">
            <p>
              <strong>No connection</strong> between {label(query.from)} and {label(query.to)}.
            </p>
            {noConnectionText(graph, query.from, query.to, result.why).map((line) => (
              <p key={line}>{line}</p>
            ))}
            {!result.why.disconnected && (
              <div className="connection-lifts">
                {result.why.together ? (
                  <button
                    type="button"
                    onClick={() => lift(result.why!.cutBy.map((c) => c.restriction))}
                  >
                    Lift all of these
                  </button>
                ) : (
                  result.why.cutBy.map((c) => (
                    <button key={c.restriction} type="button" onClick={() => lift([c.restriction])}>
                      {RESTRICTION_LABELS[c.restriction].lift}
                    </button>
                  ))
                )}
              </div>
            )}
          </div>
        )}
        {query && result && chosen && (
          <>
            <p className="connection-summary" role="status">
              {summary(result.sets[0]!.paths.length, result.sets[0]!.truncated)},{' '}
              {steps(result.sets[0]!.length)}
              {result.options.avoidHubs ? ', avoiding countries and mechanisms' : ''}.
            </p>
            <ul className="path-choices" aria-label="Paths">
              {result.sets.map((set, si) => {
                const offset = result.sets.slice(0, si).reduce((n, s) => n + s.paths.length, 0);
                return (
                  <li key={set.length} className="path-group">
                    <span className="path-group-title">
                      {si === 0 ? 'Shortest' : 'Longer'}: {steps(set.length)}
                      {set.paths.length === 0 ? ' — none without repeating an entity' : ''}
                      {set.truncated ? ` (first ${set.paths.length} shown)` : ''}
                    </span>
                    <ul>
                      {set.paths.map((p, i) => (
                        <li key={p.nodes.join('>')}>
                          <button
                            type="button"
                            className="path-choice"
                            aria-pressed={offset + i === pick}
                            onClick={() => onQuery({ ...query, pick: offset + i })}
                          >
                            Path {offset + i + 1}: {pathVia(graph, p)}
                          </button>
                        </li>
                      ))}
                    </ul>
                  </li>
                );
              })}
            </ul>
            {query.longer < MAX_LONGER && (
              <button
                type="button"
                className="link-button"
                onClick={() => onQuery({ ...query, longer: query.longer + 1 })}
              >
                Show longer ones ({steps(result.sets[0]!.length + query.longer + 1)})
              </button>
            )}
            <PathSteps {...props} path={chosen} number={pick + 1} />
          </>
        )}
      </div>
    </section>
  );
}

/** The search's own cost, as a performance measure the benchmark reads ("parley:path-search"). */
function measured<T>(fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure('parley:path-search', { start, end: performance.now() });
  }
}

function summary(n: number, truncated: boolean): string {
  if (n === 1) return '1 shortest connection';
  return truncated
    ? `More than ${n} shortest connections (${n} shown)`
    : `${n} shortest connections`;
}

function PathSteps({
  graph,
  sources,
  onNavigate,
  path,
  number,
}: ConnectionPanelProps & { path: Path; number: number }) {
  return (
    <div className="path-steps">
      <h3>
        Path {number}: {pathTitle(graph, path)}
      </h3>
      <ol aria-label={`Steps of path ${number}`} role="list">
        {path.hops.map((hop) => (
          <HopItem
            key={`${hop.from}>${hop.to}`}
            graph={graph}
            sources={sources}
            hop={hop}
            onNavigate={onNavigate}
          />
        ))}
      </ol>
    </div>
  );
}

function HopItem({
  graph,
  sources,
  hop,
  onNavigate,
}: {
  graph: ParleyGraph;
  sources: ReadonlyMap<string, Source>;
  hop: Hop;
  onNavigate: (id: string) => void;
}) {
  const end = (id: string) => (
    <EntityLink
      id={id}
      label={graph.getNodeAttribute(id, 'label')}
      type={graph.getNodeAttribute(id, 'type')}
      onNavigate={onNavigate}
    />
  );
  const phrases = [...new Set(hop.relations.map((r) => hopPhrase(graph, r.id, r.forward)))];
  return (
    <li className="hop">
      <p className="hop-line">
        {end(hop.from)} <span className="hop-phrase">{phrases.join(' · ')}</span> {end(hop.to)}
      </p>
      {hop.relations.map((r) => {
        const date = hopDate(graph, hop, r.id);
        const said = describeStatement(statementFacts(graph, r.id));
        return (
          <div key={r.id} className="hop-relation">
            {(hop.relations.length > 1 || date || said) && (
              <p className="hop-meta">
                {hop.relations.length > 1 && (
                  <span className="hop-phrase">{hopPhrase(graph, r.id, r.forward)}</span>
                )}
                {date && <span>{date}</span>}
                {said && <span>{said}</span>}
              </p>
            )}
            <EvidenceList
              evidence={graph.getEdgeAttribute(r.id, 'evidence')}
              sources={sources}
              relation={r.id}
            />
          </div>
        );
      })}
    </li>
  );
}
