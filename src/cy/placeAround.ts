/** A position in model coordinates. */
export interface XY {
  x: number;
  y: number;
}

/** Room each new node gets along its ring, in model units (nodes are 20–60 wide). */
const GAP = 60;
const MIN_RADIUS = 110;

/**
 * Where the entities "Show neighbours" brings in go: on an arc around the
 * entity they were shown from, turned away from the rest of the view (the
 * centroid of `others`) so they land in free space, or a full ring when the
 * entity is in the middle of the view or there are many. Pure; positions
 * come back in the order of `count`.
 */
export function placeAround(center: XY, others: readonly XY[], count: number): XY[] {
  if (count <= 0) return [];
  let cx = 0;
  let cy = 0;
  for (const o of others) {
    cx += o.x;
    cy += o.y;
  }
  const n = others.length;
  const away = n ? { x: center.x - cx / n, y: center.y - cy / n } : { x: 0, y: 0 };
  const off = Math.hypot(away.x, away.y);
  // A fan (three quarters of a half ring) facing away from the rest, unless there is no "away" or too many for it.
  const arc = off > 1 && count <= 8 ? 0.75 * Math.PI : 2 * Math.PI;
  const heading = off > 1 ? Math.atan2(away.y, away.x) : -Math.PI / 2;
  const radius = Math.max(MIN_RADIUS, (count * GAP) / arc);
  const step = arc === 2 * Math.PI ? arc / count : count > 1 ? arc / (count - 1) : 0;
  const first = arc === 2 * Math.PI ? heading : heading - (count > 1 ? arc / 2 : 0);
  return Array.from({ length: count }, (_, i) => {
    const a = first + i * step;
    return { x: center.x + radius * Math.cos(a), y: center.y + radius * Math.sin(a) };
  });
}
