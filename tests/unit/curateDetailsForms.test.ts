import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyQuote, prepareTexts } from '../../src/data/anchor';
import { applyEdit } from '../../src/data/edits/apply';
import { editFields, mergedOrder, renameId } from '../../src/data/edits/builders';
import {
  changedFiles,
  items,
  locate,
  openWorkspace,
  type Rec,
  type Workspace,
} from '../../src/data/edits/workspace';
import { readDataDir, readSourceTexts } from '../../src/data/node';
import { validateFiles } from '../../src/data/validate';
import { allJsonFiles } from '../../src/data/edits/workspace';
import {
  allowedTypes,
  entityFields,
  entityValue,
  fieldErrors,
  healthWords,
  relationFields,
  relationValue,
  relationWording,
  renameProblem,
  sameValue,
} from '../../src/features/curate/details/forms';
import { DEFAULT_VOCABULARY } from '../../src/model';

const ROOT = path.resolve(import.meta.dirname, '../..');

async function bundled(): Promise<Workspace> {
  const json = await readDataDir(path.join(ROOT, 'graph-data'));
  const texts = await readSourceTexts(path.join(ROOT, 'graph-data/sources'));
  return openWorkspace(
    json,
    [...texts].map(([name, text]) => ({ name: `sources/${name}`, text })),
  );
}
const datasetOf = (ws: Workspace) => validateFiles(allJsonFiles(ws)).dataset;
const valueOf = (ws: Workspace, id: string) => locate(ws, id)!.item.value;

/** The lines of `after` that are not in `before`, and the other way round. */
function lineDiff(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  return { added: b.filter((l) => !a.includes(l)), removed: a.filter((l) => !b.includes(l)) };
}

describe('the Details forms, as data', () => {
  it('gives back every stored entity and relation unchanged when no field is touched', async () => {
    const ws = await bundled();
    for (const { id, value } of items(ws, 'entities')) {
      const back = entityValue(value, entityFields(value));
      expect(sameValue(back, value), id).toBe(true);
      // Applying it rewrites no byte of the files.
      expect(changedFiles(applyEdit(ws, editFields(ws, id, back)).ws)).toEqual([]);
    }
    for (const { id, value } of items(ws, 'relations')) {
      const back = relationValue(value, relationFields(value));
      expect(sameValue(back, value), id).toBe(true);
      expect(changedFiles(applyEdit(ws, editFields(ws, id, back)).ws)).toEqual([]);
    }
  });

  it('turns a label and an added alias into exactly those lines of the file', async () => {
    const ws = await bundled();
    const old = valueOf(ws, 'ha-kim-ngoc');
    const f = entityFields(old);
    const next = entityValue(old, {
      ...f,
      label: ' Hà Kim Ngọc ',
      aliases: [...f.aliases, 'Ha Kim Ngoc'],
    });
    const after = applyEdit(ws, editFields(ws, 'ha-kim-ngoc', next)).ws;
    const files = changedFiles(after);
    expect(files.map((x) => x.name)).toEqual(['entities/person.json']);
    const before = allJsonFiles(ws).find((x) => x.name === 'entities/person.json')!.text;
    const { added, removed } = lineDiff(before, files[0]!.text);
    expect(removed.map((l) => l.trim())).toEqual([
      '"label": "Ha Kim Ngoc",',
      '"aliases": ["Ngoc"],',
    ]);
    expect(added.map((l) => l.trim())).toEqual([
      '"label": "Hà Kim Ngọc",',
      '"aliases": ["Ngoc", "Ha Kim Ngoc"],',
    ]);
  });

  it('keeps an item’s own key order, a new key after its schema neighbour', async () => {
    expect(
      mergedOrder(
        ['id', 'label', 'kind', 'description'],
        ['id', 'type', 'label', 'aliases', 'description', 'kind', 'note'],
      ),
    ).toEqual(['id', 'type', 'label', 'aliases', 'kind', 'description', 'note']);
    // us-government has "kind" before "description" in its file: a note added moves neither.
    const ws = await bundled();
    const old = valueOf(ws, 'us-government');
    const next = entityValue(old, { ...entityFields(old), note: 'A test note.' });
    const file = changedFiles(applyEdit(ws, editFields(ws, 'us-government', next)).ws)[0]!;
    const before = allJsonFiles(ws).find((x) => x.name === file.name)!.text;
    const { added, removed } = lineDiff(before, file.text);
    // The last line gains its comma; nothing else moves.
    expect(removed.map((l) => l.trim())).toEqual([
      `"description": ${JSON.stringify(old.description)}`,
    ]);
    expect(added.map((l) => l.trim())).toEqual([
      `"description": ${JSON.stringify(old.description)},`,
      '"note": "A test note."',
    ]);
  });

  it('cleans what a person types: trimmed, no empty alias, no empty note', () => {
    const old: Rec = {
      id: 'x',
      type: 'topic',
      label: 'A',
      aliases: ['B'],
      description: 'd',
      note: 'n',
    };
    const v = entityValue(old, {
      label: ' A ',
      aliases: ['B', ' B ', '', 'A', 'C '],
      description: ' d2 ',
      note: '  ',
      date: '',
      dateNote: '',
    });
    expect(v).toMatchObject({ label: 'A', aliases: ['B', 'B', 'A', 'C'], description: 'd2' });
    expect(v.note).toBeUndefined();
    expect(v.date).toBeUndefined();
  });

  it('reads a date’s precision from its form, keeps a note alone as "unknown", and clears a date', () => {
    const old: Rec = { id: 'm', type: 'meeting', date: { precision: 'day', value: '2019-10-31' } };
    const base = { label: 'M', aliases: [], description: 'd', note: '' };
    expect(entityValue(old, { ...base, date: '2019', dateNote: '' }).date).toEqual({
      precision: 'year',
      value: '2019',
    });
    expect(entityValue(old, { ...base, date: '2019-10', dateNote: 'said' }).date).toEqual({
      precision: 'month',
      value: '2019-10',
      note: 'said',
    });
    expect(entityValue(old, { ...base, date: '', dateNote: 'not said' }).date).toEqual({
      precision: 'unknown',
      note: 'not said',
    });
    expect(entityValue(old, { ...base, date: '', dateNote: '' }).date).toBeUndefined();
  });

  it('refuses what cannot be applied, in plain words', () => {
    expect(fieldErrors({ date: '31 Oct 2019' })[0]).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(fieldErrors({ label: '  ' })[0]).toMatch(/needs a name/);
    expect(
      fieldErrors({
        qualifiers: [
          ['title', 'a'],
          ['title', 'b'],
        ],
      })[0],
    ).toMatch(/“title” is there twice/);
    expect(fieldErrors({ evidence: [] })[0]).toMatch(/at least one quote/);
    expect(fieldErrors({ date: '2019-10-31', label: 'A', qualifiers: [['title', 'a']] })).toEqual(
      [],
    );
  });

  it('keeps speakers past the two fields, drops emptied statement fields and empty qualifiers', () => {
    const old: Rec = {
      id: 'r',
      type: 'discussed',
      source: 'a',
      target: 'b',
      at: 'm',
      by: ['p1', 'p2', 'p3'],
      on_behalf_of: ['vn', 'us'],
      qualifiers: { title: 'T', what: 'W' },
      evidence: [{ source: 's', quote: 'q' }],
    };
    const f = relationFields(old);
    expect(f.by).toEqual(['p1', 'p2']);
    const v = relationValue(old, {
      ...f,
      at: '',
      by: ['p9', ''],
      sides: ['', ''],
      qualifiers: [
        ['title', ' T2 '],
        ['what', ''],
      ],
    });
    expect(v.at).toBeUndefined();
    expect(v.by).toEqual(['p9', 'p3']);
    expect(v.on_behalf_of).toBeUndefined();
    expect(v.qualifiers).toEqual({ title: 'T2' });
  });

  it('offers only the relation types the vocabulary allows between the ends, and keeps the current one', () => {
    const between = allowedTypes(DEFAULT_VOCABULARY, 'person', 'meeting').map((t) => t.id);
    expect(between).toContain('co_chaired');
    expect(between).toContain('attended');
    for (const t of between) {
      expect(DEFAULT_VOCABULARY.allows(t, 'source', 'person')).toBe(true);
      expect(DEFAULT_VOCABULARY.allows(t, 'target', 'meeting')).toBe(true);
    }
    const misfit = allowedTypes(DEFAULT_VOCABULARY, 'topic', 'topic', 'co_chaired').map(
      (t) => t.id,
    );
    expect(misfit).toContain('co_chaired');
  });

  it('words a relation as Details reads it', async () => {
    const ws = await bundled();
    expect(
      relationWording(datasetOf(ws), DEFAULT_VOCABULARY, 'ha-kim-ngoc.co_chaired.psd-dialogue-12'),
    ).toBe(
      `Ha Kim Ngoc — ${DEFAULT_VOCABULARY.relationType('co_chaired')!.label} — ${datasetOf(ws).entities.find((e) => e.id === 'psd-dialogue-12')!.label}`,
    );
  });

  it('says why an id cannot be changed: empty, the same, not a slug, or taken (naming what holds it)', async () => {
    const ws = await bundled();
    expect(renameProblem(ws, 'ha-kim-ngoc', ' ')).toBe('Type the new id.');
    expect(renameProblem(ws, 'ha-kim-ngoc', 'ha-kim-ngoc')).toMatch(/already its id/);
    expect(renameProblem(ws, 'ha-kim-ngoc', 'Ha Kim')).toMatch(/not an id: use lowercase/);
    expect(renameProblem(ws, 'ha-kim-ngoc', 'bui-thanh-son')).toBe(
      '“bui-thanh-son” is already the id of an entity (Bui Thanh Son) in entities/person.json: choose another.',
    );
    expect(renameProblem(ws, 'ha-kim-ngoc', 'ha-kim-ngoc-2')).toBeUndefined();
    // What passes the check, renameId applies, and the dataset still validates.
    const after = applyEdit(ws, renameId(ws, 'ha-kim-ngoc', 'ha-kim-ngoc-2')).ws;
    const r = validateFiles(allJsonFiles(after), {
      sourceTexts: new Map([...after.texts].map(([n, t]) => [n.replace(/^sources\//, ''), t])),
    });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('tells a quote’s health in words from the anchoring', async () => {
    const ws = await bundled();
    const ds = datasetOf(ws);
    const texts = prepareTexts(
      new Map(ds.sources.map((s) => [s.id, ws.texts.get(`sources/${s.file}`) ?? ''])),
    );
    const title = (id: string) => ds.sources.find((s) => s.id === id)?.title ?? id;
    const r = ds.relations.find((x) => x.id === 'ha-kim-ngoc.co_chaired.psd-dialogue-12')!;
    const ev = r.evidence[0]!;
    expect(healthWords(classifyQuote(texts, ev.source, ev.quote, ev.sentence), title)).toMatch(
      /^Verbatim in its source/,
    );
    expect(
      healthWords(classifyQuote(texts, ev.source, `${ev.quote}  zebra`, undefined), title),
    ).toMatch(/^Not found in its source/);
    const other = ds.sources.find((s) => s.id !== ev.source)!.id;
    expect(healthWords(classifyQuote(texts, other, ev.quote), title)).toBe(
      `Not in its source, but in “${title(ev.source)}”: cite that source`,
    );
  });
});
