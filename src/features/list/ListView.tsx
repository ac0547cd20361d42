import type { SortingState } from '@tanstack/react-table';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { Visible } from '../../graph/filter';
import { listTableText } from '../../graph/listExport';
import {
  entityRows,
  matchRows,
  relationRows,
  type EntityRow,
  type RelationRow,
} from '../../graph/listRows';
import type { ParleyGraph } from '../../graph/types';
import type { Source } from '../../model';
import type { ListTable, Selection } from '../../state/viewState';
import { downloadBlob } from '../export/download';
import { exportFileName } from '../export/filename';
import { PlainErrorMessage } from '../notices/PlainErrorMessage';
import { plainError, type PlainError } from '../notices/plainError';
import { useListColumns } from './fileColumns';
import { ListGrid } from './ListGrid';
import { describeView } from '../../state/describe';
import { useExplorer, useSession, useShown, useView } from '../shell';
import './list.css';

interface Props {
  graph: ParleyGraph;
  /** What the graph shows: the same set the canvas draws. */
  visible: Visible;
  sources: ReadonlyMap<string, Source>;
  table: ListTable;
  onTable: (t: ListTable) => void;
  selection: Selection;
  onSelect: (s: Selection) => void;
  /** What the view shows, for the exported file's name. */
  describe: string;
  /** Focus the list when it opens (it was opened by its key, not its button). */
  autoFocus?: boolean;
}

const TABLES: readonly { id: ListTable; label: string }[] = [
  { id: 'entities', label: 'Entities' },
  { id: 'relations', label: 'Relations' },
];

const noun = (t: ListTable, n: number) =>
  t === 'entities' ? (n === 1 ? 'entity' : 'entities') : n === 1 ? 'relation' : 'relations';

/**
 * The List view: the graph as two tables, entities and relations, filtered
 * by the same filters, sorted by any column, in step with the selection.
 */
/** The List view on the stage: the address's `list` table, what the filters show. */
export default function ListView() {
  const { graph, sources, actions } = useExplorer();
  const { visible } = useShown();
  const table = useView((v) => v.list);
  const selection = useView((v) => v.selection);
  const describe = useView(describeView);
  const autoFocus = useSession((s) => s.asked.list?.autoFocus ?? false);
  if (!table) return null;
  return (
    <ListBody
      graph={graph}
      visible={visible}
      sources={sources}
      table={table}
      onTable={actions.setList}
      selection={selection}
      onSelect={actions.selectInList}
      describe={describe}
      autoFocus={autoFocus}
    />
  );
}

function ListBody(props: Props) {
  const { graph, visible, sources, table, onTable, selection, onSelect } = props;
  const id = useId();
  const [query, setQuery] = useState('');
  const columns = useListColumns(graph);
  const [entitySort, setEntitySort] = useState<SortingState>([{ id: 'name', desc: false }]);
  const [relationSort, setRelationSort] = useState<SortingState>([{ id: 'date', desc: false }]);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<PlainError | undefined>();

  // Only the table on show is built: 20,000 entities have ~60,000 relations.
  const title = useCallback((s: string) => sources.get(s)?.title ?? s, [sources]);
  const entities = useMemo(
    () => (table === 'entities' ? entityRows(graph, visible) : []),
    [graph, visible, table],
  );
  const relations = useMemo(
    () => (table === 'relations' ? relationRows(graph, visible, title) : []),
    [graph, visible, title, table],
  );
  const shownEntities = useMemo(() => matchRows(entities, query), [entities, query]);
  const shownRelations = useMemo(() => matchRows(relations, query), [relations, query]);
  const entityOrder = useRef<readonly EntityRow[]>([]);
  const relationOrder = useRef<readonly RelationRow[]>([]);

  const total = table === 'entities' ? visible.nodes.size : visible.edges.size;
  const shown = table === 'entities' ? shownEntities.length : shownRelations.length;
  const text = (format: 'csv' | 'tsv') =>
    table === 'entities'
      ? listTableText(columns.entityExport, entityOrder.current, format)
      : listTableText(columns.relationExport, relationOrder.current, format);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text('tsv'));
      setFailure(undefined);
      setMessage(`Copied ${shown.toLocaleString('en')} ${noun(table, shown)} (tab-separated).`);
    } catch (e) {
      setMessage('');
      setFailure(
        plainError(e, {
          what: 'The browser did not allow copying to the clipboard.',
          todo: 'Use Export CSV instead, or allow clipboard access for this page and try again.',
        }),
      );
    }
  };
  const exportCsv = () => {
    const name = exportFileName({
      describe: [table, props.describe].filter(Boolean).join('-'),
      scope: 'view',
      suffix: '.csv',
    });
    downloadBlob(new Blob([text('csv')], { type: 'text/csv;charset=utf-8' }), name);
    setFailure(undefined);
    setMessage(`Exported ${shown.toLocaleString('en')} ${noun(table, shown)} as ${name}.`);
  };

  const selected = selection?.kind === (table === 'entities' ? 'entity' : 'relation');
  const selectedId = selected ? selection?.id : undefined;
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const onTabKey = (e: React.KeyboardEvent, i: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = TABLES[(i + step + TABLES.length) % TABLES.length]!;
    onTable(next.id);
    tabRefs.current[TABLES.indexOf(next)]?.focus();
  };

  return (
    <section id="list" className="list-view" aria-label="List">
      <div className="list-bar">
        <div role="tablist" aria-label="Tables" className="list-tabs">
          {TABLES.map((t, i) => (
            <button
              key={t.id}
              ref={(el) => {
                tabRefs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${id}-${t.id}`}
              aria-selected={table === t.id}
              aria-controls={`${id}-panel`}
              tabIndex={table === t.id ? 0 : -1}
              onClick={() => onTable(t.id)}
              onKeyDown={(e) => onTabKey(e, i)}
            >
              {t.label}{' '}
              <span className="count">
                (
                {(t.id === 'entities' ? visible.nodes.size : visible.edges.size).toLocaleString(
                  'en',
                )}
                )
              </span>
            </button>
          ))}
        </div>
        <input
          type="search"
          className="list-filter"
          aria-label="Filter rows"
          placeholder="Filter rows…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="button" onClick={() => void copy()} disabled={shown === 0}>
          Copy rows
        </button>
        <button type="button" onClick={exportCsv} disabled={shown === 0}>
          Export CSV
        </button>
      </div>
      <p className="list-status" role="status">
        <span data-testid="list-count">
          {shown === total
            ? `${total.toLocaleString('en')} ${noun(table, total)}`
            : `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} ${noun(table, total)}`}
        </span>
        {message && <span className="list-message"> {message}</span>}
      </p>
      {failure && <PlainErrorMessage className="list-error" error={failure} />}
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-${table}`}
        className="list-panel"
      >
        {shown === 0 ? (
          <p className="list-empty">
            {total === 0
              ? `The filters leave no ${noun(table, 0)} to list.`
              : `No ${noun(table, 0)} match “${query}”.`}
          </p>
        ) : table === 'entities' ? (
          <ListGrid
            key="entities"
            label="Entities"
            className="entities"
            rowHeight={36}
            rows={shownEntities}
            columns={columns.entityTable}
            tracks={columns.entityTracks}
            sorting={entitySort}
            onSorting={setEntitySort}
            selectedId={selectedId}
            onActivate={(e) => onSelect({ kind: 'entity', id: e })}
            orderRef={entityOrder}
            autoFocus={props.autoFocus}
          />
        ) : (
          <ListGrid
            key="relations"
            label="Relations"
            className="relations"
            rowHeight={52}
            rows={shownRelations}
            columns={columns.relationTable}
            tracks={columns.relationTracks}
            sorting={relationSort}
            onSorting={setRelationSort}
            selectedId={selectedId}
            onActivate={(r) => onSelect({ kind: 'relation', id: r })}
            orderRef={relationOrder}
            autoFocus={props.autoFocus}
          />
        )}
      </div>
    </section>
  );
}
