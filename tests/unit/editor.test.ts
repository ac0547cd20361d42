import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addEntity, addAlias } from '../../src/data/edits/builders';
import { readDataDir, readSourceTexts } from '../../src/data/node';
import { Editor } from '../../src/features/curate/editor';

const ROOT = path.resolve(import.meta.dirname, '../..');

async function files() {
  const json = await readDataDir(path.join(ROOT, 'graph-data'));
  const texts = await readSourceTexts(path.join(ROOT, 'graph-data/sources'));
  return [
    ...json.map((f) => ({ ...f, hash: '' })),
    ...[...texts].map(([name, text]) => ({ name: `sources/${name}`, text, hash: '' })),
  ];
}

/** A real Storage-like map (the browser's localStorage in the app). */
function memoryStorage() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    size: () => m.size,
  };
}

const topic = (id: string) => ({ id, type: 'topic', label: id, aliases: [], description: 'd' });

describe('the curator’s editor', () => {
  it('applies, undoes and redoes; the dataset and the change count follow', async () => {
    const storage = memoryStorage();
    const ed = await Editor.open({ draftKey: 'k', storage }, await files());
    const n = ed.getSnapshot().dataset.entities.length;
    ed.apply(addEntity(ed.getSnapshot().ws, topic('t1')));
    ed.apply(addAlias(ed.getSnapshot().ws, 't1', 'T one'));
    expect(ed.getSnapshot().pending).toHaveLength(2);
    expect(ed.getSnapshot().dataset.entities).toHaveLength(n + 1);
    expect(ed.getSnapshot().unsaved.has('t1')).toBe(true);
    ed.undo();
    ed.undo();
    expect(ed.getSnapshot().dataset.entities).toHaveLength(n);
    expect(ed.changes()).toEqual([]);
    ed.redo();
    expect(ed.getSnapshot().dataset.entities).toHaveLength(n + 1);
    expect(ed.getSnapshot().canRedo).toBe(true);
  });

  it('keeps unsaved edits as a draft that a new session restores, until discarded', async () => {
    const storage = memoryStorage();
    const first = await Editor.open({ draftKey: 'k', storage }, await files());
    first.apply(addEntity(first.getSnapshot().ws, topic('kept')));
    expect(storage.size()).toBe(1);
    // A reload: a new editor over the same files finds the draft.
    const second = await Editor.open({ draftKey: 'k', storage }, await files());
    expect(second.getSnapshot().dataset.entities.some((e) => e.id === 'kept')).toBe(true);
    expect(second.getSnapshot().pending).toHaveLength(1);
    expect(second.getSnapshot().editing).toBe(true);
    second.undo();
    expect(second.getSnapshot().pending).toHaveLength(0);
    second.redo();
    await second.discard();
    expect(second.getSnapshot().dataset.entities.some((e) => e.id === 'kept')).toBe(false);
    expect(storage.size()).toBe(0);
  });

  it('validates as it goes: a dangling reference is a problem, not a refusal', async () => {
    const ed = await Editor.open({ draftKey: 'k', storage: memoryStorage() }, await files());
    const before = ed.getSnapshot().problems.length;
    ed.apply(
      addEntity(ed.getSnapshot().ws, {
        id: 'x',
        type: 'topic',
        label: 'X',
        aliases: [],
        description: '',
      }),
    );
    const problems = ed.getSnapshot().problems;
    expect(problems.length).toBeGreaterThan(before);
    expect(problems.some((p) => p.file === 'entities/topic.json')).toBe(true);
  });
});
