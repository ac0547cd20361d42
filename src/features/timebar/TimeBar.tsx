import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { utcMonth } from 'd3-time';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { periodLabel, shortPeriodLabel } from '../../data/dates';
import type { MonthKey, MonthRange } from '../../graph/months';
import {
  clampRange,
  formatMonth,
  monthStart,
  roundsOf,
  timeHistogram,
} from '../../graph/timeBuckets';
import type { ParleyGraph } from '../../graph/types';
import { useExplorer, useView } from '../shell';
import { useCommands, type Command } from '../shortcuts';
import { useIsPhone } from '../toolbar/ToolbarMenu';
import { asOfForKey, rangeForKey } from './keys';
import { AXIS, Bars, HEIGHT, MEETING_BAND, Unknown, Years } from './TimeBarParts';
import './timebar.css';

interface Props {
  graph: ParleyGraph;
  period: MonthRange | undefined;
  asOf: MonthKey | undefined;
  onPeriod: (p: MonthRange | undefined) => void;
  onAsOf: (m: MonthKey | undefined) => void;
  /** The Compare button (two rounds side by side) lives with the time controls. */
  comparing: boolean;
  onCompare: () => void;
}

const PAD = 8;
/** Time between two rounds when playing. */
export const PLAY_STEP_MS = 1400;

/** The time bar's keys, registered while it has focus (arrows move, Shift+arrows resize). */
const TIME_KEYS: { name: string; label: string; key: string; shiftKey: boolean }[] = [
  {
    name: 'time-earlier',
    label: 'Move the range a month earlier',
    key: 'ArrowLeft',
    shiftKey: false,
  },
  { name: 'time-later', label: 'Move the range a month later', key: 'ArrowRight', shiftKey: false },
  {
    name: 'time-shorter',
    label: 'Make the range a month shorter',
    key: 'ArrowLeft',
    shiftKey: true,
  },
  {
    name: 'time-longer',
    label: 'Make the range a month longer',
    key: 'ArrowRight',
    shiftKey: true,
  },
  { name: 'time-year-later', label: 'Move the range a year later', key: 'PageUp', shiftKey: false },
  {
    name: 'time-year-earlier',
    label: 'Move the range a year earlier',
    key: 'PageDown',
    shiftKey: false,
  },
  {
    name: 'time-start',
    label: 'Move the range to the start of time',
    key: 'Home',
    shiftKey: false,
  },
  { name: 'time-end', label: 'Move the range to the end of time', key: 'End', shiftKey: false },
];

/**
 * The time bar: meetings and relations per month, a brushable range (mouse,
 * touch, keys), a play button stepping through the rounds, "as of" mode and
 * the "date unknown" bucket. Loaded on demand with d3-scale and d3-brush.
 */
/** The time bar, under the graph: reads and sets the view's period and "as of". */
export default function TimeBar() {
  const { graph, actions } = useExplorer();
  const period = useView((v) => v.period);
  const asOf = useView((v) => v.asOf);
  const comparing = useView((v) => v.compare !== undefined);
  const onCompare = useCallback(
    () => actions.setCompare(comparing ? undefined : ['', '']),
    [actions, comparing],
  );
  return (
    <TimeBarBody
      graph={graph}
      period={period}
      asOf={asOf}
      onPeriod={actions.setPeriod}
      onAsOf={actions.setAsOf}
      comparing={comparing}
      onCompare={onCompare}
    />
  );
}

const TimeBarBody = memo(function TimeBarBody(props: Props) {
  const { graph, period, asOf, onPeriod, onAsOf } = props;
  const hist = useMemo(() => timeHistogram(graph), [graph]);
  const rounds = useMemo(() => roundsOf(graph), [graph]);
  const chartRef = useRef<HTMLDivElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const [width, setWidth] = useState(600);
  const [draft, setDraft] = useState<MonthRange | null>(null);
  const [playing, setPlaying] = useState<number | null>(null);
  const domain = hist.domain;
  // A phone folds the bar to its one line of controls until it is opened.
  const phone = useIsPhone();
  const [unfolded, setUnfolded] = useState(false);
  const folded = phone && !unfolded;
  const rowId = useId();

  useEffect(() => {
    const el = chartRef.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(Math.max(160, el.clientWidth)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const x = useMemo(
    () =>
      domain &&
      scaleUtc()
        .domain([monthStart(domain[0]), utcMonth.offset(monthStart(domain[1]), 1)])
        .range([PAD, width - PAD]),
    [domain, width],
  );
  const shown: MonthRange | undefined = domain
    ? asOf
      ? [domain[0], asOf]
      : (period ?? domain)
    : undefined;

  // Latest values for the brush handlers, which are bound once per scale.
  const live = useRef({ asOf, onPeriod, onAsOf, domain });
  live.current = { asOf, onPeriod, onAsOf, domain };

  const brush = useMemo<BrushBehavior<unknown> | null>(() => {
    if (!x) return null;
    const toRange = (sel: [number, number]): MonthRange => {
      const a = utcMonth.round(x.invert(sel[0]));
      const b = utcMonth.offset(utcMonth.round(x.invert(sel[1])), -1);
      const first = formatMonth(a);
      const last = formatMonth(b < a ? a : b);
      return [first, last];
    };
    return brushX()
      .extent([
        [PAD, 0],
        [width - PAD, HEIGHT - AXIS],
      ])
      .on('brush', (ev: D3BrushEvent<unknown>) => {
        if (ev.sourceEvent && ev.selection) setDraft(toRange(ev.selection as [number, number]));
      })
      .on('end', (ev: D3BrushEvent<unknown>) => {
        if (!ev.sourceEvent) return;
        setDraft(null);
        const { domain: d, asOf: a, onPeriod: setP, onAsOf: setA } = live.current;
        if (!d) return;
        const sel = ev.selection as [number, number] | null;
        if (a) return setA(sel ? toRange(sel)[1] : d[1]);
        setP(sel ? clampRange(toRange(sel), d) : undefined);
      });
  }, [x, width]);

  useEffect(() => {
    const g = brushRef.current;
    if (!g || !brush) return;
    select(g).call(brush);
    return () => void select(g).on('.brush', null);
  }, [brush]);

  // Keep the brush where the state says (programmatic moves carry no sourceEvent).
  // All of time shows no selection, so that a drag anywhere draws a new one.
  const [from, to] = asOf && domain ? [domain[0], asOf] : (period ?? [undefined, undefined]);
  useEffect(() => {
    const g = brushRef.current;
    if (!g || !brush || !x) return;
    if (!from || !to) return void select(g).call(brush.move, null);
    const a = x(monthStart(from));
    const b = x(utcMonth.offset(monthStart(to), 1));
    select(g).call(brush.move, [a, b]);
  }, [brush, x, from, to]);

  // Play: one round per step; the range grows to end at each round in turn.
  useEffect(() => {
    if (playing === null || !domain) return;
    const round = rounds[playing];
    if (!round) return setPlaying(null);
    if (live.current.asOf) live.current.onAsOf(round.month);
    else live.current.onPeriod(clampRange([domain[0], round.month], domain) ?? undefined);
    const t = window.setTimeout(
      () => setPlaying((i) => (i === null || i + 1 >= rounds.length ? null : i + 1)),
      PLAY_STEP_MS,
    );
    return () => window.clearTimeout(t);
  }, [playing, rounds, domain]);

  const onKey = (e: Pick<KeyboardEvent, 'key' | 'shiftKey'>) => {
    if (!domain) return;
    if (asOf) {
      const next = asOfForKey(e, asOf, domain);
      if (next !== undefined) onAsOf(next);
      return;
    }
    const next = rangeForKey(e, period ?? domain, domain);
    if (next) onPeriod(clampRange(next, domain));
  };
  const keyRef = useRef(onKey);
  keyRef.current = onKey;
  const commands = useMemo<Command[]>(
    () => [
      ...TIME_KEYS.map((k) => ({
        name: k.name,
        label: k.label,
        keys: [k.shiftKey ? `Shift+${k.key}` : k.key],
        group: 'Time bar (when focused)',
        enabled: () => document.activeElement === chartRef.current,
        perform: () => keyRef.current(k),
      })),
      {
        name: 'time-play',
        label: 'Play or pause the rounds',
        keys: ['P'],
        group: 'Time bar',
        perform: () => setPlaying((p) => (p === null ? 0 : null)),
      },
    ],
    [],
  );
  useCommands(commands);

  if (!domain || !x || !shown) {
    return (
      // One line (a graph file without dates): the graph gets the room a histogram would take.
      <section className="timebar undated" aria-label="Time">
        <div className="timebar-controls">
          <CompareButton {...props} />
          <p className="hint">Nothing in this dataset is dated.</p>
        </div>
      </section>
    );
  }

  const max = Math.max(1, ...hist.buckets.map((b) => b.relations));
  const y = scaleLinear()
    .domain([0, max])
    .range([0, HEIGHT - AXIS - MEETING_BAND - 2]);
  const visibleRange = draft ?? shown;
  const label = asOf
    ? `As of ${periodLabel([asOf, asOf])}`
    : period
      ? periodLabel(visibleRange)
      : `All time (${periodLabel(domain)})`;
  // A phone shows this one (the full one does not fit beside the buttons).
  const shortLabel = asOf
    ? `As of ${shortPeriodLabel([asOf, asOf])}`
    : period
      ? shortPeriodLabel(visibleRange)
      : `All time (${domain[0].slice(0, 4)}–${domain[1].slice(0, 4)})`;
  const playingRound = playing !== null ? rounds[playing] : undefined;

  const index = hist.buckets.findIndex((b) => b.month === visibleRange[0]);
  const endIndex = hist.buckets.findIndex((b) => b.month === visibleRange[1]);

  return (
    <section className={folded ? 'timebar folded' : 'timebar'} aria-label="Time">
      <div className="timebar-controls">
        <button
          type="button"
          className="timebar-play"
          aria-pressed={playing !== null}
          aria-label={playing !== null ? 'Pause' : 'Play through the rounds'}
          title={playing !== null ? 'Pause' : 'Play through the rounds'}
          disabled={rounds.length === 0}
          onClick={() => setPlaying((p) => (p === null ? 0 : null))}
        >
          {playing !== null ? '❚❚' : '▶'}
        </button>
        <label className="checkbox timebar-asof">
          <input
            type="checkbox"
            checked={asOf !== undefined}
            onChange={(e) => {
              if (e.target.checked) {
                onAsOf(period?.[1] ?? domain[1]);
                onPeriod(undefined);
              } else onAsOf(undefined);
            }}
          />
          As of
        </label>
        <output className="timebar-readout" aria-live="polite">
          <span className="readout-full">{label}</span>
          <span className="readout-short">{shortLabel}</span>
          {playingRound ? ` · ${playingRound.label}` : ''}
        </output>
        <CompareButton {...props} />
        {phone && (
          <button
            type="button"
            className="timebar-fold"
            aria-expanded={!folded}
            aria-controls={rowId}
            aria-label="Time chart"
            title={folded ? 'Show the time chart' : 'Fold the time bar to one line'}
            onClick={() => setUnfolded((u) => !u)}
          >
            <span aria-hidden="true">{folded ? '▴' : '▾'}</span>
          </button>
        )}
        {(period || asOf) && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setPlaying(null);
              onPeriod(undefined);
              onAsOf(undefined);
            }}
          >
            All time
          </button>
        )}
      </div>
      <div className="timebar-row" id={rowId} hidden={folded}>
        <div
          ref={chartRef}
          className="timebar-chart"
          role="slider"
          tabIndex={0}
          aria-label={asOf ? 'As of date' : 'Time range'}
          aria-valuemin={0}
          aria-valuemax={hist.buckets.length - 1}
          aria-valuenow={asOf ? endIndex : index}
          aria-valuetext={label}
          aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight PageUp PageDown Home End"
          title="Drag to choose a range. Arrow keys move it, Shift+arrows resize it."
        >
          <svg width={width} height={HEIGHT} aria-hidden="true">
            <Bars buckets={hist.buckets} x={x} y={y} range={visibleRange} />
            <Years x={x} domain={domain} />
            <g ref={brushRef} className={asOf ? 'brush as-of' : 'brush'} />
          </svg>
        </div>
        <Unknown counts={hist.unknown} />
      </div>
    </section>
  );
});

function CompareButton({ comparing, onCompare }: Props) {
  return (
    <button
      type="button"
      className="timebar-compare"
      data-opens="compare"
      aria-pressed={comparing}
      onClick={onCompare}
    >
      Compare
    </button>
  );
}
