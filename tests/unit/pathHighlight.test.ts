import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEncoding } from '../../src/canvas/encoding';
import { applyPath, framePath } from '../../src/canvas/pathHighlight';
import { toElements } from '../../src/cy/elements';
import { fromCyId } from '../../src/cy/ids';
import { LIGHT_STYLESHEET } from '../../src/cy/stylesheet';
import { buildGraph } from '../../src/graph/build';
import { miniDataset, miniGraph } from './helpers';

let cy: cytoscape.Core | undefined;
afterEach(() => {
  cy?.destroy();
  cy = undefined;
});
const make = (graph = miniGraph()) =>
  (cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(graph),
    style: LIGHT_STYLESHEET,
  }));
const ids = (c: cytoscape.Core, sel: string) =>
  c
    .$(sel)
    .map((e) => fromCyId(e.id()))
    .sort();

describe('path highlight (headless Cytoscape)', () => {
  const path = { nodes: ['ha-kim-ngoc', 'psd-12', 'jessica-lewis'], edges: ['r1', 'r2'] };

  it('marks the path, fades the rest, and a new path clears the old', () => {
    const c = make();
    applyPath(c, path);
    expect(ids(c, '.on-path')).toEqual(['ha-kim-ngoc', 'jessica-lewis', 'psd-12', 'r1', 'r2']);
    expect(c.$('.path-faded').length).toBe(c.elements().length - 5);
    applyPath(c, { nodes: ['mofa', 'vietnam'], edges: ['r9'] });
    expect(ids(c, '.on-path')).toEqual(['mofa', 'r9', 'vietnam']);
    applyPath(c, null);
    expect(c.$('.on-path, .path-faded').length).toBe(0);
  });

  it('draws a path through filtered-out entities', () => {
    const c = make();
    c.getElementById('psd-12').addClass('hidden');
    applyPath(c, path);
    expect(c.getElementById('psd-12').style('display')).toBe('element');
    applyPath(c, null);
    expect(c.getElementById('psd-12').style('display')).toBe('none');
  });

  it('frames the path beside a panel', () => {
    const c = make();
    c.getElementById('ha-kim-ngoc').position({ x: 0, y: 0 });
    c.getElementById('psd-12').position({ x: 100, y: 0 });
    c.getElementById('jessica-lewis').position({ x: 200, y: 0 });
    expect(() => framePath(c, path.nodes, { left: 300 })).not.toThrow();
    expect(() => framePath(c, ['nobody'])).not.toThrow();
  });

  it('works with ids named like Object.prototype members', () => {
    const ds = miniDataset();
    ds.entities.find((e) => e.id === 'psd-12')!.id = 'constructor';
    for (const r of ds.relations) {
      if (r.source === 'psd-12') r.source = 'constructor';
      if (r.target === 'psd-12') r.target = 'constructor';
    }
    const c = make(buildGraph(ds).graph);
    applyPath(c, { nodes: ['ha-kim-ngoc', 'constructor'], edges: ['r1'] });
    expect(ids(c, '.on-path')).toEqual(['constructor', 'ha-kim-ngoc', 'r1']);
    applyEncoding(c, { sizes: new Map([['constructor', 55]]) });
    expect(
      c
        .$('node')
        .filter((n) => fromCyId(n.id()) === 'constructor')
        .data('size'),
    ).toBe(55);
  });
});

describe('encoding (headless Cytoscape)', () => {
  it('sets sizes and community colours, and restores degree sizes and type colours', () => {
    const c = make();
    const before = c.getElementById('ha-kim-ngoc').data('size');
    applyEncoding(c, {
      sizes: new Map([['ha-kim-ngoc', 60]]),
      colours: new Map([['ha-kim-ngoc', '#4E79A7']]),
    });
    const n = c.getElementById('ha-kim-ngoc');
    expect(n.data('size')).toBe(60);
    expect(n.hasClass('by-community')).toBe(true);
    expect(n.style('background-color')).toBe('rgb(78,121,167)');
    applyEncoding(c, null);
    expect(n.data('size')).toBe(before);
    expect(n.hasClass('by-community')).toBe(false);
  });
});
