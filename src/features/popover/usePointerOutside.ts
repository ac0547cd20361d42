import { useEffect, useRef, type RefObject } from 'react';

/**
 * While `open`, a press anywhere outside `anchor` (the button and its
 * popover) calls `onOutside`: the top bar's popovers and the phone's More
 * menu close by a tap elsewhere, as menus do.
 */
export function usePointerOutside(
  anchor: RefObject<HTMLElement | null>,
  open: boolean,
  onOutside: () => void,
): void {
  const latest = useRef(onOutside);
  latest.current = onOutside;
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (anchor.current && !anchor.current.contains(e.target as Node)) latest.current();
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [anchor, open]);
}
