import type { ForceInput } from './forceLayout';
import { spiral } from './elements';
import type { Positions } from './timeline';

/**
 * A first picture, drawn at once while the force layout runs in the worker
 * (seconds for thousands of relations): the sunflower spiral in order of
 * degree, so the most connected entities stand in the middle and the
 * leaves at the rim. Linear after the sort; deterministic (ties by id).
 */
export function provisionalPositions(input: ForceInput): Positions {
  const degree = new Map<string, number>();
  for (const n of input.nodes) degree.set(n.id, 0);
  for (const e of input.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const order = input.nodes
    .map((n) => n.id)
    .sort((a, b) => degree.get(b)! - degree.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  const out: Positions = Object.create(null) as Positions; // ids are keys: no prototype to collide with
  order.forEach((id, i) => (out[id] = spiral(i)));
  return out;
}
