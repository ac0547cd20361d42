/** Arrow-key moves on the canvas: pure geometry, tested in tests/unit/direction.test.ts. */
export type Direction = 'up' | 'down' | 'left' | 'right';

export interface Point {
  x: number;
  y: number;
}

const VECTORS: Record<Direction, Point> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

export const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/**
 * The candidate best lying in that direction: within about ±63° of it,
 * nearest along it, sideways distance counting double. Undefined if none.
 */
export function pickInDirection<T extends Point>(
  from: Point,
  candidates: readonly T[],
  dir: Direction,
): T | undefined {
  const v = VECTORS[dir];
  let best: T | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dx * v.x + dy * v.y;
    const side = Math.abs(dx * v.y - dy * v.x);
    if (along <= 0 || side > 2 * along) continue;
    const score = along + 2 * side;
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}
