import type { AbstractGraph } from 'graphology-types';

/**
 * Dynamic GEXF: when each node and edge exists, read from its `start`/`end`
 * (and `startopen`/`endopen`) attributes, `timestamp`/`timestamps`, and its
 * `<spells>` or `<timestamps>` children — which graphology's GEXF parser
 * leaves out. Each element gets `start` (its earliest time) and, when it
 * ends, `end` (its latest), unless the file's own attributes already say
 * them; with more than one spell, `spells` keeps them all as text. A
 * relation's `start` becomes its date, which the time bar uses; meetings and
 * agreements are dated the same way (other entities' dates are counted as
 * dropped in the load report, as for any file).
 */
export function addGexfTimes(graph: AbstractGraph, doc: Document): number {
  let timed = 0;
  for (const el of Array.from(doc.getElementsByTagName('*'))) {
    const tag = localName(el);
    if (tag !== 'node' && tag !== 'edge') continue;
    const spans = spansOf(el);
    if (!spans.length) continue;
    const id = el.getAttribute('id');
    const key =
      tag === 'node' ? (id !== null && graph.hasNode(id) ? id : null) : edgeKey(graph, el, id);
    if (key === null) continue;
    const set = (k: string, v: string) => {
      const has = tag === 'node' ? graph.hasNodeAttribute(key, k) : graph.hasEdgeAttribute(key, k);
      if (has) return;
      if (tag === 'node') graph.setNodeAttribute(key, k, v);
      else graph.setEdgeAttribute(key, k, v);
    };
    const starts = spans.flatMap((s) => (s.start ? [s.start] : [])).sort(byTime);
    const ends = spans.flatMap((s) => (s.end ? [s.end] : [])).sort(byTime);
    if (starts[0]) set('start', starts[0]);
    if (ends.length && spans.every((s) => s.end)) set('end', ends[ends.length - 1]!);
    if (spans.length > 1)
      set('spells', spans.map((s) => `${s.start ?? '…'} – ${s.end ?? '…'}`).join('; '));
    timed++;
  }
  return timed;
}

interface Span {
  start?: string;
  end?: string;
}

function spansOf(el: Element): Span[] {
  const out: Span[] = [];
  const own = span(el);
  if (own) out.push(own);
  for (const t of listed(el.getAttribute('timestamps') ?? el.getAttribute('timestamp')))
    out.push({ start: t, end: t });
  for (const child of elementsIn(el)) {
    const tag = localName(child);
    if (tag !== 'spells' && tag !== 'timestamps') continue;
    for (const item of elementsIn(child)) {
      const s = localName(item) === 'spell' ? span(item) : stamp(item);
      if (s) out.push(s);
    }
  }
  return out;
}

function span(el: Element): Span | null {
  const start = el.getAttribute('start') ?? el.getAttribute('startopen');
  const end = el.getAttribute('end') ?? el.getAttribute('endopen');
  if (!start && !end) return null;
  return { ...(start ? { start: start.trim() } : {}), ...(end ? { end: end.trim() } : {}) };
}

function stamp(el: Element): Span | null {
  const t = el.getAttribute('timestamp')?.trim();
  return t ? { start: t, end: t } : null;
}

/** GEXF 1.3's `"<[2001, 2003]>"` or `"<[2001];[2003]>"` lists, or a single value. */
function listed(text: string | null): string[] {
  if (!text) return [];
  return text
    .replace(/[<>[\]]/g, ' ')
    .split(/[;,]/)
    .map((t) => t.trim())
    .filter(Boolean);
}

/** ISO dates and numbers both order correctly: numbers by value, text as text. */
function byTime(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  return Number.isFinite(x) && Number.isFinite(y) ? x - y : a.localeCompare(b);
}

function edgeKey(graph: AbstractGraph, el: Element, id: string | null): string | null {
  if (id !== null && graph.hasEdge(id)) return id;
  // Edges without an id: graphology generated their keys; find the one between its ends.
  const source = el.getAttribute('source');
  const target = el.getAttribute('target');
  if (source === null || target === null || !graph.hasNode(source) || !graph.hasNode(target))
    return null;
  return graph.edges(source, target)[0] ?? null;
}

function localName(el: Element): string {
  return (el.localName || el.nodeName || '').replace(/^.*:/, '').toLowerCase();
}

/** Child elements (xmldom, used by the CLI, has no `children`). */
function elementsIn(el: Element): Element[] {
  return Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);
}
