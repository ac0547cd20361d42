import {
  createContext,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { CommandRegistry, type Command } from './registry';

const RegistryContext = createContext<CommandRegistry | null>(null);

/** Owns the command registry and the one window keydown listener. */
export function ShortcutsProvider({ children }: { children: React.ReactNode }) {
  const [registry] = useState(() => new CommandRegistry());
  useEffect(() => {
    // Bubble phase: a field that handles its own key (the search list's
    // Escape) stops it first.
    const onKey = (e: KeyboardEvent) => {
      if (registry.handle(e)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [registry]);
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

export function useRegistry(): CommandRegistry {
  const r = useContext(RegistryContext);
  if (!r) throw new Error('shortcuts: useRegistry needs a <ShortcutsProvider> above it');
  return r;
}

/**
 * Registers commands while the component is mounted. Pass a memoized array;
 * each `perform` may close over fresh state (the latest array is used).
 */
export function useCommands(commands: readonly Command[]): void {
  const registry = useRegistry();
  useEffect(() => {
    const off = commands.map((c) => registry.register(c));
    return () => off.forEach((f) => f());
  }, [registry, commands]);
}

/** Every registered command, re-rendering when the set changes (for Help). */
export function useCommandList(): readonly Command[] {
  const registry = useRegistry();
  return useSyncExternalStore(
    (l) => registry.subscribe(l),
    () => registry.list(),
  );
}

/** While `open`, Escape closes this (innermost first), wherever focus is. */
export function useEscapeLayer(open: boolean, close: () => void): void {
  const registry = useRegistry();
  const latest = useRef(close);
  latest.current = close;
  useEffect(() => {
    if (!open) return;
    return registry.pushLayer(() => latest.current());
  }, [registry, open]);
}
