import { isColourBy, isSizeBy } from '../graph/measures';
import { isMonthKey } from '../graph/months';
import { ENTITY_TYPES, isEntityType } from '../model';
import {
  INITIAL_VIEW,
  LAYOUTS,
  LIST_TABLES,
  type ConnectionQuery,
  type LayoutName,
  type ListTable,
  type ViewState,
} from './viewState';

/**
 * The URL is the view state. Query parameters:
 *   e=<entity id> | r=<relation id>   selection
 *   focus=1|2                          ego network around the selected entity
 *   center=<entity id>                 … around this one instead (selected inside the network)
 *   expand=a,b                         entities whose neighbours were added ("Show neighbours")
 *   hidden=c,d                         entities taken off the view ("Hide")
 *   pin=a:120:-45,b:0:300              nodes placed by hand, at these positions (whole numbers)
 *   hide=person,topic                  hidden entity types
 *   hiderel=discussed,part_of          hidden relation types
 *   from=2019-03&to=2023-12            time bar range, months (from=2019&to=2023 still read)
 *   asof=2023-06                       "as of" mode at that month
 *   thread=dioxin-remediation-bien-hoa the open thread
 *   compare=psd-dialogue-10,psd-dialogue-12  the two meetings compared
 *   isolated=hide                      hide isolated entities
 *   layout=timeline                    layout (force is the default)
 *   path=<from id>,<to id>             connection shown (path search)
 *   pathopt=follow,hubs,allrel         its options: follow direction, allow hubs, ignore filters
 *   longer=1  pick=2                   lengths shown beyond the shortest; which path is highlighted
 *   size=pagerank                      node size by weightedDegree|pagerank|betweenness (degree is the default)
 *   colour=community                   node colour by community (type is the default)
 *   list=entities|relations            the List view (a table twin of the graph) and its table
 *   source=<source id>&q=<relation id>:<n>  the Article view of a source, at the relation's n-th quote (from 1)
 */
export function encodeView(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.selection) p.set(s.selection.kind === 'entity' ? 'e' : 'r', s.selection.id);
  if (s.focusDepth > 0) p.set('focus', String(s.focusDepth));
  if (s.focusDepth > 0 && s.focusCenter && s.focusCenter !== s.selection?.id)
    p.set('center', s.focusCenter);
  if (s.expanded.size) p.set('expand', [...s.expanded].join(','));
  if (s.hidden.size) p.set('hidden', [...s.hidden].join(','));
  if (s.pinned.size) p.set('pin', encodePins(s.pinned));
  if (s.hiddenTypes.size)
    p.set(
      'hide',
      [
        ...ENTITY_TYPES.filter((t) => s.hiddenTypes.has(t)),
        ...[...s.hiddenTypes].filter((t) => !isEntityType(t)).sort(),
      ].join(','),
    );
  if (s.hiddenRelations.size) p.set('hiderel', [...s.hiddenRelations].sort().join(','));
  if (s.period) {
    p.set('from', s.period[0]);
    p.set('to', s.period[1]);
  }
  if (s.asOf) p.set('asof', s.asOf);
  if (s.thread) p.set('thread', s.thread);
  if (s.compare) p.set('compare', s.compare.join(','));
  if (s.hideIsolated) p.set('isolated', 'hide');
  if (s.layout !== 'force') p.set('layout', s.layout);
  if (s.connection) encodeConnection(p, s.connection);
  if (s.sizeBy && s.sizeBy !== 'degree') p.set('size', s.sizeBy);
  if (s.colourBy && s.colourBy !== 'type') p.set('colour', s.colourBy);
  if (s.list) p.set('list', s.list);
  if (s.article) {
    p.set('source', s.article.source);
    if (s.article.quote) p.set('q', s.article.quote);
  }
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** What the dataset knows, to clean a decoded state against. */
export interface ViewContext {
  hasEntity(id: string): boolean;
  hasRelation(id: string): boolean;
  relationTypes: ReadonlySet<string>;
  /** The dataset's sources (for `source=`); without it the Article is not restored. */
  hasSource?(id: string): boolean;
  /** The source a quote key (`q=`) cites, if the key names an evidence item. */
  quoteSource?(key: string): string | undefined;
  /** Entity types the vocabulary adds (the built-in ones are always known). */
  addedTypes?: ReadonlySet<string>;
}

export interface DecodedView {
  state: ViewState;
  /** Things in the link that were ignored, for a short notice. */
  notices: string[];
}

/** A value from the link, quoted in a notice: short, whatever the link holds. */
const shown = (s: string) => (s.length <= 80 ? s : `${s.slice(0, 79)}…`);

/** Parses a query string and cleans it against the dataset: unknown ids and values are dropped with a notice. */
export function decodeView(search: string, ctx: ViewContext): DecodedView {
  const p = new URLSearchParams(search);
  const notices: string[] = [];
  let state: ViewState = {
    ...INITIAL_VIEW,
    hiddenTypes: new Set(),
    hiddenRelations: new Set(),
    expanded: new Set(),
    hidden: new Set(),
    pinned: new Map(),
  };

  const e = p.get('e');
  const r = p.get('r');
  if (e !== null) {
    if (ctx.hasEntity(e)) state = { ...state, selection: { kind: 'entity', id: e } };
    else notices.push(`The link names an entity that is not in this dataset: “${shown(e)}”.`);
  } else if (r !== null) {
    if (ctx.hasRelation(r)) state = { ...state, selection: { kind: 'relation', id: r } };
    else notices.push(`The link names a relation that is not in this dataset: “${shown(r)}”.`);
  }

  const list = (key: string) =>
    (p.get(key) ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  state = decodeFocus(p, state, ctx, notices);
  const ids = (key: string, what: string) => {
    const known = list(key).filter((id) => ctx.hasEntity(id));
    const dropped = list(key).length - known.length;
    if (dropped) notices.push(`Ignored ${dropped} ${what} not in this dataset.`);
    return new Set(known);
  };
  state = {
    ...state,
    // Neighbours are shown around a focused network only.
    expanded: state.focusDepth > 0 ? ids('expand', 'expanded entities') : new Set(),
    hidden: ids('hidden', 'hidden entities'),
    pinned: decodePins(list('pin'), ctx, notices),
  };
  const types = new Set<string>();
  for (const t of list('hide')) {
    if (isEntityType(t) || ctx.addedTypes?.has(t)) types.add(t);
    else notices.push(`Ignored unknown entity type “${shown(t)}”.`);
  }
  const rels = new Set<string>();
  for (const t of list('hiderel')) {
    if (ctx.relationTypes.has(t)) rels.add(t);
    else notices.push(`Ignored unknown relation type “${shown(t)}”.`);
  }
  state = { ...state, hiddenTypes: types, hiddenRelations: rels };

  const from = p.get('from');
  const to = p.get('to');
  if (from !== null || to !== null) {
    const range = monthRange(from ?? '', to ?? '');
    if (range) state = { ...state, period: range };
    else notices.push('Ignored an invalid time range in the link.');
  }
  const asOf = p.get('asof');
  if (asOf !== null) {
    if (isMonthKey(asOf)) state = { ...state, asOf };
    else notices.push(`Ignored “as of” “${asOf}” (use YYYY-MM).`);
  }
  const thread = p.get('thread');
  if (thread !== null) {
    if (ctx.hasEntity(thread)) state = { ...state, thread };
    else
      notices.push(`The link's thread names an entity that is not in this dataset: “${thread}”.`);
  }
  const compare = list('compare');
  if (compare.length) {
    const known = compare.slice(0, 2).map((id) => (ctx.hasEntity(id) ? id : ''));
    if (known.some((k, i) => !k && compare[i]))
      notices.push('Ignored a meeting to compare that is not in this dataset.');
    state = { ...state, compare: [known[0] ?? '', known[1] ?? ''] };
  }
  if (p.get('isolated') === 'hide') state = { ...state, hideIsolated: true };
  const layout = p.get('layout');
  if (layout !== null) {
    if ((LAYOUTS as readonly string[]).includes(layout))
      state = { ...state, layout: layout as LayoutName };
    else notices.push(`Ignored unknown layout “${shown(layout)}”.`);
  }
  const connection = decodeConnection(p, ctx, notices);
  if (connection) state = { ...state, connection };
  const size = p.get('size');
  if (size !== null) {
    if (isSizeBy(size)) {
      if (size !== 'degree') state = { ...state, sizeBy: size };
    } else notices.push(`Ignored unknown size measure “${size}”.`);
  }
  const colour = p.get('colour');
  if (colour !== null) {
    if (isColourBy(colour) && colour !== 'type') state = { ...state, colourBy: colour };
    else if (colour !== 'type') notices.push(`Ignored unknown colouring “${colour}”.`);
  }
  const table = p.get('list');
  if (table !== null) {
    if ((LIST_TABLES as readonly string[]).includes(table))
      state = { ...state, list: table as ListTable };
    else notices.push(`Ignored unknown list “${shown(table)}” (use entities or relations).`);
  }
  const article = decodeArticle(p, ctx, notices);
  if (article) state = { ...state, article };
  return { state, notices };
}

function decodeArticle(
  p: URLSearchParams,
  ctx: ViewContext,
  notices: string[],
): ViewState['article'] {
  const source = p.get('source');
  if (source === null || !ctx.hasSource) return undefined;
  if (!ctx.hasSource(source)) {
    notices.push(`The link names a source without a text in this dataset: “${shown(source)}”.`);
    return undefined;
  }
  const q = p.get('q');
  if (q === null) return { source };
  if (ctx.quoteSource?.(q) === source) return { source, quote: q };
  notices.push(`Ignored a quote that this source does not hold: “${shown(q)}”.`);
  return { source };
}

function decodeFocus(
  p: URLSearchParams,
  state: ViewState,
  ctx: ViewContext,
  notices: string[],
): ViewState {
  const focus = p.get('focus');
  if (focus !== '1' && focus !== '2') {
    if (focus !== null) notices.push(`Ignored focus “${shown(focus)}” (use 1 or 2).`);
    return state;
  }
  const center = p.get('center');
  if (center !== null && !ctx.hasEntity(center)) {
    notices.push(`Ignored a focus on an entity that is not in this dataset: “${shown(center)}”.`);
    return state;
  }
  const on = center ?? (state.selection?.kind === 'entity' ? state.selection.id : undefined);
  return on ? { ...state, focusDepth: Number(focus) as 1 | 2, focusCenter: on } : state;
}

/** Positions are whole numbers in the address: "id:x:y" (ids never hold a colon or a comma). */
function encodePins(pinned: ViewState['pinned']): string {
  return [...pinned].map(([id, p]) => `${id}:${Math.round(p.x)}:${Math.round(p.y)}`).join(',');
}

/** Coordinates beyond this are taken as a broken link, not a place on the canvas. */
const MAX_COORDINATE = 1e7;

function decodePins(items: string[], ctx: ViewContext, notices: string[]): ViewState['pinned'] {
  const pinned = new Map<string, { x: number; y: number }>();
  let bad = 0;
  for (const item of items) {
    const m = /^(.+):(-?\d{1,8}):(-?\d{1,8})$/.exec(item);
    const x = Number(m?.[2]);
    const y = Number(m?.[3]);
    if (m && ctx.hasEntity(m[1]!) && Math.abs(x) <= MAX_COORDINATE && Math.abs(y) <= MAX_COORDINATE)
      pinned.set(m[1]!, { x, y });
    else bad++;
  }
  if (bad)
    notices.push(
      `Ignored ${bad} pinned ${bad === 1 ? 'position' : 'positions'} (unknown entity or not “id:x:y”).`,
    );
  return pinned;
}

/** "2019-03".."2023-12", or whole years "2019".."2023" (older links); undefined when invalid. */
function monthRange(from: string, to: string): readonly [string, string] | undefined {
  const year = /^\d{4}$/;
  const a = year.test(from) ? `${from}-01` : from;
  const b = year.test(to) ? `${to}-12` : to;
  return isMonthKey(a) && isMonthKey(b) && a <= b ? [a, b] : undefined;
}

const PATH_OPTIONS = ['follow', 'hubs', 'allrel'] as const;

function encodeConnection(p: URLSearchParams, c: ConnectionQuery) {
  p.set('path', `${c.from},${c.to}`);
  const opts = [c.followDirection && 'follow', c.allowHubs && 'hubs', c.ignoreFilters && 'allrel'];
  if (opts.some(Boolean)) p.set('pathopt', opts.filter(Boolean).join(','));
  if (c.longer > 0) p.set('longer', String(c.longer));
  if (c.pick > 0) p.set('pick', String(c.pick));
}

function decodeConnection(
  p: URLSearchParams,
  ctx: ViewContext,
  notices: string[],
): ConnectionQuery | undefined {
  const raw = p.get('path');
  if (raw === null) return undefined;
  const ends = raw.split(',');
  const known = ends.length === 2 && ends.every((id) => ctx.hasEntity(id));
  if (!known) {
    notices.push(`Ignored a connection between entities that are not in this dataset: “${raw}”.`);
    return undefined;
  }
  const opts = new Set((p.get('pathopt') ?? '').split(',').filter(Boolean));
  for (const o of opts)
    if (!(PATH_OPTIONS as readonly string[]).includes(o))
      notices.push(`Ignored unknown connection option “${o}”.`);
  const count = (key: string, max: number) => {
    const v = p.get(key);
    if (v === null) return 0;
    const n = Number(v);
    if (Number.isInteger(n) && n >= 0 && n <= max) return n;
    notices.push(`Ignored ${key} “${v}” (use a whole number up to ${max}).`);
    return 0;
  };
  return {
    from: ends[0]!,
    to: ends[1]!,
    followDirection: opts.has('follow'),
    allowHubs: opts.has('hubs'),
    ignoreFilters: opts.has('allrel'),
    longer: count('longer', MAX_LONGER),
    pick: count('pick', 999),
  };
}

/** "Show longer ones" goes this many lengths beyond the shortest at most. */
export const MAX_LONGER = 3;
