import type { Core, NodeSingular } from 'cytoscape';
import { placeAround, type XY } from '../cy/placeAround';
import { fromCyId, toCyId } from '../cy/ids';
import type { ParleyGraph } from '../graph/types';
import type { Positions } from '../cy/timeline';

/** Below this many entities, newcomers glide out from the entity they were shown from. */
const ANIMATE_BELOW = 1000;

/**
 * "Show neighbours" on the canvas: the entities that have just come into
 * view through a newly expanded entity are placed around it (the rest of the
 * view keeps its place) and glide out from it. Pinned nodes are not moved.
 * Called before the new visibility is applied; returns what it placed.
 */
export function placeNewcomers(
  cy: Core,
  graph: ParleyGraph,
  before: { nodes: ReadonlySet<string>; expanded: ReadonlySet<string> },
  now: { nodes: ReadonlySet<string>; expanded: ReadonlySet<string> },
): string[] {
  const anchors = [...now.expanded].filter(
    (x) => !before.expanded.has(x) && before.nodes.has(x) && now.nodes.has(x),
  );
  const placed: string[] = [];
  for (const anchor of anchors) {
    const a = cy.getElementById(toCyId(anchor));
    if (a.empty() || !graph.hasNode(anchor)) continue;
    const newcomers = graph
      .neighbors(anchor)
      .filter((n) => now.nodes.has(n) && !before.nodes.has(n) && !placed.includes(n))
      .filter((n) => !cy.getElementById(toCyId(n)).hasClass('pinned'))
      .sort();
    if (!newcomers.length) continue;
    const others = cy
      .nodes(':visible')
      .filter((n) => fromCyId(n.id()) !== anchor)
      .map((n) => (n as NodeSingular).position());
    const from = a.position();
    const targets = placeAround(from, others, newcomers.length);
    const animate = cy.nodes().length < ANIMATE_BELOW;
    newcomers.forEach((id, i) => {
      const n = cy.getElementById(toCyId(id));
      const to = targets[i]!;
      n.stop(true, false);
      if (animate) {
        n.position({ x: from.x, y: from.y });
        n.animate({ position: to }, { duration: 400, easing: 'ease-out-cubic' });
      } else n.position(to);
    });
    placed.push(...newcomers);
  }
  return placed;
}

/**
 * A graph that grew on screen (a SPARQL store's one more hop): whether every
 * entity of the graph drawn before is still in the new one.
 */
export function grewFrom(before: ParleyGraph, now: ParleyGraph): boolean {
  if (now === before || now.order < before.order) return false;
  return before.everyNode((n) => now.hasNode(n));
}

/**
 * Places the entities a grown graph brought: each around the entity it is
 * linked to that was already drawn (the one with most newcomers first), the
 * rest of the view untouched; they glide out from it. Returns every node's
 * position, for the layout cache.
 */
export function placeGrown(cy: Core, before: ParleyGraph, now: ParleyGraph): Positions {
  const fresh = now.filterNodes((n) => !before.hasNode(n));
  const byAnchor = new Map<string, string[]>();
  for (const n of fresh) {
    const anchors = now.neighbors(n).filter((m) => before.hasNode(m));
    // The anchor that brought most of the newcomers: the entity the hop was asked on.
    const anchor = anchors.sort(
      (a, b) => freshAround(now, before, b) - freshAround(now, before, a) || a.localeCompare(b),
    )[0];
    const key = anchor ?? '';
    byAnchor.set(key, [...(byAnchor.get(key) ?? []), n]);
  }
  const animate = cy.nodes().length < ANIMATE_BELOW;
  // Positions are keyed by Cytoscape id, as the layout cache is.
  const out = Object.create(null) as Positions; // ids as keys: no prototype to collide with
  const others: XY[] = [];
  cy.nodes().forEach((n) => {
    if (!before.hasNode(fromCyId(n.id()))) return;
    const p = { ...n.position() };
    out[n.id()] = p;
    others.push(p);
  });
  for (const [anchor, newcomers] of byAnchor) {
    const a = anchor ? cy.getElementById(toCyId(anchor)) : cy.collection();
    const from = a.nonempty() ? { ...a.position() } : centre(others);
    const targets = placeAround(from, others, newcomers.length);
    newcomers.sort().forEach((id, i) => {
      const n = cy.getElementById(toCyId(id));
      const to = targets[i]!;
      if (n.empty()) return;
      n.stop(true, false);
      n.position({ ...from });
      if (animate) n.animate({ position: to }, { duration: 400, easing: 'ease-out-cubic' });
      else n.position(to);
      out[n.id()] = to;
      others.push(to);
    });
  }
  return out;
}

function freshAround(now: ParleyGraph, before: ParleyGraph, id: string): number {
  return now.neighbors(id).filter((m) => !before.hasNode(m)).length;
}

function centre(points: readonly XY[]): XY {
  if (!points.length) return { x: 0, y: 0 };
  const x = points.reduce((s, p) => s + p.x, 0) / points.length;
  const y = points.reduce((s, p) => s + p.y, 0) / points.length;
  return { x, y };
}

/**
 * After a grow: when some newcomers landed outside the window (a phone, a
 * zoomed-in view), the view moves to centre them and the entities they
 * joined, zooming out to take them in — never in, and never below half.
 */
export function revealGrown(cy: Core, before: ParleyGraph, positions: Positions): void {
  if (cy.width() <= 0 || cy.height() <= 0) return; // headless: nothing to show
  const ext = cy.extent();
  const inside = (p: XY) => p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
  const fresh = cy.nodes().filter((n) => !before.hasNode(fromCyId(n.id())));
  const targets = fresh.map((n) => positions[n.id()] ?? (n as NodeSingular).position());
  if (!targets.length || targets.every(inside)) return;
  const joined = fresh.neighborhood('node').filter((n) => before.hasNode(fromCyId(n.id())));
  const pts = [...targets, ...joined.map((n) => (n as NodeSingular).position())];
  const x1 = Math.min(...pts.map((p) => p.x));
  const x2 = Math.max(...pts.map((p) => p.x));
  const y1 = Math.min(...pts.map((p) => p.y));
  const y2 = Math.max(...pts.map((p) => p.y));
  const pad = 40;
  // Zoomed out at most to half: a phone's strip of graph above the sheet
  // cannot hold them all readably; the rest is a pan away.
  const fit = Math.min(
    (cy.width() - 2 * pad) / Math.max(x2 - x1, 1),
    (cy.height() - 2 * pad) / Math.max(y2 - y1, 1),
  );
  const zoom = Math.min(cy.zoom(), Math.max(fit, cy.zoom() / 2));
  const centre = { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
  cy.animate(
    {
      zoom,
      pan: { x: cy.width() / 2 - centre.x * zoom, y: cy.height() / 2 - centre.y * zoom },
    },
    { duration: 400 },
  );
}
