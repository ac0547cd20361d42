/**
 * Which labels to draw: the most important entities first, a label kept only
 * if it overlaps none already kept. Pure (tested in tests/unit/labels.test.ts).
 */
export interface LabelCandidate {
  id: string;
  /** Rendered centre and radius of the node, in screen px. */
  x: number;
  y: number;
  r: number;
  chars: number;
  priority: number;
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
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Where a label sits around its node, in the order tried. */
export const PLACEMENTS = ['bottom', 'top', 'right', 'left'] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** The label's box beside its node (centred below or above, or to a side), wrapped. */
export function labelBox(c: LabelCandidate, o: LabelOptions, at: Placement = 'bottom'): Box {
  const textWidth = c.chars * o.fontPx * 0.56;
  const w = Math.min(textWidth, o.maxWidthPx);
  const lines = Math.max(1, Math.ceil(textWidth / o.maxWidthPx));
  const h = lines * o.fontPx * 1.25;
  const gap = c.r + 2;
  if (at === 'bottom')
    return { x1: c.x - w / 2, y1: c.y + gap, x2: c.x + w / 2, y2: c.y + gap + h };
  if (at === 'top') return { x1: c.x - w / 2, y1: c.y - gap - h, x2: c.x + w / 2, y2: c.y - gap };
  if (at === 'right') return { x1: c.x + gap, y1: c.y - h / 2, x2: c.x + gap + w, y2: c.y + h / 2 };
  return { x1: c.x - gap - w, y1: c.y - h / 2, x2: c.x - gap, y2: c.y + h / 2 };
}

/** The labels kept, each with where it sits. */
export function chooseLabels(
  candidates: readonly LabelCandidate[],
  o: LabelOptions,
): Map<string, Placement> {
  const kept = new Map<string, Placement>();
  const boxes: Box[] = [];
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  for (const c of sorted) {
    if (kept.size >= o.budget) break;
    if (c.x < -c.r || c.y < -c.r || c.x > o.width + c.r || c.y > o.height + c.r) continue;
    for (const at of PLACEMENTS) {
      const box = labelBox(c, o, at);
      if (boxes.some((b) => overlaps(b, box))) continue;
      boxes.push(box);
      kept.set(c.id, at);
      break;
    }
  }
  return kept;
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

/**
 * People and meetings first, taking turns: each entity's priority is its
 * type's weight divided by its rank within the type (by number of relations),
 * so the best-connected person and meeting come first, then a country…
 */
export function labelPriorities(
  nodes: readonly { id: string; type: string; degree: number }[],
): Map<string, number> {
  const byType = new Map<string, { id: string; degree: number }[]>();
  for (const n of nodes) byType.set(n.type, [...(byType.get(n.type) ?? []), n]);
  const out = new Map<string, number>();
  for (const [type, list] of byType) {
    const w = Object.hasOwn(TYPE_WEIGHT, type) ? TYPE_WEIGHT[type]! : 1;
    list.sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
    list.forEach((n, rank) => out.set(n.id, w / (1 + rank)));
  }
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
