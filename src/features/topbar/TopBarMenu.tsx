import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useEscapeLayer } from '../shortcuts';
import { useIsPhone } from '../toolbar/ToolbarMenu';
import './topbar.css';

/**
 * Where a press or focus does not close the menu: what its buttons opened
 * (dialogs, the filters drawer), so that focus can return to the button
 * that opened them once they close.
 */
const OPENED_FROM_MENU = 'dialog, [role="dialog"], [role="alertdialog"], .sidebar, .drawer-scrim';

/**
 * The top bar's actions (Filters, Open…, SPARQL…, Export, Dark mode, Help).
 * On a desktop they sit in the bar; on a phone the bar keeps one row — the
 * brand, the search field and **Menu**, a disclosure button (aria-expanded)
 * whose panel holds the same buttons. A disclosure, not a role="menu": its
 * buttons open dialogs and popovers that hang from them and a file picker,
 * and it shows the Opening… status, none of which a menu may hold. The
 * panel stays open while what a button opened is open (focus returns to that
 * button); Escape, Menu again, a press elsewhere or Tab out close it.
 */
export function TopBarMenu({ children }: { children: ReactNode }) {
  const phone = useIsPhone();
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const shown = phone && open;

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }, []);
  useEscapeLayer(shown, () => close(true));
  useEffect(() => {
    if (!shown) return;
    const outside = (target: EventTarget | null) =>
      target instanceof Node &&
      !anchor.current?.contains(target) &&
      !(target instanceof Element && target.closest(OPENED_FROM_MENU));
    const onPointer = (e: PointerEvent) => {
      if (outside(e.target)) close(false);
    };
    const onFocus = (e: FocusEvent) => {
      if (outside(e.target)) close(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('focusin', onFocus);
    };
  }, [shown, close]);
  // Back to a desktop width: nothing stays open behind the bar.
  useEffect(() => {
    if (!phone) setOpen(false);
  }, [phone]);

  return (
    <div
      ref={anchor}
      className={`top-actions${phone ? ' top-actions-phone' : ''}${shown ? ' open' : ''}`}
    >
      {phone && (
        <button
          ref={button}
          type="button"
          className="topbar-menu-button"
          aria-expanded={shown}
          aria-controls={`${id}-menu`}
          onClick={() => setOpen((o) => !o)}
        >
          Menu <span aria-hidden="true">{shown ? '▴' : '▾'}</span>
        </button>
      )}
      <div
        id={`${id}-menu`}
        className="top-actions-items"
        {...(phone ? { role: 'group', 'aria-label': 'Menu' } : {})}
      >
        {children}
      </div>
    </div>
  );
}
