import { describe, expect, it } from 'vitest';
import {
  HISTORY_CAP,
  canRedo,
  canUndo,
  historyReducer,
  startHistory,
  type HistoryAction,
  type ViewHistory,
} from '../../src/state/viewHistory';
import { INITIAL_VIEW } from '../../src/state/viewState';

const run = (h: ViewHistory, ...actions: HistoryAction[]) => actions.reduce(historyReducer, h);
const selectA: HistoryAction = { type: 'select', selection: { kind: 'entity', id: 'a' } };
const focus1: HistoryAction = { type: 'focus', depth: 1 };
const expandB: HistoryAction = { type: 'expand', id: 'b', reveal: [] };

describe('view history', () => {
  const start = startHistory(INITIAL_VIEW);

  it('records view changes, not the selection alone', () => {
    const h = run(start, selectA);
    expect(canUndo(h)).toBe(false);
    const f = run(h, focus1, expandB);
    expect(f.past).toHaveLength(2);
    expect(f.present.expanded.has('b')).toBe(true);
  });

  it('undo and redo step through the view, leaving the selection as it is', () => {
    let h = run(start, selectA, focus1, expandB, { type: 'hide', id: 'c' });
    h = run(h, { type: 'select', selection: { kind: 'entity', id: 'b' }, within: true });
    h = run(h, { type: 'undo' });
    expect(h.present.hidden.size).toBe(0);
    expect(h.present.expanded.has('b')).toBe(true);
    expect(h.present.selection).toEqual({ kind: 'entity', id: 'b' });
    h = run(h, { type: 'undo' }, { type: 'undo' });
    expect(h.present.focusDepth).toBe(0);
    expect(h.present.focusCenter).toBeUndefined();
    expect(canUndo(h)).toBe(false);
    expect(run(h, { type: 'undo' })).toBe(h); // nothing left: unchanged
    h = run(h, { type: 'redo' });
    expect(h.present.focusCenter).toBe('a');
    h = run(h, { type: 'redo' }, { type: 'redo' });
    expect(h.present.hidden.has('c')).toBe(true);
    expect(canRedo(h)).toBe(false);
  });

  it('a new change clears what could be redone', () => {
    let h = run(start, selectA, focus1, expandB, { type: 'undo' });
    expect(canRedo(h)).toBe(true);
    h = run(h, { type: 'hide', id: 'z' });
    expect(canRedo(h)).toBe(false);
  });

  it('pins and unpins are undone with their positions', () => {
    const at = new Map([['a', { x: 10, y: -5 }]]);
    let h = run(start, { type: 'pin', positions: at });
    h = run(h, { type: 'pin', positions: new Map([['a', { x: 50, y: 0 }]]) }, { type: 'unpinAll' });
    expect(h.present.pinned.size).toBe(0);
    h = run(h, { type: 'undo' });
    expect(h.present.pinned.get('a')).toEqual({ x: 50, y: 0 });
    h = run(h, { type: 'undo' });
    expect(h.present.pinned.get('a')).toEqual({ x: 10, y: -5 });
    expect(run(start, { type: 'unpinAll' })).toBe(start); // nothing pinned: no step
  });

  it('keeps at most HISTORY_CAP steps, dropping the oldest', () => {
    let h = start;
    for (let i = 0; i < HISTORY_CAP + 20; i++) h = run(h, { type: 'hide', id: `n${i}` });
    expect(h.past).toHaveLength(HISTORY_CAP);
    expect(h.past[0]!.hidden.size).toBe(20);
  });

  it('a first load starts afresh; Back/Forward (a later restore) can be undone', () => {
    let h = run(start, { type: 'hide', id: 'x' });
    const decoded = { ...INITIAL_VIEW, layout: 'grid' as const };
    expect(run(h, { type: 'restore', state: decoded, initial: true })).toEqual(
      startHistory(decoded),
    );
    h = run(h, { type: 'restore', state: decoded });
    expect(h.past).toHaveLength(2);
    expect(run(h, { type: 'undo' }).present.hidden.has('x')).toBe(true);
  });

  it('panels are not view changes and survive an undo', () => {
    let h = run(start, { type: 'setLayout', layout: 'grid' });
    h = run(h, { type: 'setThread', id: 't' });
    expect(h.past).toHaveLength(1);
    h = run(h, { type: 'undo' });
    expect(h.present.layout).toBe('force');
    expect(h.present.thread).toBe('t');
  });

  it('a restored view keeps the sets it already had when they hold the same members', () => {
    const h = run(start, { type: 'hide', id: 'x' });
    const decoded = {
      ...INITIAL_VIEW,
      hiddenTypes: new Set<string>(),
      hiddenRelations: new Set(['met']),
      hidden: new Set(['x']),
    };
    for (const initial of [true, false]) {
      const next = run(h, { type: 'restore', state: decoded, initial }).present;
      // Equal members: the very same sets (what is derived from them is not derived again).
      expect(next.hiddenTypes).toBe(h.present.hiddenTypes);
      expect(next.hidden).toBe(h.present.hidden);
      // Different members: the restored set.
      expect(next.hiddenRelations).toBe(decoded.hiddenRelations);
      expect(next).toEqual(decoded);
    }
  });
});
