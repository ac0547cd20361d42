import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, type ViewContext } from '../../src/state/urlCodec';
import { INITIAL_VIEW, viewReducer, type ViewState } from '../../src/state/viewState';

const ctx: ViewContext = {
  hasEntity: (id) => ['ha-kim-ngoc', 'psd-12'].includes(id),
  hasRelation: (id) => id === 'r1',
  relationTypes: new Set(['discussed', 'co_chaired']),
};

describe('URL codec', () => {
  it('round-trips a full view state', () => {
    const state: ViewState = {
      ...INITIAL_VIEW,
      selection: { kind: 'entity', id: 'ha-kim-ngoc' },
      focusDepth: 2,
      hiddenTypes: new Set(['topic', 'place']),
      hiddenRelations: new Set(['discussed']),
      period: ['2019-03', '2023-12'],
      asOf: '2023-06',
      hideIsolated: true,
      layout: 'timeline',
      thread: 'psd-12',
      compare: ['psd-12', 'ha-kim-ngoc'],
    };
    const query = encodeView(state);
    expect(query).toBe(
      '?e=ha-kim-ngoc&focus=2&hide=topic%2Cplace&hiderel=discussed&from=2019-03&to=2023-12&asof=2023-06&thread=psd-12&compare=psd-12%2Cha-kim-ngoc&isolated=hide&layout=timeline',
    );
    const { state: back, notices } = decodeView(query, ctx);
    expect(notices).toEqual([]);
    expect(back.selection).toEqual(state.selection);
    expect(back.focusDepth).toBe(2);
    expect([...back.hiddenTypes].sort()).toEqual(['place', 'topic']);
    expect([...back.hiddenRelations]).toEqual(['discussed']);
    expect(back.period).toEqual(['2019-03', '2023-12']);
    expect(back.asOf).toBe('2023-06');
    expect(back.thread).toBe('psd-12');
    expect(back.compare).toEqual(['psd-12', 'ha-kim-ngoc']);
    expect(back.hideIsolated).toBe(true);
    expect(back.layout).toBe('timeline');
  });

  it('reads the older whole-year links as months', () => {
    const { state, notices } = decodeView('?from=2019&to=2023', ctx);
    expect(notices).toEqual([]);
    expect(state.period).toEqual(['2019-01', '2023-12']);
  });

  it('drops unknown threads, compared meetings and bad months with a notice', () => {
    const { state, notices } = decodeView('?thread=ghost&compare=psd-12,ghost&asof=2023-13', ctx);
    expect(state.thread).toBeUndefined();
    expect(state.compare).toEqual(['psd-12', '']);
    expect(state.asOf).toBeUndefined();
    expect(notices).toHaveLength(3);
  });

  it('encodes the initial state as an empty query', () => {
    expect(encodeView(INITIAL_VIEW)).toBe('');
  });

  it('round-trips a relation selection', () => {
    const s = viewReducer(INITIAL_VIEW, {
      type: 'select',
      selection: { kind: 'relation', id: 'r1' },
    });
    expect(decodeView(encodeView(s), ctx).state.selection).toEqual({ kind: 'relation', id: 'r1' });
  });

  it('drops an unknown entity id with a notice instead of failing', () => {
    const { state, notices } = decodeView('?e=nobody&layout=grid', ctx);
    expect(state.selection).toBeNull();
    expect(state.layout).toBe('grid');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('nobody');
  });

  it('ignores unknown types, layouts, bad ranges and focus without selection', () => {
    const { state, notices } = decodeView(
      '?hide=person,robot&hiderel=invented&layout=spiral&from=2024&to=2019&focus=2',
      ctx,
    );
    expect([...state.hiddenTypes]).toEqual(['person']);
    expect(state.hiddenRelations.size).toBe(0);
    expect(state.layout).toBe('force');
    expect(state.period).toBeUndefined();
    expect(state.focusDepth).toBe(0);
    expect(notices.join(' ')).toMatch(/robot/);
    expect(notices.join(' ')).toMatch(/invented/);
    expect(notices.join(' ')).toMatch(/spiral/);
    expect(notices.join(' ')).toMatch(/time range/);
  });

  it('treats hostile input as plain data', () => {
    const { state, notices } = decodeView('?e=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', ctx);
    expect(state.selection).toBeNull();
    expect(notices[0]).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('URL codec: the List view', () => {
  it('round-trips the chosen table with the selection and filters', () => {
    for (const list of ['entities', 'relations'] as const) {
      const state: ViewState = {
        ...INITIAL_VIEW,
        selection: { kind: 'relation', id: 'r1' },
        hiddenTypes: new Set(['topic']),
        list,
      };
      const query = encodeView(state);
      expect(query).toBe(`?r=r1&hide=topic&list=${list}`);
      const { state: back, notices } = decodeView(query, ctx);
      expect(notices).toEqual([]);
      expect(back.list).toBe(list);
      expect(back.selection).toEqual(state.selection);
      expect(encodeView(back)).toBe(query);
    }
  });

  it('shows the graph when the address names no list, and ignores an unknown one', () => {
    expect(decodeView('', ctx).state.list).toBeUndefined();
    expect(encodeView(INITIAL_VIEW)).toBe('');
    const { state, notices } = decodeView('?list=spreadsheet', ctx);
    expect(state.list).toBeUndefined();
    expect(notices.join(' ')).toMatch(/spreadsheet/);
  });

  it('switches between graph and list without touching the selection', () => {
    let s = viewReducer(INITIAL_VIEW, { type: 'select', selection: { kind: 'entity', id: 'a' } });
    s = viewReducer(s, { type: 'setList', list: 'relations' });
    expect(s.list).toBe('relations');
    s = viewReducer(s, { type: 'setList', list: undefined });
    expect('list' in s).toBe(false);
    expect(s.selection).toEqual({ kind: 'entity', id: 'a' });
  });
});

describe('URL codec: Show neighbours, Hide and pins', () => {
  const edited: ViewState = {
    ...INITIAL_VIEW,
    selection: { kind: 'entity', id: 'psd-12' },
    focusDepth: 1,
    focusCenter: 'ha-kim-ngoc',
    expanded: new Set(['psd-12']),
    hidden: new Set(['ha-kim-ngoc']),
    pinned: new Map([
      ['psd-12', { x: 120.4, y: -45.6 }],
      ['ha-kim-ngoc', { x: 0, y: 300 }],
    ]),
  };

  it('round-trips the focus centre, expansions, hidden entities and pins', () => {
    const query = encodeView(edited);
    expect(query).toBe(
      '?e=psd-12&focus=1&center=ha-kim-ngoc&expand=psd-12&hidden=ha-kim-ngoc&pin=psd-12%3A120%3A-46%2Cha-kim-ngoc%3A0%3A300',
    );
    const { state, notices } = decodeView(query, ctx);
    expect(notices).toEqual([]);
    expect(state.focusCenter).toBe('ha-kim-ngoc');
    expect([...state.expanded]).toEqual(['psd-12']);
    expect([...state.hidden]).toEqual(['ha-kim-ngoc']);
    expect([...state.pinned]).toEqual([
      ['psd-12', { x: 120, y: -46 }],
      ['ha-kim-ngoc', { x: 0, y: 300 }],
    ]);
    expect(encodeView(state)).toBe(query);
  });

  it('focus without a centre is around the selected entity, and says nothing extra', () => {
    const { state } = decodeView('?e=psd-12&focus=2', ctx);
    expect(state.focusCenter).toBe('psd-12');
    expect(encodeView(state)).toBe('?e=psd-12&focus=2');
  });

  it('drops unknown ids, expansions without a focus and broken pins with a notice', () => {
    const { state, notices } = decodeView(
      '?expand=psd-12&hidden=ghost,psd-12&pin=psd-12:1:2,ghost:1:2,psd-12:x:y,psd-12:1e9:0,:1:2,constructor:0:0&center=psd-12',
      ctx,
    );
    expect(state.expanded.size).toBe(0); // no focus: nothing to expand from
    expect(state.focusDepth).toBe(0);
    expect([...state.hidden]).toEqual(['psd-12']);
    expect([...state.pinned]).toEqual([['psd-12', { x: 1, y: 2 }]]);
    expect(notices.join(' ')).toMatch(/1 hidden entities/);
    expect(notices.join(' ')).toMatch(/5 pinned positions/);
  });

  it('an unknown focus centre drops the focus', () => {
    const { state, notices } = decodeView('?e=psd-12&focus=1&center=__proto__', ctx);
    expect(state.focusDepth).toBe(0);
    expect(notices[0]).toContain('__proto__');
  });

  it('survives random pin lists and ids (no exception, only known ids kept)', () => {
    const junk = ['', ':', '::', 'psd-12:', 'psd-12::', 'psd-12:-0:-0', '%00', 'a:b:c:d', '\u202e'];
    for (let i = 0; i < 400; i++) {
      const parts = Array.from(
        { length: 1 + (i % 5) },
        (_, k) => junk[(i * 7 + k * 3) % junk.length],
      );
      const q = `?pin=${encodeURIComponent(parts.join(','))}&hidden=${encodeURIComponent(parts.join(','))}`;
      const { state } = decodeView(q, ctx);
      for (const id of state.pinned.keys()) expect(ctx.hasEntity(id)).toBe(true);
      for (const id of state.hidden) expect(ctx.hasEntity(id)).toBe(true);
      const again = decodeView(encodeView(state), ctx);
      expect(again.notices).toEqual([]);
    }
  });
});

describe('view reducer', () => {
  it('selecting inside a focused network keeps it; picking from elsewhere moves it', () => {
    let s = viewReducer(INITIAL_VIEW, { type: 'select', selection: { kind: 'entity', id: 'a' } });
    s = viewReducer(s, { type: 'focus', depth: 1 });
    s = viewReducer(s, { type: 'expand', id: 'b', reveal: [] });
    s = viewReducer(s, { type: 'select', selection: { kind: 'entity', id: 'b' }, within: true });
    expect(s.focusCenter).toBe('a');
    expect(s.expanded.has('b')).toBe(true);
    s = viewReducer(s, { type: 'select', selection: { kind: 'entity', id: 'c' } });
    expect(s.focusCenter).toBe('c');
    expect(s.expanded.size).toBe(0); // a new network starts without the old additions
    s = viewReducer(s, { type: 'select', selection: null, within: true });
    expect(s.focusDepth).toBe(1);
    s = viewReducer(s, { type: 'select', selection: null });
    expect(s.focusDepth).toBe(0);
    expect(s.focusCenter).toBeUndefined();
  });

  it('expand reveals hidden neighbours; hide drops the expansion; reset shows all', () => {
    let s = viewReducer(INITIAL_VIEW, { type: 'hide', id: 'x' });
    s = viewReducer(s, { type: 'hide', id: 'y' });
    s = viewReducer(s, { type: 'expand', id: 'b', reveal: ['x'] });
    expect([...s.hidden]).toEqual(['y']);
    s = viewReducer(s, { type: 'hide', id: 'b' });
    expect(s.expanded.has('b')).toBe(false);
    s = viewReducer(s, { type: 'unhide', id: 'b' });
    expect(s.hidden.has('b')).toBe(false);
    s = viewReducer(s, { type: 'resetFilters' });
    expect(s.hidden.size).toBe(0);
  });

  it('clears focus when the selection is cleared', () => {
    let s = viewReducer(INITIAL_VIEW, { type: 'select', selection: { kind: 'entity', id: 'a' } });
    s = viewReducer(s, { type: 'focus', depth: 1 });
    expect(s.focusDepth).toBe(1);
    s = viewReducer(s, { type: 'clear' });
    expect(s.selection).toBeNull();
    expect(s.focusDepth).toBe(0);
  });

  it('ignores focus without a selected entity', () => {
    expect(viewReducer(INITIAL_VIEW, { type: 'focus', depth: 2 }).focusDepth).toBe(0);
  });

  it('toggles types and resets filters without touching the selection', () => {
    let s = viewReducer(INITIAL_VIEW, { type: 'select', selection: { kind: 'entity', id: 'a' } });
    s = viewReducer(s, { type: 'toggleType', entityType: 'topic' });
    s = viewReducer(s, { type: 'setPeriod', period: ['2019-01', '2020-12'] });
    expect(s.hiddenTypes.has('topic')).toBe(true);
    s = viewReducer(s, { type: 'toggleType', entityType: 'topic' });
    expect(s.hiddenTypes.has('topic')).toBe(false);
    s = viewReducer(s, { type: 'toggleType', entityType: 'place' });
    s = viewReducer(s, { type: 'resetFilters' });
    expect(s.hiddenTypes.size).toBe(0);
    expect(s.period).toBeUndefined();
    expect(s.selection).toEqual({ kind: 'entity', id: 'a' });
  });
});
