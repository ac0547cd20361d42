import { useCallback } from 'react';
import { HelpDialog } from '../features/help/HelpDialog';
import { useActions, useSession } from '../features/shell';

/** The session key of the Help dialog. */
export const HELP = 'help';

export function HelpButton() {
  const actions = useActions();
  return (
    <button
      type="button"
      className="help-button"
      data-opens="help"
      aria-haspopup="dialog"
      title="Keyboard shortcuts (?)"
      onClick={() => actions.ask(HELP)}
    >
      Help
    </button>
  );
}

/** Keyboard shortcuts (every registered command) and how to move on the canvas and in the list. */
export function Help() {
  const actions = useActions();
  const open = useSession((s) => HELP in s.asked);
  const close = useCallback(() => {
    actions.unask(HELP);
    document.querySelector<HTMLElement>('[data-opens="help"]')?.focus();
  }, [actions]);
  return (
    <HelpDialog open={open} onClose={close}>
      <p>
        On the graph: Tab reaches the canvas; the arrow keys move to the neighbour in that
        direction, Enter selects it.
      </p>
      <p>
        In the List view (L): the arrow keys, Page Up/Down, Home and End move between rows, Enter
        selects the row; Enter on a column header sorts by it.
      </p>
    </HelpDialog>
  );
}
