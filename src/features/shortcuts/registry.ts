import { matchesBinding, type KeyLike } from './keys';

/** A user command: its keys are listed by the Help dialog. */
export interface Command {
  /** Unique id, e.g. "search", "zoom-in". */
  name: string;
  /** What people read in Help, e.g. "Zoom in". */
  label: string;
  /** Bindings (see keys.ts); empty for a command without a shortcut. */
  keys: readonly string[];
  perform: () => void;
  /** Help groups commands under these headings. */
  group?: string;
  /** Also while typing in a text field: all its keys (true) or only these (Escape, Mod+K). */
  inInputs?: boolean | readonly string[];
  /**
   * Handled by a focused widget itself (the canvas's arrow keys): listed in
   * Help, never run from the window listener.
   */
  local?: boolean;
  /** The command applies only while this says so (its key passes through otherwise). */
  enabled?: () => boolean;
}

export interface KeyEventLike extends KeyLike {
  defaultPrevented: boolean;
  target: EventTarget | null;
}

function whileTyping(c: Command): readonly string[] {
  if (c.inInputs === true) return c.keys;
  return c.inInputs || [];
}

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  if (el.tagName !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'range', 'color', 'file'].includes(type);
}

/**
 * The one place keys are bound. Features register their commands (and drop
 * them on unmount); open things (dialogs, menus, drawers) push an Escape
 * layer, so Escape always closes the innermost one, wherever focus is.
 */
export class CommandRegistry {
  private readonly commands = new Map<string, Command>();
  private readonly layers: { close: () => void }[] = [];
  private readonly listeners = new Set<() => void>();
  private snapshot: readonly Command[] = [];

  register(command: Command): () => void {
    this.commands.set(command.name, command);
    this.changed();
    return () => {
      if (this.commands.get(command.name) !== command) return;
      this.commands.delete(command.name);
      this.changed();
    };
  }

  /** Registration order; stable between changes (for useSyncExternalStore). */
  list(): readonly Command[] {
    return this.snapshot;
  }

  get(name: string): Command | undefined {
    return this.commands.get(name);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** An open thing Escape should close first; returns its removal. */
  pushLayer(close: () => void): () => void {
    const layer = { close };
    this.layers.push(layer);
    return () => {
      const i = this.layers.indexOf(layer);
      if (i >= 0) this.layers.splice(i, 1);
    };
  }

  /** Closes the innermost layer; false when none is open. */
  closeLayer(): boolean {
    const top = this.layers.pop();
    if (!top) return false;
    top.close();
    return true;
  }

  get openLayers(): number {
    return this.layers.length;
  }

  /** The command this key event runs, if any. */
  find(e: KeyEventLike): Command | undefined {
    if (e.defaultPrevented) return undefined;
    const typing = typingIn(e.target);
    for (const c of this.commands.values()) {
      if (c.local) continue;
      const keys = typing ? whileTyping(c) : c.keys;
      if (!keys.some((k) => matchesBinding(k, e))) continue;
      if (c.enabled && !c.enabled()) continue;
      return c;
    }
    return undefined;
  }

  /** Runs the matching command; true when one ran (the caller prevents the default). */
  handle(e: KeyEventLike): boolean {
    const c = this.find(e);
    if (!c) return false;
    c.perform();
    return true;
  }

  private changed() {
    this.snapshot = [...this.commands.values()];
    for (const l of this.listeners) l();
  }
}
