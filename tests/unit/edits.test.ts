import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit, type Edit } from '../../src/data/edits/apply';
import {
  addAlias,
  addEntity,
  addEvidence,
  addRelation,
  addSource,
  relationFile,
  relationsOf,
  removeItem,
  renameId,
  updateItem,
} from '../../src/data/edits/builders';
import {
  allJsonFiles,
  changedFiles,
  fileText,
  locate,
  openWorkspace,
  type Workspace,
} from '../../src/data/edits/workspace';
import { readDataDir, readSourceTexts } from '../../src/data/node';
import { validateFiles } from '../../src/data/validate';

const ROOT = path.resolve(import.meta.dirname, '../..');

async function bundled(): Promise<Workspace> {
  const json = await readDataDir(path.join(ROOT, 'graph-data'));
  const texts = await readSourceTexts(path.join(ROOT, 'graph-data/sources'));
  return openWorkspace(
    json,
    [...texts].map(([name, text]) => ({ name: `sources/${name}`, text })),
  );
}

const sourceTexts = (ws: Workspace) =>
  new Map([...ws.texts].map(([name, text]) => [name.replace(/^sources\//, ''), text]));

function validate(ws: Workspace) {
  return validateFiles(allJsonFiles(ws), { sourceTexts: sourceTexts(ws) });
}

const errorsOf = (ws: Workspace) => validate(ws).problems.filter((p) => p.severity === 'error');

const SRC = 's004-10th-psd-dialogue';
const QUOTE = 'the two sides agreed to hold the 11th dialogue in Hanoi in 2020';

describe('an unchanged workspace', () => {
  it('writes no file and prints every file of graph-data/ byte for byte', async () => {
    const ws = await bundled();
    expect(changedFiles(ws)).toEqual([]);
    const json = await readDataDir(path.join(ROOT, 'graph-data'));
    for (const f of json) {
      const file = ws.files.get(f.name)!;
      // Even forced to print, an untouched file comes out as it was read.
      expect(fileText({ ...file, dirty: true })).toBe(f.text);
    }
  });
});

describe('edits', () => {
  it('adding an entity writes only its file, and only the added lines', async () => {
    const ws = await bundled();
    const before = ws.files.get('entities/topic.json')!.original!;
    const { ws: next } = applyEdit(
      ws,
      addEntity(ws, {
        label: 'Hanoi talks',
        id: 'hanoi-talks',
        type: 'topic',
        aliases: [],
        description: 'A test.',
      }),
    );
    const changed = changedFiles(next);
    expect(changed.map((f) => f.name)).toEqual(['entities/topic.json']);
    const after = changed[0]!.text;
    // Same file with the new item before the closing lines: the old text is a prefix up to the last item.
    const cut = before.lastIndexOf('    }');
    expect(after.startsWith(before.slice(0, cut + 5))).toBe(true);
    expect(after.slice(cut + 5)).toBe(
      ',\n    {\n      "id": "hanoi-talks",\n      "type": "topic",\n      "label": "Hanoi talks",\n      "aliases": [],\n      "description": "A test."\n    }\n  ]\n}\n',
    );
    expect(errorsOf(next)).toEqual([]);
  });

  it('undo restores every byte; redo gives the edit again', async () => {
    const ws = await bundled();
    const edit = removeItem(ws, 'bonnie-jenkins');
    const { ws: next, inverse } = applyEdit(ws, edit);
    expect(locate(next, 'bonnie-jenkins')).toBeUndefined();
    const { ws: back, inverse: redo } = applyEdit(next, inverse);
    expect(changedFiles(back)).toEqual([]);
    expect(changedFiles(applyEdit(back, redo).ws)).toEqual(changedFiles(next));
  });

  it('deleting an entity takes the relations that name it, listed first', async () => {
    const ws = await bundled();
    const going = relationsOf(ws, 'bonnie-jenkins');
    expect(going.length).toBeGreaterThan(5);
    const { ws: next } = applyEdit(ws, removeItem(ws, 'bonnie-jenkins'));
    for (const id of going) expect(locate(next, id)).toBeUndefined();
    expect(errorsOf(next)).toEqual([]);
  });

  it('a relation goes to the file of its meeting, with its keys in order', async () => {
    const ws = await bundled();
    const rel = {
      evidence: [{ quote: QUOTE, source: SRC }],
      target: 'psd-dialogue-10',
      source: 'hanoi',
      type: 'held_in',
      id: 'test.rel',
    };
    expect(relationFile(ws, rel)).toBe('relations/psd-dialogue-10.json');
    expect(relationFile(ws, { source: 'vietnam', target: 'united-states' })).toBe(
      'relations/context.json',
    );
    const { ws: next } = applyEdit(ws, addRelation(ws, rel));
    const text = changedFiles(next)[0]!.text;
    expect(text).toContain('"id": "test.rel",\n      "type": "held_in",\n      "source": "hanoi"');
    expect(text).toContain('"source": "s004-10th-psd-dialogue",\n          "quote"');
  });

  it('renaming an id changes it everywhere it is used and nowhere else', async () => {
    const ws = await bundled();
    const { ws: next } = applyEdit(ws, renameId(ws, 'ha-kim-ngoc', 'ha-kim-ngoc-2'));
    expect(errorsOf(next)).toEqual([]);
    expect(locate(next, 'ha-kim-ngoc')).toBeUndefined();
    for (const f of changedFiles(next)) {
      expect(f.text).not.toMatch(/"ha-kim-ngoc"/);
    }
    // Relation ids that merely contain the old id are ids of their own: left as they are.
    expect(relationsOf(next, 'ha-kim-ngoc-2').length).toBe(relationsOf(ws, 'ha-kim-ngoc').length);
  });

  it('evidence, aliases and sources', async () => {
    let ws = await bundled();
    const rid = relationsOf(ws, 'psd-dialogue-10')[0]!;
    ws = applyEdit(ws, addEvidence(ws, rid, { source: SRC, quote: QUOTE })).ws;
    expect((locate(ws, rid)!.item.value.evidence as unknown[]).length).toBeGreaterThan(1);
    ws = applyEdit(ws, addAlias(ws, 'bonnie-jenkins', 'Ms Jenkins')).ws;
    expect(() => addAlias(ws, 'bonnie-jenkins', 'Ms Jenkins')).toThrow(/already/);
    ws = applyEdit(
      ws,
      addSource(
        ws,
        { id: 's005-test', title: 'A test', language: 'en', file: '005.txt' },
        'Some text.',
      ),
    ).ws;
    expect(changedFiles(ws).map((f) => f.name)).toContain('sources/005.txt');
    expect(() => addEntity(ws, { id: 'bonnie-jenkins', type: 'person', label: 'x' })).toThrow(
      /taken/,
    );
  });
});

describe('properties', () => {
  const label = fc
    .string({ minLength: 1, maxLength: 30 })
    .filter((s) => s.trim() === s && s.length > 0);
  it('edit → save → load gives the same dataset, and undoing everything writes nothing', async () => {
    const base = await bundled();
    await fc.assert(
      fc.asyncProperty(
        fc.array(label, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        async (labels, alias) => {
          let ws = base;
          const undo: Edit[] = [];
          labels.forEach((l, i) => {
            const id = `prop-${i}`;
            const r = applyEdit(
              ws,
              addEntity(ws, { id, type: 'topic', label: l, aliases: [], description: 'd' }),
            );
            ws = r.ws;
            undo.unshift(r.inverse);
            if (alias) {
              const a = applyEdit(ws, addAlias(ws, id, `${l} (alias)`));
              ws = a.ws;
              undo.unshift(a.inverse);
            }
          });
          // Save, then read the written files back: the same dataset.
          const written = new Map(allJsonFiles(ws).map((f) => [f.name, f.text]));
          const reloaded = openWorkspace([...written].map(([name, text]) => ({ name, text })));
          expect(validateFiles(allJsonFiles(reloaded)).dataset).toEqual(
            validateFiles(allJsonFiles(ws)).dataset,
          );
          expect(changedFiles(reloaded)).toEqual([]);
          for (const u of undo) ws = applyEdit(ws, u).ws;
          expect(changedFiles(ws)).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('updating any item to its own value changes no byte (every item, its own key order kept)', async () => {
    const ws = await bundled();
    const ids = [...ws.files.values()].flatMap((f) =>
      Object.values(f.lists).flatMap((l) => l!.map((i) => i.id)),
    );
    expect(ids.length).toBeGreaterThan(400);
    const changed = ids.filter((id) => {
      const at = locate(ws, id)!;
      const { ws: next } = applyEdit(ws, updateItem(ws, id, structuredClone(at.item.value)));
      return changedFiles(next).length > 0;
    });
    expect(changed).toEqual([]);
  });
});
