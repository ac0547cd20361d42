import { useCallback, useEffect, useRef } from 'react';
import { useActions, useSession, type Feature } from '../features/shell';
import { useEscapeLayer } from '../features/shortcuts';
import { ErrorBoundary } from './ErrorBoundary';
import { Slot } from './Slot';

/** The session key of the phone's Filters drawer. */
export const DRAWER = 'drawer';

export const useDrawerOpen = () => useSession((s) => DRAWER in s.asked);

/** The top bar's Filters button: opens the side column as a drawer on a phone. */
export function DrawerToggle() {
  const actions = useActions();
  const open = useDrawerOpen();
  return (
    <button
      type="button"
      className="sidebar-toggle"
      data-opens="drawer"
      aria-expanded={open}
      aria-controls="sidebar"
      onClick={() => (open ? actions.unask(DRAWER) : actions.ask(DRAWER))}
    >
      Filters
    </button>
  );
}

/**
 * The side slot (legend, encoding, filters), one error boundary for all. On
 * a phone a drawer: it closes by its button, a tap on the scrim or Escape,
 * and focus returns to the toggle.
 */
export function SideDrawer({
  features,
  onResetToBundled,
}: {
  features: readonly Feature[];
  onResetToBundled?: (() => void) | undefined;
}) {
  const actions = useActions();
  const open = useDrawerOpen();
  const closeRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    actions.unask(DRAWER);
    document.querySelector<HTMLElement>('[data-opens="drawer"]')?.focus();
  }, [actions]);
  useEscapeLayer(open, close);
  useEffect(() => {
    if (open) closeRef.current?.focus();
  }, [open]);
  return (
    <>
      {open && <div className="drawer-scrim" aria-hidden="true" onClick={close} />}
      <nav id="sidebar" className="sidebar" aria-label="Legend and filters">
        <button
          ref={closeRef}
          type="button"
          className="drawer-close icon-button"
          aria-label="Close filters"
          onClick={close}
        >
          ×
        </button>
        <ErrorBoundary name="legend and filters" onResetToBundled={onResetToBundled}>
          <Slot name="side" features={features} />
        </ErrorBoundary>
      </nav>
    </>
  );
}
