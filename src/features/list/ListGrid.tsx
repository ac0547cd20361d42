import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';

/** A column as the List view shows it: TanStack sorts by `sortValue`, the cell shows `render`. */
export interface ColumnSpec<R> {
  id: string;
  header: string;
  /** Undefined sorts last, whatever the direction. */
  sortValue: (r: R) => string | number | undefined;
  render: (r: R) => React.ReactNode;
  /** Numbers start descending (most relations first) and align right. */
  numeric?: boolean;
}

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

interface Props<R extends { id: string }> {
  /** The grid's accessible name ("Entities"). */
  label: string;
  rows: readonly R[];
  columns: readonly ColumnSpec<R>[];
  /** CSS class carrying the column tracks and the row height. */
  className: string;
  /** Column tracks and minimum width when the columns differ from the class's (a file's attributes). */
  tracks?: { tracks: string; min: number };
  rowHeight: number;
  sorting: SortingState;
  onSorting: (s: SortingState) => void;
  selectedId: string | undefined;
  onActivate: (id: string) => void;
  /** Filled with the rows in their current order (Copy rows, Export CSV). */
  orderRef: React.RefObject<readonly R[]>;
  /** Focus the active row once it is drawn. */
  autoFocus?: boolean;
}

/**
 * Up to this many rows the grid renders every one, so that a screen reader's
 * browse mode meets them all; above it, only the rows in view (and the
 * focused one) are in the DOM.
 */
export const VIRTUALIZE_ABOVE = 2000;

/**
 * A sortable grid, virtualized above VIRTUALIZE_ABOVE rows; aria-rowcount and
 * aria-rowindex tell assistive technology the whole size and each row's
 * place. One Tab stop for the rows (roving tabindex): arrows, Page keys, Home
 * and End move, Enter or Space selects.
 */
export function ListGrid<R extends { id: string }>(props: Props<R>) {
  const { rows, columns, rowHeight, sorting, onSorting, selectedId, onActivate, orderRef } = props;
  const helper = useMemo(() => createColumnHelper<typeof features, R>(), []);
  const tableColumns = useMemo(
    () =>
      helper.columns(
        columns.map((c) =>
          helper.accessor((r: R) => c.sortValue(r), {
            id: c.id,
            header: c.header,
            sortFn: (a, b, id) => compare(a.getValue(id), b.getValue(id)),
            sortUndefined: 'last',
            sortDescFirst: !!c.numeric,
          }),
        ),
      ),
    [helper, columns],
  );
  const data = useMemo(() => [...rows], [rows]);
  const table = useTable(
    {
      features,
      columns: tableColumns,
      data,
      getRowId: (r: R) => r.id,
      state: { sorting },
      onSortingChange: (u) => onSorting(typeof u === 'function' ? u(sorting) : u),
      enableSortingRemoval: false,
    },
    (s) => ({ sorting: s.sorting }),
  );
  const sorted = table.getRowModel().rows;
  const ordered = useMemo(() => sorted.map((r) => r.original), [sorted]);
  orderRef.current = ordered;

  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const activeRef = useRef(0);
  activeRef.current = Math.min(active, Math.max(0, ordered.length - 1));
  // The focused row stays rendered when it scrolls out of view, so focus is never dropped.
  const rangeExtractor = useCallback((range: Range) => {
    const base = defaultRangeExtractor(range);
    const a = activeRef.current;
    return base.includes(a) || a >= range.count ? base : [...base, a].sort((x, y) => x - y);
  }, []);
  const virtual = ordered.length > VIRTUALIZE_ABOVE;
  const virtualizer = useVirtualizer({
    // Every row rendered: the virtualizer is idle (no re-render per scroll event).
    enabled: virtual,
    count: ordered.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    rangeExtractor,
    getItemKey: (i) => ordered[i]?.id ?? i,
  });

  // A selection made elsewhere (canvas, search, Details) is scrolled into view here.
  const indexOf = useMemo(() => new Map(ordered.map((r, i) => [r.id, i])), [ordered]);
  const selectedIndex = selectedId !== undefined ? indexOf.get(selectedId) : undefined;
  const lastScrolled = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    if (selectedIndex === undefined) lastScrolled.current = undefined;
    if (selectedIndex === undefined || lastScrolled.current === selectedId) return;
    lastScrolled.current = selectedId;
    setActive(selectedIndex);
    if (virtual) virtualizer.scrollToIndex(selectedIndex, { align: 'center' });
    else rowAt(scrollRef.current, selectedIndex)?.scrollIntoView({ block: 'center' });
  }, [selectedId, selectedIndex, virtualizer, virtual]);

  const wantFocus = useRef(!!props.autoFocus);
  useEffect(() => {
    if (!wantFocus.current) return;
    // Rows appear once the virtualizer has measured its box: until then, keep wanting.
    const row = rowAt(scrollRef.current, activeRef.current);
    if (!row) return;
    wantFocus.current = false;
    if (!virtual) row.scrollIntoView({ block: 'nearest' });
    row.focus({ preventScroll: true });
  });
  const moveTo = (i: number) => {
    const n = Math.max(0, Math.min(ordered.length - 1, i));
    setActive(n);
    wantFocus.current = true;
    if (virtual) virtualizer.scrollToIndex(n, { align: 'auto' });
  };
  const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 2);
  const onKeyDown = (e: React.KeyboardEvent, i: number, id: string) => {
    const to: Record<string, number> = {
      ArrowDown: i + 1,
      ArrowUp: i - 1,
      PageDown: i + page,
      PageUp: i - page,
      Home: 0,
      End: ordered.length - 1,
    };
    if (e.key in to) {
      e.preventDefault();
      moveTo(to[e.key]!);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onActivate(id);
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      // A file's many attribute columns scroll sideways; the name column stays.
      e.preventDefault();
      scrollRef.current?.scrollBy({ left: e.key === 'ArrowRight' ? SIDE_STEP : -SIDE_STEP });
    }
  };

  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const specs = new Map(columns.map((c) => [c.id, c]));
  return (
    <div
      ref={scrollRef}
      className={`list-grid ${props.className}`}
      style={
        props.tracks
          ? ({
              '--tracks': props.tracks.tracks,
              '--min': `${props.tracks.min}px`,
            } as React.CSSProperties)
          : undefined
      }
      role="grid"
      aria-label={props.label}
      aria-rowcount={ordered.length + 1}
      aria-colcount={columns.length}
    >
      <div role="rowgroup" className="list-grid-head">
        <div role="row" aria-rowindex={1} className="list-row">
          {headers.map((h) => {
            const dir = h.column.getIsSorted();
            const spec = specs.get(h.column.id);
            return (
              <div
                key={h.id}
                role="columnheader"
                className={spec?.numeric ? 'numeric' : undefined}
                aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}
              >
                <button
                  type="button"
                  onClick={h.column.getToggleSortingHandler()}
                  title={spec && spec.header.length > 14 ? spec.header : undefined}
                >
                  <span className="header-text">{spec?.header}</span>
                  <span aria-hidden="true" className="sort-mark">
                    {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : ''}
                  </span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      {/* Clicks and keys are handled here, once, for every row (rows stay memoized). */}
      <div
        role="rowgroup"
        className={`list-grid-body${virtual ? ' virtual' : ''}`}
        style={virtual ? { height: virtualizer.getTotalSize() - HEADER_HEIGHT } : undefined}
        onClick={(e) => {
          const hit = rowOf(e.target, ordered);
          if (!hit) return;
          setActive(hit.index);
          onActivate(hit.id);
        }}
        onKeyDown={(e) => {
          const hit = rowOf(e.target, ordered);
          if (hit) onKeyDown(e, hit.index, hit.id);
        }}
      >
        {(virtual
          ? virtualizer.getVirtualItems()
          : ordered.map((_r, index) => ({ index, start: HEADER_HEIGHT }))
        ).map((item) => {
          const row = ordered[item.index];
          if (!row) return null;
          return (
            <GridRow
              key={row.id}
              row={row}
              index={item.index}
              columns={columns}
              selected={row.id === selectedId}
              tabbable={item.index === activeRef.current}
              offset={virtual ? item.start - HEADER_HEIGHT : undefined}
            />
          );
        })}
      </div>
    </div>
  );
}

interface RowProps<R extends { id: string }> {
  row: R;
  index: number;
  columns: readonly ColumnSpec<R>[];
  selected: boolean;
  tabbable: boolean;
  /** Where a virtualized row sits; undefined in normal flow. */
  offset: number | undefined;
}

/** One row; memoized, so that moving the Tab stop re-renders two rows, not two thousand. */
const GridRow = memo(function GridRow<R extends { id: string }>(p: RowProps<R>) {
  return (
    <div
      role="row"
      data-index={p.index}
      data-id={p.row.id}
      aria-rowindex={p.index + 2}
      aria-selected={p.selected}
      tabIndex={p.tabbable ? 0 : -1}
      className={`list-row${p.selected ? ' selected' : ''}`}
      style={p.offset === undefined ? undefined : { transform: `translateY(${p.offset}px)` }}
    >
      {p.columns.map((c) => (
        <div key={c.id} role="gridcell" className={c.numeric ? 'numeric' : undefined}>
          {c.render(p.row)}
        </div>
      ))}
    </div>
  );
}) as <R extends { id: string }>(p: RowProps<R>) => React.ReactElement;

/** The row an event happened in, by its data-index. */
function rowOf<R extends { id: string }>(
  target: EventTarget,
  ordered: readonly R[],
): { index: number; id: string } | undefined {
  const el =
    target instanceof Element ? target.closest<HTMLElement>('[role="row"][data-index]') : null;
  const index = Number(el?.dataset.index);
  const row = Number.isInteger(index) ? ordered[index] : undefined;
  return row && { index, id: row.id };
}

/** How far Left and Right scroll the columns (about one attribute column). */
const SIDE_STEP = 120;

/** The sticky header row's height (list.css sets the same). */
export const HEADER_HEIGHT = 36;

const rowAt = (grid: HTMLElement | null, index: number) =>
  grid?.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`) ?? null;
