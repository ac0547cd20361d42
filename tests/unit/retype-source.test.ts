import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openedFilesSource } from '../../src/data/importers/fileSource';
import { nodeXmlSupport } from '../../src/data/importers/node';
import { retypedNotice, typeFromOptions } from '../../src/features/open/typeFromOptions';

const file = (name: string) => {
  const bytes = readFileSync(`tests/fixtures/foreign/${name}`);
  return {
    name,
    size: bytes.length,
    arrayBuffer: async () =>
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
  };
};

describe('Type from: the same file read again', () => {
  it('an opened file’s source reads it again with kinds from another column, and says which', async () => {
    const source = openedFilesSource([file('tinkerpop-modern.graphml')], nodeXmlSupport);
    const first = await source.load();
    if (!first.ok) throw new Error('did not open');
    expect(first.typeFrom?.node).toEqual({ key: 'labelV', candidates: ['labelV', 'age'] });
    const again = await source.retype!({ node: 'age', edge: null }).load();
    if (!again.ok) throw new Error('did not open again');
    expect(again.typeFrom?.node.key).toBe('age');
    expect(again.typeFrom?.edge.key).toBeUndefined();
    const v = again.dataset.vocabulary!;
    const kinds = again.dataset.entities.map((e) => v.entityLabel(e.addedType ?? e.type));
    expect(new Set(kinds)).toEqual(new Set(['age 27', 'age 29', 'age 32', 'age 35', 'No age']));
    expect(new Set(again.dataset.relations.map((r) => r.type))).toEqual(new Set(['related_to']));
    // Its options carry over (a second change keeps reading the same file).
    expect(source.retype!({}).retype).toBeTypeOf('function');
  });

  it('offers the column in use first, then the others; None is the select’s own', () => {
    expect(typeFromOptions({ key: 'age', candidates: ['labelV', 'age'] })).toEqual([
      'age',
      'labelV',
    ]);
    expect(typeFromOptions({ candidates: ['club'] })).toEqual(['club']);
    expect(typeFromOptions(undefined)).toEqual([]);
    expect(retypedNotice('node', 'club', ['Mr. Hi', 'Officer'])).toBe(
      'Entity types now from the file’s “club”: Mr. Hi, Officer.',
    );
    expect(retypedNotice('edge', null, ['related to'])).toBe(
      'Relation types no longer come from a column of the file: related to.',
    );
  });
});
