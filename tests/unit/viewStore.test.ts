import { describe, expect, it } from 'vitest';
import { FEATURES, SHELL_ADDRESS } from '../../src/app/features';
import { explorerActions } from '../../src/features/shell/actions';
import { startSession } from '../../src/features/shell/session';
import { createStore } from '../../src/state/store';
import { ADDRESS_PARTS, checkParts } from '../../src/state/urlCodec';
import { canUndo } from '../../src/state/viewHistory';
import { createViewStore } from '../../src/state/viewStore';

describe('the view store', () => {
  it('named actions change the state through historyReducer and tell subscribers', () => {
    const store = createViewStore();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.actions.select({ kind: 'entity', id: 'a' });
    expect(store.get().present.selection).toEqual({ kind: 'entity', id: 'a' });
    expect(calls).toBe(1);
    // The selection alone is not a view change: nothing to undo.
    expect(canUndo(store.get())).toBe(false);
    store.actions.toggleType('person');
    expect(store.get().present.hiddenTypes.has('person')).toBe(true);
    expect(canUndo(store.get())).toBe(true);
    store.actions.undo();
    expect(store.get().present.hiddenTypes.size).toBe(0);
    // Undo leaves the selection as it was.
    expect(store.get().present.selection).toEqual({ kind: 'entity', id: 'a' });
    expect(calls).toBe(3);
    off();
    store.actions.clear();
    expect(calls).toBe(3);
  });

  it('an action that changes nothing tells nobody (the snapshot stays the same object)', () => {
    const store = createViewStore();
    const before = store.get();
    let calls = 0;
    store.subscribe(() => calls++);
    store.actions.unpinAll();
    store.actions.undo();
    expect(store.get()).toBe(before);
    expect(calls).toBe(0);
  });

  it('focusOn selects and shows the 1-step network', () => {
    const store = createViewStore();
    store.actions.focusOn('x');
    expect(store.get().present).toMatchObject({ focusDepth: 1, focusCenter: 'x' });
  });
});

describe('the explorer actions', () => {
  const setup = (shown: string[] = []) => {
    const view = createViewStore();
    const session = createStore(startSession());
    const a = explorerActions(view, session, (id) => shown.includes(id));
    return { view, session, a };
  };

  it('navigate selects, centres the canvas and moves focus to Details', () => {
    const { view, session, a } = setup(['in']);
    view.actions.focusOn('centre');
    a.navigate('in');
    // Picked inside the view: the focused network stays on its centre.
    expect(view.get().present).toMatchObject({ focusCenter: 'centre', focusDepth: 1 });
    a.navigate('out');
    expect(view.get().present).toMatchObject({ focusCenter: 'out' });
    expect(session.get()).toMatchObject({ centerNonce: 2, detailsFocus: 2 });
  });

  it('marks are kept per panel, and removed when the panel takes them back', () => {
    const { session, a } = setup();
    const marks = { nodes: new Set(['a']), edges: new Set<string>(), links: [] };
    a.setMarks('thread', marks);
    a.setMarks('compare', marks);
    expect(Object.keys(session.get().marks)).toEqual(['thread', 'compare']);
    a.setMarks('thread', undefined);
    expect(Object.keys(session.get().marks)).toEqual(['compare']);
  });

  it('a panel asked open remembers what it was asked with, until unasked', () => {
    const { session, a } = setup();
    a.ask('connection', { from: 'x', autoFocus: true });
    expect(session.get().asked.connection).toEqual({ from: 'x', autoFocus: true });
    const before = session.get();
    a.unask('nothing');
    expect(session.get()).toBe(before);
    a.unask('connection');
    expect('connection' in session.get().asked).toBe(false);
  });

  it('notices from a restored address replace the shown ones; none leaves them', () => {
    const { session, a } = setup();
    a.notify('first');
    a.replaceNotices([]);
    expect(session.get().notices).toEqual(['first']);
    a.replaceNotices(['second']);
    expect(session.get().notices).toEqual(['second']);
  });
});

describe('the address, split by feature', () => {
  it('every part is declared by exactly one feature or by the shell', () => {
    const declared = [...FEATURES.flatMap((f) => f.address ?? []), ...SHELL_ADDRESS];
    expect(new Set(declared).size).toBe(declared.length);
    expect(new Set(declared)).toEqual(new Set(ADDRESS_PARTS));
  });

  it('a key claimed by two features is refused, naming both', () => {
    const part = (owner: string, keys: string[]) => ({
      owner,
      keys,
      encode: () => undefined,
      decode: (_p: URLSearchParams, s: never) => s,
    });
    expect(() => checkParts([part('thread', ['thread']), part('article', ['thread'])])).toThrow(
      /“thread” is claimed by thread and article/,
    );
  });
});
