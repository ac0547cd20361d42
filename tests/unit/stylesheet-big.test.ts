import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { BIG_STYLESHEETS, STYLESHEETS } from '../../src/cy/stylesheet';

/** One node styled by a stylesheet, read back as Cytoscape resolves it. */
function styled(sheet: cytoscape.StylesheetJson, classes: string) {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: sheet,
    elements: [
      { data: { id: 'a', label: 'Ha Kim Ngoc', size: 20, degree: 12, fs: 13, tw: 180 }, classes },
    ],
  });
  const n = cy.getElementById('a');
  const props = [
    'label',
    'font-size',
    'font-family',
    'color',
    'text-valign',
    'text-margin-y',
    'text-wrap',
    'text-max-width',
    'text-outline-color',
    'text-outline-width',
    'min-zoomed-font-size',
    'width',
    'border-width',
    'border-color',
    'background-color',
  ];
  const out = Object.fromEntries(props.map((p) => [p, String(n.style(p))]));
  cy.destroy();
  return out;
}

describe('the big-graph stylesheet', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`(${theme}) draws a labelled node exactly as the full one does`, () => {
      for (const classes of [
        'person lod label-on',
        'person lod selected',
        'person lod kbd-focus',
        'person lod label-on label-right sel-hood',
      ]) {
        expect(styled(BIG_STYLESHEETS[theme], classes), classes).toEqual(
          styled(STYLESHEETS[theme], classes),
        );
      }
    });

    it(`(${theme}) leaves an unlabelled node unlabelled, with the same shape and colour`, () => {
      const big = styled(BIG_STYLESHEETS[theme], 'person lod');
      const full = styled(STYLESHEETS[theme], 'person lod');
      expect(big.label).toBe('');
      for (const p of ['width', 'border-width', 'border-color', 'background-color'] as const)
        expect(big[p], p).toBe(full[p]);
    });
  }
});
