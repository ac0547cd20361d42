/**
 * Key bindings as strings: "Mod+K", "/", "?", "Escape", "+", "Shift+Tab".
 * "Mod" is Ctrl, or ⌘ on a Mac. Pure, tested in tests/unit/shortcuts.test.ts.
 */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

interface Binding {
  key: string;
  mod: boolean;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
}

export function parseBinding(binding: string): Binding {
  // A trailing "+" is the plus key itself ("+", "Mod++").
  const plus = binding.endsWith('+') && binding.length > 1 && binding.at(-2) === '+';
  const parts = binding === '+' ? ['+'] : (plus ? binding.slice(0, -2) : binding).split('+');
  if (plus) parts.push('+');
  const key = parts.pop() ?? '';
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return {
    key,
    mod: mods.has('mod'),
    ctrl: mods.has('ctrl'),
    alt: mods.has('alt'),
    shift: mods.has('shift'),
  };
}

const isLetter = (k: string) => k.length === 1 && k.toLowerCase() !== k.toUpperCase();

/** Whether a key event is this binding. Shift is implied by symbols that need it ("?", "+"). */
export function matchesBinding(binding: string, e: KeyLike): boolean {
  const b = parseBinding(binding);
  const key = b.key.length === 1 ? b.key.toLowerCase() : b.key;
  const pressed = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key !== pressed) return false;
  if (b.mod ? !(e.ctrlKey || e.metaKey) : e.metaKey || (e.ctrlKey && !b.ctrl)) return false;
  if (b.ctrl && !e.ctrlKey) return false;
  if (b.alt !== e.altKey) return false;
  // A symbol is typed with whatever Shift its keyboard layout needs.
  if (b.key.length === 1 && !isLetter(b.key)) return true;
  return b.shift === e.shiftKey;
}

const NAMES: Record<string, string> = {
  Escape: 'Esc',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  '-': '−',
};

/** The keys of a binding as shown to people: ["Ctrl", "K"] or ["⌘", "K"]. */
export function bindingLabel(binding: string, mac: boolean): string[] {
  const b = parseBinding(binding);
  const out: string[] = [];
  if (b.mod) out.push(mac ? '⌘' : 'Ctrl');
  if (b.ctrl) out.push('Ctrl');
  if (b.alt) out.push(mac ? '⌥' : 'Alt');
  if (b.shift) out.push('Shift');
  const name = Object.hasOwn(NAMES, b.key) ? NAMES[b.key]! : b.key;
  out.push(name.length === 1 ? name.toUpperCase() : name);
  return out;
}

export const isMac = (): boolean =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
