import { describe, expect, it } from 'vitest';
import { forceInput as forceInputOf, toElements } from '../../src/cy/elements';
import { runForceLayout, spreadToDensity } from '../../src/cy/forceLayout';
import { timelinePositions } from '../../src/cy/timeline';
import { miniGraph } from './helpers';

const forceInput = () => forceInputOf(toElements(miniGraph()));

describe('force layout', () => {
  it('gives the same picture for the same data and restores Math.random', () => {
    const random = Math.random;
    const a = runForceLayout(forceInput());
    const b = runForceLayout(forceInput());
    expect(a).toEqual(b);
    expect(Math.random).toBe(random);
    expect(Object.keys(a)).toHaveLength(miniGraph().order);
  });

  it('keeps nodes apart (no two centres closer than their radii)', () => {
    const input = forceInput();
    const pos = runForceLayout(input);
    const size = new Map(input.nodes.map((n) => [n.id, n.size]));
    const ids = Object.keys(pos);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const p = pos[ids[i]!]!;
        const q = pos[ids[j]!]!;
        const d = Math.hypot(p.x - q.x, p.y - q.y);
        expect(d).toBeGreaterThan(((size.get(ids[i]!) ?? 0) + (size.get(ids[j]!) ?? 0)) / 2);
      }
    }
  });
});

describe('spreading a packed draft layout', () => {
  // 400 nodes of 20 px packed into a 95 × 95 square: about 23 px² each.
  const nodes = Array.from({ length: 400 }, (_, i) => ({ id: `n${i}`, size: 20 }));
  const packed = Object.fromEntries(
    nodes.map((n, i) => [n.id, { x: 10 + (i % 20) * 5, y: -40 + Math.floor(i / 20) * 5 }]),
  );
  const bbox = (pos: Record<string, { x: number; y: number }>) => {
    const xs = Object.values(pos).map((p) => p.x);
    const ys = Object.values(pos).map((p) => p.y);
    return { w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
  };

  it('scales about the centre until each node has (3 × its diameter)² of room', () => {
    const spread = spreadToDensity(packed, nodes);
    const { w, h } = bbox(spread);
    expect((w * h) / nodes.length).toBeCloseTo((3 * 20) ** 2, 0);
    // Same shape and centre: every position is the packed one scaled by one factor.
    const k = w / bbox(packed).w;
    expect(k).toBeGreaterThan(10);
    for (const n of nodes) {
      expect(spread[n.id]!.x - 57.5).toBeCloseTo((packed[n.id]!.x - 57.5) * k, 6);
      expect(spread[n.id]!.y - 7.5).toBeCloseTo((packed[n.id]!.y - 7.5) * k, 6);
    }
  });

  it('never shrinks a layout that already has room', () => {
    const roomy = spreadToDensity(packed, nodes, 0.1);
    expect(roomy).toEqual(packed);
  });
});

describe('timeline layout', () => {
  it('places meetings in year columns left to right, undated last', () => {
    const pos = timelinePositions(miniGraph());
    expect(pos['psd-10']!.x).toBeLessThan(pos['psd-12']!.x);
    expect(pos['psd-12']!.x).toBeLessThan(pos['psd-x']!.x);
    expect(pos['psd-10']!.y).toBe(0);
  });

  it('puts participants above and topics below, in the column of their meetings', () => {
    const pos = timelinePositions(miniGraph());
    expect(pos['ha-kim-ngoc']!.y).toBeLessThan(0);
    expect(pos['east-sea']!.y).toBeGreaterThan(0);
    expect(Math.abs(pos['bui-thanh-son']!.x - pos['psd-10']!.x)).toBeLessThanOrEqual(120);
    expect(Math.abs(pos['jessica-lewis']!.x - pos['psd-12']!.x)).toBeLessThanOrEqual(120);
  });

  it('never puts two entities on the same spot', () => {
    const pos = timelinePositions(miniGraph());
    const spots = Object.values(pos).map((p) => `${p.x},${p.y}`);
    expect(new Set(spots).size).toBe(spots.length);
  });

  it('lays out only the visible nodes when given a set', () => {
    const pos = timelinePositions(miniGraph(), new Set(['psd-12', 'ha-kim-ngoc']));
    expect(Object.keys(pos).sort()).toEqual(['ha-kim-ngoc', 'psd-12']);
  });
});
