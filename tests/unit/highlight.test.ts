import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { applyHover, applySelection, applyVisibility } from '../../src/canvas/highlight';
import { toElements } from '../../src/cy/elements';
import { LIGHT_STYLESHEET } from '../../src/cy/stylesheet';
import { miniGraph } from './helpers';

let cy: cytoscape.Core | undefined;
afterEach(() => {
  cy?.destroy();
  cy = undefined;
});
const make = () =>
  (cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(miniGraph()),
    style: LIGHT_STYLESHEET,
  }));

describe('canvas controllers (headless Cytoscape)', () => {
  it('selection marks the element and its neighbourhood, and a new selection clears the old', () => {
    const c = make();
    applySelection(c, { kind: 'entity', id: 'ha-kim-ngoc' });
    expect(c.$('.selected').map((e) => e.id())).toEqual(['ha-kim-ngoc']);
    expect(
      c
        .$('node.sel-hood')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['mofa', 'psd-12']);
    expect(
      c
        .$('edge.sel-hood')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['r1', 'r8']);
    applySelection(c, { kind: 'relation', id: 'r7' });
    expect(c.$('.selected').map((e) => e.id())).toEqual(['r7']);
    expect(
      c
        .$('.sel-hood')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['psd-12', 'washington']);
    applySelection(c, null);
    expect(c.$('.selected, .sel-hood').length).toBe(0);
  });

  it('selection fades the rest, unless told not to (a simplified big graph)', () => {
    const c = make();
    applySelection(c, { kind: 'entity', id: 'ha-kim-ngoc' });
    expect(c.getElementById('bui-thanh-son').hasClass('sel-faded')).toBe(true);
    expect(c.getElementById('mofa').hasClass('sel-faded')).toBe(false);
    applySelection(c, { kind: 'entity', id: 'ha-kim-ngoc' }, false);
    expect(c.$('.sel-faded').length).toBe(0);
    expect(c.$('node.sel-hood').length).toBe(2);
  });

  it('hover fades the rest and leaves the selection marks alone', () => {
    const c = make();
    applySelection(c, { kind: 'entity', id: 'ha-kim-ngoc' });
    applyHover(c, c.getElementById('east-sea'));
    expect(c.getElementById('bui-thanh-son').hasClass('faded')).toBe(true);
    expect(c.getElementById('psd-10').hasClass('hover')).toBe(true);
    applyHover(c, null);
    expect(c.$('.faded, .hover').length).toBe(0);
    expect(c.$('.sel-hood').length).toBe(4);
  });

  it('visibility hides and restores exactly the given sets', () => {
    const c = make();
    const all = new Set(c.nodes().map((n) => n.id()));
    all.delete('east-sea');
    const edges = new Set(
      c
        .edges()
        .filter((e) => e.target().id() !== 'east-sea')
        .map((e) => e.id()),
    );
    const shown = applyVisibility(c, all, edges);
    // The counts it returns are what the canvas shows.
    expect(shown).toEqual({
      nodes: c.nodes().not('.hidden').length,
      edges: c.edges().not('.hidden').length,
    });
    expect(shown.nodes).toBe(c.nodes().length - 1);
    expect(
      c
        .$('.hidden')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['east-sea', 'r10', 'r4', 'r5']);
    expect(c.getElementById('east-sea').style('display')).toBe('none');
    applyVisibility(
      c,
      new Set(c.nodes().map((n) => n.id())),
      new Set(c.edges().map((e) => e.id())),
    );
    expect(c.$('.hidden').length).toBe(0);
  });
});
