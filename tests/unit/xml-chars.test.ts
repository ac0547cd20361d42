/**
 * XML's Char production through the shared XML reader: a reference to (or a
 * written-out) character XML forbids is refused at its line and column, for
 * GEXF and GraphML alike; allowed characters, and references inside comments
 * and CDATA sections, still open.
 */
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../src/data/importers';
import { nodeXmlSupport } from '../../src/data/importers/node';
import { forbiddenCharacter } from '../../src/data/importers/xmlChars';

const GEXF = (label: string) => `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <nodes>
      <node id="a" label="${label}"/>
    </nodes>
  </graph>
</gexf>
`;

const GRAPHML = (text: string) => `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <graph id="G" edgedefault="directed">
    <node id="a"><data key="label">${text}</data></node>
  </graph>
</graphml>
`;

describe('forbiddenCharacter', () => {
  it.each([
    ['&#xD800;', /names U\+D800 \(a lone UTF-16 surrogate\)/],
    ['&#xdfff;', /names U\+DFFF/],
    ['&#55296;', /names U\+D800/],
    ['&#0;', /names U\+0000 \(a control character\)/],
    ['&#x1B;', /names U\+001B/],
    ['&#xFFFE;', /names U\+FFFE \(a non-character\)/],
    ['&#x110000;', /names no character \(beyond Unicode\)/],
    ['\u0001', /the character U\+0001 \(a control character\) is not allowed/],
    ['\uD800', /the character U\+D800 \(a lone UTF-16 surrogate\)/],
  ])('refuses %j with its position', (bad, message) => {
    const found = forbiddenCharacter(`<a>\n  <b>ok ${bad}</b>\n</a>`);
    expect(found?.message).toMatch(message);
    expect(found).toMatchObject({ line: 2, column: 9 });
  });

  it.each([
    '&#x9;&#xA;&#xD;',
    '&#x20;',
    '&#xD7FF;',
    '&#xE000;',
    '&#xFFFD;',
    '&#x1F600;',
    '😀',
    '&amp;#xD800;',
  ])('lets %j through', (ok) => expect(forbiddenCharacter(`<a>${ok}</a>`)).toBeUndefined());

  it('skips references inside comments and CDATA (text there, not a reference)', () => {
    expect(forbiddenCharacter('<a><!-- &#xD800; --><![CDATA[&#0;]]></a>')).toBeUndefined();
  });

  it('reports the earlier of a written-out character and a reference', () => {
    expect(forbiddenCharacter('<a>&#0;\u0001</a>')?.column).toBe(4);
    expect(forbiddenCharacter('<a>\u0001&#0;</a>')?.column).toBe(4);
  });
});

describe('a forbidden character refused through Open… (Node)', () => {
  it('GEXF: &#xD800; in a label, with line and column', () => {
    const out = importDataset({ name: 's.gexf', text: GEXF('A&#xD800;') }, nodeXmlSupport);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problems[0]).toMatchObject({ file: 's.gexf', line: 5, column: 28 });
    expect(out.problems[0]?.message).toMatch(/^XML syntax error: .*&#xD800;.*U\+D800/);
  });

  it('GraphML: &#xD800; in a data value, with line and column', () => {
    const out = importDataset({ name: 's.graphml', text: GRAPHML('x&#xD800;') }, nodeXmlSupport);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problems[0]).toMatchObject({ file: 's.graphml', line: 5, column: 37 });
  });

  it('the same files with an allowed reference open', () => {
    const gexf = importDataset({ name: 'ok.gexf', text: GEXF('A&#x1F600;') }, nodeXmlSupport);
    const graphml = importDataset({ name: 'ok.graphml', text: GRAPHML('&#xE9;') }, nodeXmlSupport);
    expect(gexf.ok && gexf.dataset.entities[0]?.label).toBe('A😀');
    expect(graphml.ok && graphml.dataset.entities[0]?.label).toBe('é');
  });

  it('CRLF line endings count as one line', () => {
    const text = GEXF('A&#xD800;').replace(/\n/g, '\r\n');
    const out = importDataset({ name: 's.gexf', text }, nodeXmlSupport);
    expect(!out.ok && out.problems[0]).toMatchObject({ line: 5, column: 28 });
  });
});
