import { describe, expect, it } from 'vitest';
import { forceInput } from '../../src/cy/elements';
import {
  layoutFingerprint,
  matchingPositions,
  placeElements,
  type PrecomputedLayout,
} from '../../src/cy/precomputed';

const els = (edges: [string, string][], nodes = ['a', 'b', 'c']) => [
  ...nodes.map((id) => ({ group: 'nodes' as const, data: { id, size: 20 } })),
  ...edges.map(([s, t], i) => ({
    group: 'edges' as const,
    data: { id: `e${i}`, source: s, target: t },
  })),
];

describe('precomputed layout', () => {
  it('fingerprints what the layout depends on, in any order', () => {
    const a = layoutFingerprint(forceInput(els([['a', 'b']])));
    expect(layoutFingerprint(forceInput(els([['a', 'b']], ['c', 'b', 'a'])))).toBe(a);
    expect(layoutFingerprint(forceInput(els([['a', 'c']])))).not.toBe(a);
    expect(layoutFingerprint(forceInput(els([['a', 'b']], ['a', 'b', 'd'])))).not.toBe(a);
  });

  it('is used only when it matches and places every node', () => {
    const e = els([['a', 'b']]);
    const positions = { a: { x: 1, y: 2 }, b: { x: 3, y: 4 }, c: { x: 5, y: 6 } };
    const layout: PrecomputedLayout = { fingerprint: layoutFingerprint(forceInput(e)), positions };
    const p = matchingPositions(e, layout);
    expect(p?.['c']).toEqual({ x: 5, y: 6 });
    expect(matchingPositions(els([['b', 'c']]), layout)).toBeUndefined();
    expect(
      matchingPositions(e, { ...layout, positions: { a: positions.a, b: positions.b } }),
    ).toBeUndefined();
    expect(
      matchingPositions(e, { ...layout, positions: { ...positions, c: { x: NaN, y: 0 } } }),
    ).toBeUndefined();
    const placed = placeElements(e, p!);
    expect(placed[1]?.position).toEqual({ x: 3, y: 4 });
    expect(e[1]).not.toHaveProperty('position'); // fresh objects
  });

  it('never reads an id from the prototype', () => {
    const e = els([], ['constructor']);
    const layout = { fingerprint: layoutFingerprint(forceInput(e)), positions: {} };
    expect(matchingPositions(e, layout)).toBeUndefined();
  });
});
