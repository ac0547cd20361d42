import { describe, expect, it } from 'vitest';
import {
  chooseLabels,
  cullOverlaps,
  edgeLabelBox,
  labelBox,
  overlaps,
  placeGreedy,
  type Box,
} from '../../src/canvas/labelPriority';
import { wrapLabel } from '../../src/canvas/measureLabel';

const opts = { fontPx: 13, maxWidthPx: 160, width: 800, height: 600, budget: 400 };
const box = (x1: number, y1: number, x2: number, y2: number): Box => ({ x1, y1, x2, y2 });

/** No two of the kept labels' boxes overlap. */
function noOverlap(boxes: Box[]) {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
}

describe('label placement', () => {
  it('a star of 180 around a hub: the hub labelled, the rest culled until none overlap', () => {
    const hub = { id: 'hub', x: 400, y: 300, r: 20, chars: 11, priority: Infinity, must: true };
    const ring = Array.from({ length: 180 }, (_, i) => {
      const a = (2 * Math.PI * i) / 180;
      return {
        id: `n${i}`,
        x: 400 + 220 * Math.cos(a),
        y: 300 + 220 * Math.sin(a),
        r: 6,
        chars: 18,
        priority: 1,
      };
    });
    const taken: Box[] = [];
    const kept = chooseLabels([hub, ...ring], opts, taken);
    expect(kept.get('hub')).toEqual({ at: 'bottom', fontPx: 13 });
    expect(kept.size).toBeGreaterThan(10);
    expect(kept.size).toBeLessThan(181);
    expect(taken).toHaveLength(kept.size);
    noOverlap(taken);
    // Every kept label lies wholly on screen.
    for (const b of taken) {
      expect(b.x1).toBeGreaterThanOrEqual(0);
      expect(b.y2).toBeLessThanOrEqual(600);
    }
  });

  it('tries the corners when the four sides are taken', () => {
    const c = { id: 'c', x: 300, y: 300, r: 10, chars: 4, priority: 1 };
    // Small marks in the middle of each side's place, none in the corners'.
    const taken = [
      box(298, 315, 302, 318),
      box(298, 282, 302, 285),
      box(320, 299, 322, 301),
      box(278, 299, 280, 301),
    ];
    expect(chooseLabels([c], opts, taken).get('c')).toEqual({ at: 'bottom-right', fontPx: 13 });
  });

  it('a label that would leave the screen goes to another side, or is dropped', () => {
    const edge = { id: 'e', x: 795, y: 300, r: 5, chars: 10, priority: 1 };
    expect(chooseLabels([edge], opts).get('e')?.at).toBe('left');
    const corner = { id: 'c', x: 2, y: 2, r: 5, chars: 200, priority: 1 };
    expect(chooseLabels([corner], { ...opts, width: 100, height: 100 }).size).toBe(0);
  });

  it('one of the most connected that fits nowhere moves labels in its way, or shrinks to the smallest font', () => {
    // b's label sits below a; c, a must, can only go below b… where a's label is.
    const items = [
      { id: 'a', priority: 3, boxes: [box(0, 10, 50, 20), box(0, -20, 50, -10)] },
      { id: 'c', priority: 2, must: true, boxes: [box(10, 12, 40, 18)] },
    ];
    const kept = placeGreedy(items, 10);
    expect(Object.fromEntries(kept)).toEqual({ a: 1, c: 0 });
    // Without must, c is culled instead.
    expect(placeGreedy([items[0]!, { ...items[1]!, must: false }], 10).has('c')).toBe(false);
    // Walled in so that only the place below, at 11 px, is free: a must label takes it.
    const b = { id: 'b', x: 300, y: 300, r: 10, chars: 10, priority: 1 };
    const walls = () => [
      box(0, 329, 800, 600),
      box(0, 0, 800, 288),
      box(340, 0, 800, 600),
      box(0, 0, 260, 600),
    ];
    const small = { ...opts, minFontPx: 11 };
    expect(chooseLabels([{ ...b, must: true }], small, walls()).get('b')).toEqual({
      at: 'bottom',
      fontPx: 11,
    });
    expect(chooseLabels([b], small, walls()).size).toBe(0);
  });

  it("no label covers one of the most connected entities' nodes, unless it is one of them with no other room", () => {
    // b, one of the most connected (its own label too long to fit), sits just below a:
    // a's label goes above instead of over b's node; were b a lesser entity, below.
    const small = { ...opts, width: 100, height: 100 };
    const a = { id: 'a', x: 50, y: 40, r: 10, chars: 4, priority: 2 };
    const b = { id: 'b', x: 50, y: 62, r: 4, chars: 300, priority: 1, must: true };
    expect([...chooseLabels([a, b], small)]).toEqual([['a', { at: 'top', fontPx: 13 }]]);
    expect(chooseLabels([a, { ...b, must: false }], small).get('a')?.at).toBe('bottom');
    // Walled in everywhere but below: a must label still takes the place over b; a lesser one goes.
    const walls = () => [box(0, 0, 800, 305), box(0, 0, 285, 600), box(315, 0, 800, 600)];
    const a2 = { id: 'a', x: 300, y: 300, r: 10, chars: 1, priority: 2 };
    const b2 = { id: 'b', x: 300, y: 322, r: 8, chars: 10, priority: 1, must: true };
    expect(chooseLabels([{ ...a2, must: true }, b2], opts, walls()).get('a')?.at).toBe('bottom');
    expect(chooseLabels([a2, b2], opts, walls()).has('a')).toBe(false);
  });

  it('relation labels: the box of the turned text, and they give way to entity labels', () => {
    const flat = edgeLabelBox({ x1: 0, y1: 0, x2: 100, y2: 0, w: 40, h: 10 }, 0);
    expect(flat).toEqual(box(30, -5, 70, 5));
    const upright = edgeLabelBox({ x1: 0, y1: 0, x2: 0, y2: 100, w: 40, h: 10 }, 0);
    expect(upright.x2 - upright.x1).toBeCloseTo(10);
    expect(upright.y2 - upright.y1).toBeCloseTo(40);
    const taken = [box(25, -8, 75, 8)]; // an entity's label over the middle
    expect(placeGreedy([{ id: 'e', priority: 1, boxes: [flat] }], 10, taken).size).toBe(0);
  });

  it('culls what Cytoscape drew overlapping, most important first; the selection never', () => {
    const drawn = [
      { id: 'a', box: box(0, 0, 10, 10) },
      { id: 'b', box: box(5, 5, 15, 15) },
      { id: 'c', box: box(20, 0, 30, 10) },
      { id: 'sel', box: box(25, 5, 35, 15) },
    ];
    expect(cullOverlaps(drawn, new Set(['sel']))).toEqual(['b', 'c']);
    expect(cullOverlaps(drawn)).toEqual(['b', 'sel']);
  });

  it('estimates a wrapped label below, above or beside its node, with room for the halo', () => {
    const c = { id: 'x', x: 100, y: 100, r: 10, chars: 5, priority: 1, w: 50, h: 13 };
    // The box (halo and padding included) starts at the node's edge, as Cytoscape draws it.
    expect(labelBox(c, opts, 'bottom')).toEqual(box(73, 110, 127, 127));
    expect(labelBox(c, opts, 'right')).toEqual(box(110, 91.5, 164, 108.5));
    expect(labelBox(c, opts, 'top-left').y2).toBe(90);
  });
});

describe('wrapping as Cytoscape wraps', () => {
  const measure = (t: string) => t.length * 10;
  it('breaks at spaces when a line would pass the width; a long word keeps its own line', () => {
    expect(wrapLabel('aa bb cc', 50, measure)).toEqual({ w: 50, lines: 2 });
    expect(wrapLabel('aa bb cc', 80, measure)).toEqual({ w: 80, lines: 1 });
    expect(wrapLabel('abcdefghijkl x', 50, measure)).toEqual({ w: 120, lines: 2 });
    expect(wrapLabel('one\ntwo', 500, measure)).toEqual({ w: 30, lines: 2 });
  });
});
