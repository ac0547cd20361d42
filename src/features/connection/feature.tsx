import { connectionAddress } from '../../state/address/connection';
import { lazy, useCallback } from 'react';
import { useActions, useSession, useView, type Feature } from '../shell';
import { ToolButton } from '../toolbar/ToolbarMenu';
import { useConnectionCommands } from './commands';
import { closeConnection, CONNECTION } from './open';

// Path search and its panel load on demand, at the first "Find connection".
const ConnectionPanel = lazy(() => import('./ConnectionPanel'));

/** Open while asked for or while a connection is shown (from the address). */
function useConnectionOpen(): boolean {
  const asked = useSession((s) => CONNECTION in s.asked);
  const shown = useView((v) => v.connection !== undefined);
  return asked || shown;
}

function useToggle(): () => void {
  const actions = useActions();
  const open = useConnectionOpen();
  return useCallback(
    () => (open ? closeConnection(actions) : actions.ask(CONNECTION, { autoFocus: true })),
    [open, actions],
  );
}

function ConnectionButton() {
  const open = useConnectionOpen();
  return (
    <ToolButton
      aria-expanded={open}
      data-opens="connection"
      title="Find connection (C)"
      onClick={useToggle()}
    >
      Find connection
    </ToolButton>
  );
}

function ConnectionController() {
  useConnectionCommands(useToggle());
  return null;
}

/** Find connection: paths between two entities, with the evidence of every hop. */
export const connectionFeature: Feature = {
  name: CONNECTION,
  address: [connectionAddress],
  panels: [
    { name: 'find connection', slot: 'toolbar', Component: ConnectionButton },
    {
      name: 'path search',
      slot: 'stage',
      Component: ConnectionPanel,
      useOpen: useConnectionOpen,
      close: closeConnection,
      // On a phone the button sits in the shut "More" menu: focus goes to "More".
      returnFocus: ['[data-opens="connection"]', '[data-more-button]'],
      className: 'connection-slot',
      coversCanvas: true,
      loading: <p className="connection-loading">Loading path search…</p>,
    },
  ],
  Controller: ConnectionController,
};
