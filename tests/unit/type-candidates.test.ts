import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeXmlSupport } from '../../src/data/importers/node';
import { importFiles } from '../../src/data/importers/openFiles';
import { namesRecords, typeColumnCandidates } from '../../src/data/importers/typeInference';

/** GeneMania-like genes: a kind column (node_type) beside names, synonyms and ids. */
const genes = [
  ['RAD51', 'RECA', 'query', 'human'],
  ['MSH2', 'HNPCC1', 'query', 'human'],
  ['PCNA', 'ATLD2', 'query', 'human'],
  ['BLM', 'RECQ2', 'result', 'human'],
  ['MLH1', 'HNPCC2', 'result', 'human'],
  ['RPA1', 'REPA1', 'result', 'mouse'],
  ['XRCC3', 'CMM6', 'result', 'mouse'],
  ['RAD52', 'RAD52A', 'result', 'human'],
  ['BRCA2', undefined, 'result', 'mouse'],
  ['ATM', undefined, 'result', 'human'],
].map(([gene, synonym, kind, organism]) => ({
  gene_name: gene,
  ...(synonym ? { Synonym: synonym } : {}),
  node_type: kind,
  organism,
  geneTitle: `${gene} protein`,
}));

describe('Type from candidates: kinds, never names', () => {
  it('a synonym column (every value its own) is not offered; the kind and a category are', () => {
    expect(typeColumnCandidates(genes)).toEqual(['node_type', 'organism']);
  });

  it('names that say "name", "synonym", "alias", "title" or "id" are names, unless they say "type"', () => {
    for (const k of [
      'gene_name',
      'Synonym',
      'aliases',
      'shortTitle',
      'Ensembl_Gene_ID',
      'nodeName',
    ])
      expect(namesRecords(k), k).toBe(true);
    for (const k of ['labelV', 'node_type', 'club', 'organism', 'Relationship', 'valid'])
      expect(namesRecords(k), k).toBe(false);
  });

  it('a mostly distinct column is not a kind among 8 or more records, but may be in a tiny file', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({
      code: `c${i % 9}`,
      club: i % 2 ? 'A' : 'B',
    }));
    expect(typeColumnCandidates(many)).toEqual(['club']);
    const few = [
      { age: 29 },
      { age: 27 },
      { age: 32 },
      { age: 35 },
      { lang: 'java' },
      { lang: 'java' },
    ];
    expect(typeColumnCandidates(few)).toEqual(['age']);
  });

  it("GeneMania's own file offers node_type, not Synonym", async () => {
    const text = readFileSync('tests/fixtures/foreign/genemania-trimmed.cyjs', 'utf8');
    const o = await importFiles([{ name: 'genemania-trimmed.cyjs', text }], nodeXmlSupport);
    if (!o.ok) throw new Error(JSON.stringify(o.problems));
    const candidates = o.report?.typeFrom?.node.candidates ?? [];
    expect(candidates).toContain('node_type');
    expect(candidates).not.toContain('Synonym');
  });
});
