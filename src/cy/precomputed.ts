import type { ElementDefinition } from 'cytoscape';
import { forceInput } from './elements';
import type { ForceInput } from './forceLayout';
import type { Positions } from './timeline';

/**
 * Force positions computed ahead of time for a known dataset (the bundled one:
 * see scripts/positions.ts), so its graph appears in place at once. The
 * fingerprint names exactly what the layout was computed from; any change to
 * the entities, their sizes or the relations makes it stale, and the app falls
 * back to computing the layout.
 */
export interface PrecomputedLayout {
  fingerprint: string;
  positions: Positions;
}

/** cyrb53: a 53-bit string hash, plenty to tell datasets apart. */
function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** What the force layout depends on: node ids and sizes, relation endpoints (order-free). */
export function layoutFingerprint(input: ForceInput): string {
  const nodes = input.nodes.map((n) => `${n.id}:${n.size}`).sort();
  const edges = input.edges.map((e) => `${e.source}>${e.target}`).sort();
  return `${input.nodes.length}-${input.edges.length}-${hash53(`${nodes.join('|')}#${edges.join('|')}`)}`;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * The layout's positions if it was computed from exactly these elements and
 * places every node; a fresh object without a prototype (ids are data).
 */
export function matchingPositions(
  elements: readonly ElementDefinition[],
  layout: PrecomputedLayout | undefined,
): Positions | undefined {
  if (!layout) return undefined;
  const input = forceInput(elements);
  if (layoutFingerprint(input) !== layout.fingerprint) return undefined;
  const out = Object.create(null) as Positions;
  for (const { id } of input.nodes) {
    if (!Object.hasOwn(layout.positions, id)) return undefined;
    const p = layout.positions[id];
    if (!p || !finite(p.x) || !finite(p.y)) return undefined;
    out[id] = { x: p.x, y: p.y };
  }
  return out;
}

/** Fresh elements with the nodes at the given positions. */
export function placeElements(
  elements: readonly ElementDefinition[],
  positions: Positions,
): ElementDefinition[] {
  return elements.map((e) => {
    const p = e.group === 'nodes' ? positions[String(e.data.id)] : undefined;
    return p ? { ...e, position: { x: p.x, y: p.y } } : e;
  });
}

/** Rounded to 0.1 px: a smaller file, no visible difference. */
export function roundPositions(positions: Positions): Positions {
  const out: Positions = {};
  for (const id of Object.keys(positions).sort()) {
    const p = positions[id]!;
    out[id] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
  }
  return out;
}
