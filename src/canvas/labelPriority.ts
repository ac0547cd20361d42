/**
 * Which labels to draw: the most important entities first, a label kept only
 * if it overlaps none already kept. Pure (tested in tests/unit/labels.test.ts).
 */
import { PLACEMENTS, type Placement } from '../cy/labelClasses';

export interface LabelCandidate {
  id: string;
  /** Rendered centre and radius of the node, in screen px. */
  x: number;
  y: number;
  r: number;
  chars: number;
  priority: number;
  /** The label's measured size on screen, px (else estimated from chars). */
  w?: number;
  h?: number;
  /** Labelled even if only at the smallest font (the most connected entities). */
  must?: boolean;
}

export interface LabelOptions {
  /** On-screen font size, px. */
  fontPx: number;
  /** On-screen wrap width, px. */
  maxWidthPx: number;
  width: number;
  height: number;
  /** At most this many labels. */
  budget: number;
  /** The smallest font a `must` label may shrink to, px (default: fontPx). */
  minFontPx?: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Screen px kept clear around every label (its halo, and measuring's rounding). */
export const LABEL_PAD = 2;

export const overlaps = (a: Box, b: Box) =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

export { PLACEMENTS, type Placement };
/** A kept label: where it sits, at what font size on screen. */
export interface LabelSpot {
  at: Placement;
  fontPx: number;
}

/** A label's size on screen, estimated from its length (when it cannot be measured). */
export function estimateSize(chars: number, o: LabelOptions): { w: number; h: number } {
  const textWidth = chars * o.fontPx * 0.56;
  const lines = Math.max(1, Math.ceil(textWidth / o.maxWidthPx));
  return { w: Math.min(textWidth, o.maxWidthPx), h: lines * o.fontPx * 1.25 };
}

/** The label's box beside its node (centred below or above, or to a side), halo included. */
export function labelBox(c: LabelCandidate, o: LabelOptions, at: Placement = 'bottom'): Box {
  const est = c.w === undefined || c.h === undefined ? estimateSize(c.chars, o) : undefined;
  const w = (c.w ?? est!.w) + 2 * LABEL_PAD;
  const h = (c.h ?? est!.h) + 2 * LABEL_PAD;
  // Cytoscape's box of a label (its halo included) starts at the node's edge:
  // the stylesheet's text margins (4 px, 2 at the corners) less the halo and line spacing.
  const gap = c.r;
  // Horizontally: centred, or starting beside the node to the right or left.
  const [v, hz] = at.includes('-') ? at.split('-') : [at, ''];
  const x1 =
    v === 'right' || hz === 'right'
      ? c.x + gap
      : v === 'left' || hz === 'left'
        ? c.x - gap - w
        : c.x - w / 2;
  const y1 = v === 'bottom' ? c.y + gap : v === 'top' ? c.y - gap - h : c.y - h / 2;
  return { x1, y1, x2: x1 + w, y2: y1 + h };
}

type Item = { id: string; priority: number; boxes: readonly (Box | null)[]; must?: boolean };
type Placed = { item: Item; index: number; box: Box };

/**
 * Greedy placement: items in priority order, each taking the first of its
 * boxes (null: not available) that overlaps nothing already placed nor
 * `taken`; the rest are culled. A `must` item that fits nowhere moves up to
 * two labels in its way to other places of theirs, if that frees one of its
 * own. Returns the index of the box each kept item took; `taken` receives them.
 */
export function placeGreedy(
  items: readonly Item[],
  budget: number,
  taken: Box[] = [],
): Map<string, number> {
  const fixed = [...taken];
  const placed: Placed[] = [];
  const free = (box: Box | null, except: readonly Placed[] = []): box is Box =>
    box !== null &&
    !fixed.some((b) => overlaps(b, box)) &&
    !placed.some((p) => !except.includes(p) && overlaps(p.box, box));
  const sorted = [...items].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  for (const item of sorted) {
    if (placed.length >= budget) break;
    let index = item.boxes.findIndex((box) => free(box));
    if (index < 0 && item.must) index = makeRoom(item, placed, free);
    if (index >= 0) placed.push({ item, index, box: item.boxes[index]! });
  }
  taken.push(...placed.map((p) => p.box));
  return new Map(placed.map((p) => [p.item.id, p.index]));
}

/** Moves at most two placed labels so that one of `item`'s boxes is free: that box's index, or -1. */
function makeRoom(
  item: Item,
  placed: Placed[],
  free: (box: Box | null, except?: readonly Placed[]) => box is Box,
): number {
  for (let i = 0; i < item.boxes.length; i++) {
    const box = item.boxes[i];
    if (!box) continue;
    const blockers = placed.filter((p) => overlaps(p.box, box));
    if (blockers.length === 0 || blockers.length > 2 || !free(box, blockers)) continue;
    const moves: { p: Placed; index: number }[] = [];
    for (const p of blockers) {
      const index = p.item.boxes.findIndex(
        (b, j) =>
          j !== p.index &&
          free(b, blockers) &&
          !overlaps(b, box) &&
          !moves.some((m) => overlaps(m.p.item.boxes[m.index]!, b)),
      );
      if (index < 0) break;
      moves.push({ p, index });
    }
    if (moves.length < blockers.length) continue;
    for (const { p, index } of moves) {
      p.index = index;
      p.box = p.item.boxes[index]!;
    }
    return i;
  }
  return -1;
}

const inside = (b: Box, o: LabelOptions) =>
  b.x1 >= 0 && b.y1 >= 0 && b.x2 <= o.width && b.y2 <= o.height;

/**
 * The labels kept, each with where it sits and its font; `taken` receives
 * their boxes. A label must lie wholly on screen and cover no `must` node.
 * A `must` label that fits nowhere at the font size tries again at minFontPx.
 */
export function chooseLabels(
  candidates: readonly LabelCandidate[],
  o: LabelOptions,
  taken: Box[] = [],
): Map<string, LabelSpot> {
  const onScreen = candidates.filter(
    (c) => c.x >= -c.r && c.y >= -c.r && c.x <= o.width + c.r && c.y <= o.height + c.r,
  );
  const small = o.minFontPx ?? o.fontPx;
  const spots: LabelSpot[][] = [];
  const items = onScreen.map((c) => {
    const fonts = c.must && small < o.fontPx ? [o.fontPx, small] : [o.fontPx];
    const options = fonts.flatMap((fontPx) => PLACEMENTS.map((at) => ({ at, fontPx })));
    spots.push(options);
    return {
      id: c.id,
      priority: c.priority,
      must: c.must ?? false,
      boxes: options.map(({ at, fontPx }) => {
        const k = fontPx / o.fontPx;
        const scaled = c.w !== undefined && c.h !== undefined ? { w: c.w * k, h: c.h * k } : {};
        const box = labelBox({ ...c, ...scaled }, { ...o, fontPx }, at);
        return inside(box, o) ? box : null;
      }),
    };
  });
  const index = new Map(onScreen.map((c, i) => [c.id, i]));
  // Labels keep off the most connected entities' nodes (a label starts at
  // its own node's edge); one of those that finds no room so tries again over them.
  const discs = onScreen
    .filter((c) => c.must)
    .map((c) => ({ x1: c.x - c.r, y1: c.y - c.r, x2: c.x + c.r, y2: c.y + c.r }));
  const placed: Box[] = [];
  const place = (some: typeof items, obstacles: Box[], budget: number) => {
    const fixed = [...obstacles, ...placed];
    const got = placeGreedy(some, budget, fixed);
    placed.push(...fixed.slice(obstacles.length + placed.length));
    return got;
  };
  const musts = items.filter((i) => i.must);
  const kept = place(musts, [...taken, ...discs], o.budget);
  const left = musts.filter((i) => !kept.has(i.id));
  for (const [id, i] of place(left, taken, o.budget - kept.size)) kept.set(id, i);
  const rest = items.filter((i) => !i.must);
  for (const [id, i] of place(rest, [...taken, ...discs], o.budget - kept.size)) kept.set(id, i);
  taken.push(...placed);
  return new Map([...kept].map(([id, i]) => [id, spots[index.get(id)!]![i]!]));
}

/** A relation's label: centred on the middle of its line, turned along it (box of the turned text). */
export function edgeLabelBox(
  e: { x1: number; y1: number; x2: number; y2: number; w: number; h: number },
  pad = LABEL_PAD,
): Box {
  const angle = Math.atan2(e.y2 - e.y1, e.x2 - e.x1);
  const cos = Math.abs(Math.cos(angle));
  const sin = Math.abs(Math.sin(angle));
  const w = e.w * cos + e.h * sin + 2 * pad;
  const h = e.w * sin + e.h * cos + 2 * pad;
  const cx = (e.x1 + e.x2) / 2;
  const cy = (e.y1 + e.y2) / 2;
  return { x1: cx - w / 2, y1: cy - h / 2, x2: cx + w / 2, y2: cy + h / 2 };
}

/**
 * Boxes as drawn, most important first: the ids to drop so that none of the
 * rest overlap (the first of two overlapping stays). `keep` ids are never dropped.
 */
export function cullOverlaps(
  drawn: readonly { id: string; box: Box }[],
  keep: ReadonlySet<string> = new Set(),
): string[] {
  const accepted: Box[] = [];
  const dropped: string[] = [];
  for (const d of drawn.filter((x) => keep.has(x.id))) accepted.push(d.box);
  for (const d of drawn) {
    if (keep.has(d.id)) continue;
    if (accepted.some((b) => overlaps(b, d.box))) dropped.push(d.id);
    else accepted.push(d.box);
  }
  return dropped;
}

const TYPE_WEIGHT: Record<string, number> = {
  person: 4,
  meeting: 2.5,
  country: 2,
  agreement: 1.6,
  organization: 1.3,
  topic: 1.2,
  place: 1,
};

/** The most connected entities always come first (and so are always labelled where they fit). */
export const TOP_CONNECTED = 10;
/** Their priorities start here, above every type weight. */
export const TOP_PRIORITY = 100;

/**
 * The TOP_CONNECTED best-connected entities first, by number of relations;
 * then people and meetings, taking turns: each entity's priority is its
 * type's weight divided by its rank within the type (by number of relations),
 * so the best-connected person and meeting come first, then a country…
 */
export function labelPriorities(
  nodes: readonly { id: string; type: string; degree: number }[],
): Map<string, number> {
  const byDegree = (a: { id: string; degree: number }, b: { id: string; degree: number }) =>
    b.degree - a.degree || (a.id < b.id ? -1 : 1);
  const byType = new Map<string, { id: string; degree: number }[]>();
  for (const n of nodes) byType.set(n.type, [...(byType.get(n.type) ?? []), n]);
  const out = new Map<string, number>();
  for (const [type, list] of byType) {
    const w = Object.hasOwn(TYPE_WEIGHT, type) ? TYPE_WEIGHT[type]! : 1;
    list.sort(byDegree);
    list.forEach((n, rank) => out.set(n.id, w / (1 + rank)));
  }
  // Above every type weight, in order of relations.
  [...nodes]
    .sort(byDegree)
    .slice(0, TOP_CONNECTED)
    .forEach((n, rank) => out.set(n.id, TOP_PRIORITY + TOP_CONNECTED - rank));
  return out;
}

/** On-screen label size at a zoom: at least 13 px, growing slowly when zoomed in. */
export function screenFont(zoom: number): number {
  return Math.min(18, Math.max(13, 11 * zoom));
}

/** How many labels a zoom level may show: ~15 at the fitted view, more closer in. */
export function labelBudget(zoom: number, fitZoom: number, base = 15): number {
  const k = Math.max(1, zoom / Math.max(fitZoom, 1e-6));
  return Math.min(400, Math.round(base * k * k));
}
