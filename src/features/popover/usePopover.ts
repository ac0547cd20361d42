import { useCallback, useId, useRef, useState, type RefObject } from 'react';
import { useEscapeLayer } from '../shortcuts';
import { usePointerOutside } from './usePointerOutside';

/**
 * A top-bar button with a dialog popover (Open…, SPARQL…, Export): open and
 * shut state, the trigger's ARIA attributes, Escape (focus back on the
 * button) and a press outside (focus stays where it went) closing it.
 */
export function usePopover(buttonRef?: RefObject<HTMLButtonElement | null>) {
  const [open, setOpen] = useState(false);
  const anchorRef = useRef<HTMLDivElement>(null);
  const ownButton = useRef<HTMLButtonElement>(null);
  const button = buttonRef ?? ownButton;
  const panelId = `${useId()}-panel`;
  const close = useCallback(
    (returnFocus = true) => {
      setOpen(false);
      if (returnFocus) button.current?.focus();
    },
    [button],
  );
  useEscapeLayer(open, () => close(true));
  usePointerOutside(anchorRef, open, () => close(false));
  const trigger = {
    ref: button,
    type: 'button' as const,
    'aria-haspopup': 'dialog' as const,
    'aria-expanded': open,
    'aria-controls': open ? panelId : undefined,
    onClick: () => (open ? close(false) : setOpen(true)),
  };
  return { open, close, anchorRef, panelId, trigger };
}
