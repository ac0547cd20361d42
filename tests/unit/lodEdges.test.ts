import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { applySelection, clearSelection } from '../../src/canvas/highlight';
import { addLayoutEdges, edgesAround, indexEdges, syncEdges } from '../../src/canvas/lodEdges';
import { toElements } from '../../src/cy/elements';
import { LIGHT_STYLESHEET } from '../../src/cy/stylesheet';
import { miniGraph } from './helpers';

let cy: cytoscape.Core | undefined;
afterEach(() => {
  cy?.destroy();
  cy = undefined;
});

const elements = toElements(miniGraph());
const index = indexEdges(elements);
const allEdges = new Set(elements.filter((e) => e.group === 'edges').map((e) => String(e.data.id)));
/** A level-of-detail canvas: every node, no edge. */
const make = () =>
  (cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: elements.filter((e) => e.group === 'nodes'),
    style: LIGHT_STYLESHEET,
  }));
const edgeIds = (c: cytoscape.Core) =>
  c
    .edges()
    .map((e) => e.id())
    .sort();

describe('level-of-detail relations', () => {
  it('indexes every relation under both of its endpoints', () => {
    const g = miniGraph();
    for (const node of g.nodes()) {
      expect((index.byNode.get(node) ?? []).map((d) => String(d.data.id)).sort()).toEqual(
        g.edges(node).sort(),
      );
    }
    expect(index.byId.size).toBe(g.size);
  });

  it('brings exactly the selection’s relations onto the canvas, and takes them away again', () => {
    const c = make();
    syncEdges(c, edgesAround(index, { kind: 'entity', id: 'ha-kim-ngoc' }), allEdges);
    expect(edgeIds(c)).toEqual(['r1', 'r8']);
    expect(c.getElementById('r1').visible()).toBe(false); // lod: drawn only when marked
    applySelection(c, { kind: 'entity', id: 'ha-kim-ngoc' });
    expect(c.getElementById('r1').visible()).toBe(true);
    // Drawn like any relation: direction (arrow) and label.
    expect(c.getElementById('r1').style('target-arrow-shape')).toBe('triangle');
    c.getElementById('r1').addClass('label-on'); // where canvas/labels.ts finds it room
    expect(c.getElementById('r1').style('label')).not.toBe('');

    clearSelection(c);
    syncEdges(c, edgesAround(index, { kind: 'relation', id: 'r7' }), allEdges);
    expect(edgeIds(c)).toEqual(['r7']);
    applySelection(c, { kind: 'relation', id: 'r7' });
    expect(c.$('.selected').map((e) => e.id())).toEqual(['r7']);

    clearSelection(c);
    syncEdges(c, edgesAround(index, null), allEdges);
    expect(c.edges().length).toBe(0);
    expect(c.nodes().length).toBe(miniGraph().order);
  });

  it('adds relations the filters exclude as hidden', () => {
    const c = make();
    const visible = new Set([...allEdges].filter((id) => id !== 'r8'));
    syncEdges(c, edgesAround(index, { kind: 'entity', id: 'ha-kim-ngoc' }), visible);
    expect(c.getElementById('r8').hasClass('hidden')).toBe(true);
    expect(c.getElementById('r1').hasClass('hidden')).toBe(false);
  });

  it('adds the visible relations undrawn for a layout, without duplicating those present', () => {
    const c = make();
    syncEdges(c, edgesAround(index, { kind: 'entity', id: 'ha-kim-ngoc' }), allEdges);
    const visible = new Set([...allEdges].filter((id) => id !== 'r7'));
    const scaffold = addLayoutEdges(c, index, visible);
    expect(scaffold.map((e) => e.id()).sort()).toEqual(
      [...visible].filter((id) => id !== 'r1' && id !== 'r8').sort(),
    );
    expect(scaffold.filter(':visible').length).toBe(0);
    c.remove(scaffold);
    expect(edgeIds(c)).toEqual(['r1', 'r8']);
  });
});
