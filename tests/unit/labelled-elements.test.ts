/**
 * labelledElements: the bundled graph's nodes get, before they are drawn,
 * the label classes and sizes installLabels' refresh would give them.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { labelledElements } from '../../src/canvas/labels';

const view = {
  zoom: () => 1,
  pan: () => ({ x: 400, y: 300 }),
  width: () => 800,
  height: () => 600,
};
const cy = view as unknown as Core;

const node = (id: string, x: number, y: number, degree: number): ElementDefinition => ({
  group: 'nodes',
  data: { id, label: `Entity ${id}`, type: 'person', degree, size: 20, fs: 12, tw: 220 },
  classes: 'person',
});

describe('labelledElements', () => {
  it('gives the better connected of two close nodes the label below, leaves edges alone', () => {
    // a and b stand 10 px apart: the better connected one gets the place below, the other moves.
    const defs = [
      node('a', 0, 0, 9),
      node('b', 10, 0, 1),
      node('c', 0, 200, 3),
      { group: 'edges', data: { id: 'e', source: 'a', target: 'b' } } as ElementDefinition,
    ];
    const positions = { a: { x: 0, y: 0 }, b: { x: 10, y: 0 }, c: { x: 0, y: 200 } };
    const out = labelledElements(cy, defs, positions);
    const classes = new Map(out.map((d) => [String(d.data.id), String(d.classes ?? '')]));
    expect(classes.get('a')).toBe('person label-on');
    expect(classes.get('b')).not.toBe('person label-on');
    expect(classes.get('b')).toMatch(/^person label-(on label-(top|left|right)|off)$/);
    expect(classes.get('c')).toBe('person label-on');
    expect(out[3]).toBe(defs[3]); // edges untouched
    // Label size and wrap width in model units for this zoom (13 px on screen at zoom 1, 160 px wrap).
    expect(out[0]!.data.fs).toBe(13);
    expect(out[0]!.data.tw).toBe(160);
    // The definitions given are not modified (Cytoscape gets fresh copies).
    expect(defs[0]!.classes).toBe('person');
  });
});
