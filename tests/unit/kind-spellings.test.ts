import { describe, expect, it } from 'vitest';
import { nodeXmlSupport } from '../../src/data/importers/node';
import { importFiles } from '../../src/data/importers/openFiles';
import { inferTypeColumn, kindKey } from '../../src/data/importers/typeInference';
import { buildGraph } from '../../src/graph/build';

/** A d3 file whose kinds are spelled more than one way. */
const spelledTwice = JSON.stringify({
  nodes: [
    { id: 'a', group: 'Hero' },
    { id: 'b', group: 'hero' },
    { id: 'c', group: 'hero' },
    { id: 'd', group: 'comic' },
  ],
  links: [
    { source: 'a', target: 'b', type: 'works for' },
    { source: 'b', target: 'c', type: 'works_for' },
    { source: 'c', target: 'a', type: 'Works  For' },
    { source: 'b', target: 'd', type: 'works for' },
    { source: 'a', target: 'd', type: 'appears in' },
  ],
});

describe('one kind however it is spelled', () => {
  it('kindKey: case, spaces and underscores aside', () => {
    expect(kindKey('met_with')).toBe(kindKey('Met  With'));
    expect(kindKey(' works for ')).toBe('works for');
    expect(kindKey('co-author')).not.toBe(kindKey('co author'));
  });

  it('the type column counts one kind per spelling group, named by its most frequent spelling', () => {
    const column = inferTypeColumn(
      [{ type: 'works for' }, { type: 'works_for' }, { type: 'Works For' }, { type: 'works for' }],
      'edge',
    );
    expect(column?.values).toEqual([{ value: 'works for', count: 4 }]);
  });

  it('a file spelling "works for" and "works_for" has one relation type, and one "hero"', async () => {
    const o = await importFiles([{ name: 'spelled.json', text: spelledTwice }], nodeXmlSupport);
    if (!o.ok) throw new Error(JSON.stringify(o.problems));
    const v = o.dataset.vocabulary!;
    const relationLabels = new Set(o.dataset.relations.map((r) => v.relationType(r.type)?.label));
    expect([...relationLabels].sort()).toEqual(['appears in', 'works for']);
    const kinds = new Set(o.dataset.entities.map((e) => v.entityLabel(e.addedType ?? e.type)));
    expect([...kinds].sort()).toEqual(['comic', 'hero']);
    const { report } = buildGraph(o.dataset);
    const works = o.dataset.relations.find((r) => v.relationType(r.type)?.label === 'works for')!;
    expect(report.relationsByType[works.type]).toBe(4);
  });
});
