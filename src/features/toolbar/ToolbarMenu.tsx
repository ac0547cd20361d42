import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { PHONE_QUERY } from '../../canvas/phoneView';
import { useEscapeLayer } from '../shortcuts';
import { usePointerOutside } from '../popover/usePointerOutside';

interface MenuContext {
  /** The control is an item of the phone's "More" menu, not a toolbar button. */
  inMenu: boolean;
  /** Closes the menu (after an item ran), focus back on "More". */
  close: () => void;
  /** Where a control's live status goes while the menu is shut (Copy link's "Link copied"). */
  statusSlot: HTMLElement | null;
}

const Ctx = createContext<MenuContext>({ inMenu: false, close: () => {}, statusSlot: null });

export const useToolbarMenu = () => useContext(Ctx);

const subscribe = (onChange: () => void) => {
  if (typeof matchMedia !== 'function') return () => {};
  const mq = matchMedia(PHONE_QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
};
const phoneNow = () => typeof matchMedia === 'function' && matchMedia(PHONE_QUERY).matches;

/** True at phone widths (the same query as the CSS), following resizes. */
export function useIsPhone(): boolean {
  return useSyncExternalStore(subscribe, phoneNow, () => false);
}

type ButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & {
  ref?: React.Ref<HTMLButtonElement>;
};

/**
 * A toolbar button that becomes a menu item inside the phone's "More" menu:
 * same accessible name and action, role `menuitem`, reached by the arrow
 * keys (not Tab), and the menu closes once it ran.
 */
export function ToolButton({ onClick, ...props }: ButtonProps) {
  const menu = useToolbarMenu();
  if (!menu.inMenu) return <button type="button" onClick={onClick} {...props} />;
  return (
    <button
      type="button"
      {...props}
      role="menuitem"
      tabIndex={-1}
      onClick={(e) => {
        onClick?.(e);
        if (props['aria-disabled'] !== true && props['aria-disabled'] !== 'true') menu.close();
      }}
    />
  );
}

const ITEM = '[role^="menuitem"]';
const menuItems = (menu: HTMLElement | null) => [
  ...(menu?.querySelectorAll<HTMLElement>(ITEM) ?? []),
];

/**
 * "More" on phones: a menu button (aria-haspopup, aria-expanded) whose menu
 * holds the toolbar's less used controls. Arrow keys, Home and End move
 * between items; Escape, Tab or a tap outside close it; Escape returns focus
 * to "More". The items stay mounted while it is shut (hidden), so their
 * commands, shortcuts and refs keep working.
 */
export function MoreMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [slot, setSlot] = useState<HTMLSpanElement | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const anchor = useRef<HTMLDivElement>(null);
  const id = useId();
  const items = () => menuItems(menu.current);
  const close = useCallback((returnFocus = true) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }, []);
  const [pendingFocus, setPendingFocus] = useState<{ at: 'first' | 'last' } | null>(null);
  useEffect(() => {
    // Once the menu is shown: focus can only move to a visible item.
    if (!open || !pendingFocus) return;
    const all = menuItems(menu.current);
    (pendingFocus.at === 'first' ? all[0] : all.at(-1))?.focus();
  }, [open, pendingFocus]);
  usePointerOutside(anchor, open, () => close(false));
  useEscapeLayer(open, () => close(true));

  const show = (focus: 'first' | 'last') => {
    setOpen(true);
    setPendingFocus({ at: focus });
  };
  const onMenuKey = (e: React.KeyboardEvent) => {
    const all = items();
    const i = all.indexOf(document.activeElement as HTMLElement);
    const go = (n: number) => {
      e.preventDefault();
      all[(n + all.length) % all.length]?.focus();
    };
    if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(all.length - 1);
    else if (e.key === 'Tab') close(false);
  };

  return (
    <Ctx.Provider value={{ inMenu: true, close: () => close(true), statusSlot: slot }}>
      <div className="menu-anchor more-anchor" ref={anchor}>
        <button
          ref={button}
          type="button"
          className="more-button"
          data-more-button=""
          aria-haspopup="menu"
          aria-expanded={open}
          aria-controls={`${id}-menu`}
          onClick={() => (open ? close(false) : show('first'))}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              show(e.key === 'ArrowDown' ? 'first' : 'last');
            }
          }}
        >
          More
        </button>
        <div
          ref={menu}
          id={`${id}-menu`}
          className="popover more-menu"
          role="menu"
          aria-label="More graph controls"
          hidden={!open}
          onKeyDown={onMenuKey}
        >
          {children}
        </div>
      </div>
      <span ref={setSlot} className="more-status" />
    </Ctx.Provider>
  );
}
