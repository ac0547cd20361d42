import { describe, expect, it } from 'vitest';
import { placeAround } from '../../src/cy/placeAround';

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('placeAround', () => {
  it('places nothing for no newcomers', () => {
    expect(placeAround({ x: 0, y: 0 }, [], 0)).toEqual([]);
  });

  it('puts the newcomers on a ring, apart from each other', () => {
    const ps = placeAround({ x: 10, y: 20 }, [], 12);
    expect(ps).toHaveLength(12);
    for (const p of ps)
      expect(dist(p, { x: 10, y: 20 })).toBeCloseTo(ps[0] ? dist(ps[0], { x: 10, y: 20 }) : 0);
    for (let i = 1; i < ps.length; i++) expect(dist(ps[i]!, ps[i - 1]!)).toBeGreaterThan(40);
  });

  it('turns away from the rest of the view', () => {
    // The rest lies to the left: every newcomer goes right of the centre.
    const ps = placeAround(
      { x: 0, y: 0 },
      [
        { x: -300, y: 0 },
        { x: -250, y: 40 },
      ],
      4,
    );
    for (const p of ps) expect(p.x).toBeGreaterThanOrEqual(-1e-9);
  });

  it('one newcomer goes straight away from the rest', () => {
    const [p] = placeAround({ x: 0, y: 0 }, [{ x: 0, y: 100 }], 1);
    expect(p!.x).toBeCloseTo(0);
    expect(p!.y).toBeLessThan(-100);
  });
});
