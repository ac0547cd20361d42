import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_LABEL, nodeSize, shortLabel, toElements } from '../../src/cy/elements';
import { LIGHT_STYLESHEET } from '../../src/cy/stylesheet';
import { miniGraph } from './helpers';

let cy: cytoscape.Core | undefined;
afterEach(() => {
  cy?.destroy();
  cy = undefined;
});

describe('element mapping', () => {
  it('maps every node and edge with a unique, stable id and flat primitive data', () => {
    const graph = miniGraph();
    const els = toElements(graph);
    expect(els.filter((e) => e.group === 'nodes')).toHaveLength(graph.order);
    expect(els.filter((e) => e.group === 'edges')).toHaveLength(graph.size);
    const ids = els.map((e) => e.data.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of els) {
      for (const v of Object.values(e.data)) expect(['string', 'number']).toContain(typeof v);
    }
    const r1 = els.find((e) => e.data.id === 'r1');
    expect(r1?.data).toMatchObject({
      source: 'ha-kim-ngoc',
      target: 'psd-12',
      type: 'co_chaired',
      label: 'co-chaired',
    });
    const ngoc = els.find((e) => e.data.id === 'ha-kim-ngoc');
    expect(ngoc?.data).toMatchObject({ label: 'Hà Kim Ngọc', type: 'person', degree: 2 });
    expect(ngoc?.classes).toBe('person');
  });

  it('returns fresh objects on every call (Cytoscape writes into them)', () => {
    const graph = miniGraph();
    const a = toElements(graph);
    const b = toElements(graph);
    expect(a[0]).not.toBe(b[0]);
    expect(a[0]?.data).not.toBe(b[0]?.data);
  });

  it('shortens long labels and sizes nodes by degree', () => {
    const long = 'x'.repeat(80);
    expect(shortLabel(long)).toHaveLength(MAX_LABEL);
    expect(shortLabel(long).endsWith('…')).toBe(true);
    expect(shortLabel('short')).toBe('short');
    expect(nodeSize(0)).toBe(18);
    expect(nodeSize(4)).toBeGreaterThan(nodeSize(1));
    expect(nodeSize(10_000)).toBe(60);
  });

  it('loads into headless Cytoscape with the stylesheet: shapes and colours per type', () => {
    const graph = miniGraph();
    cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(graph),
      style: LIGHT_STYLESHEET,
    });
    expect(cy.nodes()).toHaveLength(graph.order);
    expect(cy.edges()).toHaveLength(graph.size);
    const person = cy.getElementById('ha-kim-ngoc');
    const meeting = cy.getElementById('psd-12');
    expect(person.style('shape')).toBe('ellipse');
    expect(meeting.style('shape')).toBe('diamond');
    expect(person.style('background-color')).not.toBe(meeting.style('background-color'));
    // Edge labels are off by default, even next to the selection: canvas/labels.ts turns on
    // (label-on) only those that fit without overlapping; a selected relation is always labelled.
    const edge = cy.getElementById('r1');
    expect(edge.style('label')).toBe('');
    edge.addClass('sel-hood');
    expect(edge.style('label')).toBe('');
    edge.addClass('label-on');
    expect(edge.style('label')).toBe('co-chaired');
    edge.removeClass('sel-hood label-on').addClass('selected');
    expect(edge.style('label')).toBe('co-chaired');
    person.addClass('hidden');
    expect(person.style('display')).toBe('none');
  });
});
