import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { grewFrom, placeGrown } from '../../src/canvas/growth';
import { toElements } from '../../src/cy/elements';
import { toCyId } from '../../src/cy/ids';
import { miniGraph } from './helpers';

let cy: cytoscape.Core | undefined;
afterEach(() => {
  cy?.destroy();
  cy = undefined;
});

/** The mini graph before one more hop around `anchor`: its other neighbours not loaded yet. */
function beforeHop(anchor: string, keep: string) {
  const now = miniGraph();
  const before = now.copy();
  const fresh = now.neighbors(anchor).filter((n) => n !== keep);
  for (const n of fresh) before.dropNode(n);
  return { now, before, fresh };
}

describe('a graph that grew on screen (one more hop from a store)', () => {
  it('is told apart from another graph', () => {
    const { now, before } = beforeHop('psd-12', 'ha-kim-ngoc');
    expect(grewFrom(before, now)).toBe(true);
    expect(grewFrom(now, before)).toBe(false);
    expect(grewFrom(now, now)).toBe(false);
    const other = now.copy();
    other.dropNode('ha-kim-ngoc');
    other.addNode('someone-else', { ...now.getNodeAttributes('mofa') });
    expect(grewFrom(now, other)).toBe(false);
  });

  it('keeps every drawn entity where it stands and places the newcomers apart, around the entity they joined', () => {
    const { now, before, fresh } = beforeHop('psd-12', 'ha-kim-ngoc');
    expect(fresh.length).toBeGreaterThan(1);
    const drawn = new Map<string, { x: number; y: number }>();
    before.forEachNode((n, _a) => drawn.set(n, { x: drawn.size * 200, y: (drawn.size % 2) * 150 }));
    cy = cytoscape({
      headless: true,
      elements: toElements(now).map((e) =>
        e.group === 'nodes' && drawn.has(String(e.data.id))
          ? { ...e, position: drawn.get(String(e.data.id))! }
          : { ...e, position: { x: 0, y: 0 } },
      ),
    });
    const positions = placeGrown(cy, before, now);
    for (const [id, p] of drawn) {
      expect(cy.getElementById(toCyId(id)).position()).toEqual(p);
      expect(positions[toCyId(id)]).toEqual(p);
    }
    const anchor = drawn.get('psd-12')!;
    const spots = fresh.map((n) => positions[toCyId(n)]!);
    expect(new Set(spots.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(
      fresh.length,
    );
    for (const p of spots) {
      const d = Math.hypot(p.x - anchor.x, p.y - anchor.y);
      expect(d).toBeGreaterThan(50);
      expect(d).toBeLessThan(400);
    }
  });
});
