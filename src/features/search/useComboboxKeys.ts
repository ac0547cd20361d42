import { useState } from 'react';

interface Options<T> {
  hits: readonly T[];
  /** Whether the result list is shown. */
  expanded: boolean;
  pick: (hit: T | undefined) => void;
  /** Escape with the list shown: close it (the key goes no further). */
  close: () => void;
  /** Arrow down also opens a closed list (the top bar's search). */
  open?: () => void;
  /** Escape with the list already closed (the top bar's search leaves the field). */
  onIdleEscape?: () => void;
}

/**
 * The keys of a search combobox — ↓/↑ move through the results, Enter picks,
 * Escape closes the list first — shared by the top bar's search and the
 * connection panel's From/To fields.
 */
export function useComboboxKeys<T>({
  hits,
  expanded,
  pick,
  close,
  open,
  onIdleEscape,
}: Options<T>) {
  const [active, setActive] = useState(0);
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      open?.();
      setActive((a) => Math.min(a + 1, Math.max(hits.length - 1, 0)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(hits[active]);
    } else if (e.key === 'Escape') {
      if (expanded) {
        // The list closes first; the Escape command (close a dialog, clear) waits.
        e.preventDefault();
        e.stopPropagation();
        close();
      } else onIdleEscape?.();
    }
  };
  return { active, setActive, onKeyDown };
}
