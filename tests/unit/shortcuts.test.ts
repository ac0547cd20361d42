import { describe, expect, it, vi } from 'vitest';
import { bindingLabel, matchesBinding, parseBinding } from '../../src/features/shortcuts/keys';
import { CommandRegistry, type KeyEventLike } from '../../src/features/shortcuts/registry';

const key = (k: string, mods: Partial<KeyEventLike> = {}): KeyEventLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  defaultPrevented: false,
  target: null,
  ...mods,
});

describe('key bindings', () => {
  it('parses modifiers and the plus key itself', () => {
    expect(parseBinding('Mod+K')).toMatchObject({ key: 'K', mod: true });
    expect(parseBinding('+')).toMatchObject({ key: '+', mod: false });
    expect(parseBinding('Mod++')).toMatchObject({ key: '+', mod: true });
    expect(parseBinding('Shift+Tab')).toMatchObject({ key: 'Tab', shift: true });
  });

  it('matches letters case-insensitively but respects Shift and Mod', () => {
    expect(matchesBinding('F', key('f'))).toBe(true);
    expect(matchesBinding('F', key('F', { shiftKey: true }))).toBe(false);
    expect(matchesBinding('F', key('f', { ctrlKey: true }))).toBe(false);
    expect(matchesBinding('Mod+K', key('k', { ctrlKey: true }))).toBe(true);
    expect(matchesBinding('Mod+K', key('k', { metaKey: true }))).toBe(true);
    expect(matchesBinding('Mod+K', key('k'))).toBe(false);
  });

  it('takes symbols with whatever Shift the layout needs', () => {
    expect(matchesBinding('?', key('?', { shiftKey: true }))).toBe(true);
    expect(matchesBinding('+', key('+', { shiftKey: true }))).toBe(true);
    expect(matchesBinding('+', key('='))).toBe(false);
    expect(matchesBinding('Escape', key('Escape'))).toBe(true);
    expect(matchesBinding('Shift+Tab', key('Tab'))).toBe(false);
  });

  it('labels keys for people, per platform', () => {
    expect(bindingLabel('Mod+K', false)).toEqual(['Ctrl', 'K']);
    expect(bindingLabel('Mod+K', true)).toEqual(['⌘', 'K']);
    expect(bindingLabel('-', false)).toEqual(['−']);
    expect(bindingLabel('Escape', false)).toEqual(['Esc']);
  });
});

describe('command registry', () => {
  it('runs the command bound to a key, and drops it on unregister', () => {
    const r = new CommandRegistry();
    const perform = vi.fn();
    const off = r.register({ name: 'fit', label: 'Fit', keys: ['F'], perform });
    expect(r.handle(key('f'))).toBe(true);
    expect(perform).toHaveBeenCalledTimes(1);
    off();
    expect(r.handle(key('f'))).toBe(false);
    expect(r.list()).toEqual([]);
  });

  it('ignores keys typed in a text field, except the ones allowed there', () => {
    const r = new CommandRegistry();
    const search = vi.fn();
    r.register({
      name: 's',
      label: 'Search',
      keys: ['/', 'Mod+K'],
      inInputs: ['Mod+K'],
      perform: search,
    });
    const input = { tagName: 'INPUT', type: 'search', isContentEditable: false };
    expect(r.handle(key('/', { target: input as unknown as EventTarget }))).toBe(false);
    expect(r.handle(key('k', { ctrlKey: true, target: input as unknown as EventTarget }))).toBe(
      true,
    );
    const checkbox = { tagName: 'INPUT', type: 'checkbox', isContentEditable: false };
    expect(r.handle(key('/', { target: checkbox as unknown as EventTarget }))).toBe(true);
    expect(search).toHaveBeenCalledTimes(2);
  });

  it('skips handled events and disabled commands', () => {
    const r = new CommandRegistry();
    const perform = vi.fn();
    r.register({ name: 'x', label: 'X', keys: ['x'], perform, enabled: () => false });
    expect(r.handle(key('x'))).toBe(false);
    r.register({ name: 'y', label: 'Y', keys: ['y'], perform });
    expect(r.handle(key('y', { defaultPrevented: true }))).toBe(false);
    expect(perform).not.toHaveBeenCalled();
  });

  it('closes Escape layers innermost first', () => {
    const r = new CommandRegistry();
    const closed: string[] = [];
    r.pushLayer(() => closed.push('export'));
    const offHelp = r.pushLayer(() => closed.push('help'));
    offHelp();
    r.pushLayer(() => closed.push('drawer'));
    expect(r.closeLayer()).toBe(true);
    expect(r.closeLayer()).toBe(true);
    expect(r.closeLayer()).toBe(false);
    expect(closed).toEqual(['drawer', 'export']);
  });

  it('tells subscribers when the set changes, with a stable snapshot between', () => {
    const r = new CommandRegistry();
    const l = vi.fn();
    r.subscribe(l);
    const before = r.list();
    r.register({ name: 'a', label: 'A', keys: [], perform: () => {} });
    expect(l).toHaveBeenCalledTimes(1);
    expect(r.list()).not.toBe(before);
    expect(r.list()).toBe(r.list());
  });
});
