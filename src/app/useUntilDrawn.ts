import { useCallback, useMemo, useRef } from 'react';
import { stopLayouts } from '../cy/forceClient';
import type { Drawing } from '../features/open/types';
import type { LoadedDataset } from './useDataset';

/**
 * An opened dataset is shown at once and is still being laid out and drawn:
 * until its graph says it is drawn, Open…'s Cancel can take it back. Undoing
 * stops its layout in the worker (its slicing draw stops as its canvas goes)
 * and runs `back`, which shows the previous graph.
 */
export function useUntilDrawn() {
  const waiting = useRef(new Map<LoadedDataset, () => void>());
  const begin = useCallback((loaded: LoadedDataset, back: () => void): Drawing => {
    let resolve = () => {};
    const drawn = new Promise<void>((r) => (resolve = r));
    waiting.current.set(loaded, resolve);
    return {
      drawn,
      undo: () => {
        waiting.current.delete(loaded);
        stopLayouts();
        back();
      },
    };
  }, []);
  /** The graph of `loaded` is drawn (usable while its layout refines). */
  const drawn = useCallback((loaded: LoadedDataset) => {
    waiting.current.get(loaded)?.();
    waiting.current.delete(loaded);
  }, []);
  return useMemo(() => ({ begin, drawn }), [begin, drawn]);
}
