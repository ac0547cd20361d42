import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { buildGrid, cellsOf } from '../../src/canvas/hitGrid';

let cy: cytoscape.Core | undefined;
afterEach(() => {
  cy?.destroy();
  cy = undefined;
});

describe('hit-test grid', () => {
  it('lists every cell a box covers, negative coordinates included', () => {
    expect(cellsOf(0, 0, 10, 10, 100)).toEqual(['0,0']);
    expect(cellsOf(-1, 99, 101, 101, 100).sort()).toEqual(
      ['-1,0', '-1,1', '0,0', '0,1', '1,0', '1,1'].sort(),
    );
  });

  it('files each node under the cells its box touches, and only those', () => {
    cy = cytoscape({
      headless: true,
      styleEnabled: true,
      layout: { name: 'preset' },
      style: [{ selector: 'node', style: { width: 40, height: 40, 'border-width': 0 } }],
      elements: [
        { group: 'nodes', data: { id: 'inside' }, position: { x: 50, y: 50 } },
        { group: 'nodes', data: { id: 'straddling' }, position: { x: 128, y: 50 } },
        { group: 'nodes', data: { id: 'far' }, position: { x: -500, y: 900 } },
      ],
    });
    const grid = buildGrid(cy.nodes(), 128);
    const ids = (key: string) => (grid.get(key) ?? []).map((n) => n.id()).sort();
    expect(ids('0,0')).toEqual(['inside', 'straddling']);
    expect(ids('1,0')).toEqual(['straddling']);
    // -520…-480 × 880…920 straddles four cells.
    for (const key of ['-5,6', '-5,7', '-4,6', '-4,7']) expect(ids(key)).toEqual(['far']);
    expect(grid.size).toBe(6);
  });
});
