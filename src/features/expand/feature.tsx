import { editsAddress } from '../../state/address/edits';
import { canRedo, canUndo } from '../../state/viewHistory';
import { useActions, useHistory, useShown, useView, type Feature } from '../shell';
import { useViewEditCommands } from './useViewEditCommands';
import { ViewHistoryButtons } from './ViewHistoryButtons';

function HistoryButtons() {
  const actions = useActions();
  const undo = useHistory(canUndo);
  const redo = useHistory(canRedo);
  const pinned = useView((v) => v.pinned.size);
  return (
    <ViewHistoryButtons
      canUndo={undo}
      canRedo={redo}
      pinned={pinned}
      onUndo={actions.undo}
      onRedo={actions.redo}
      onUnpinAll={actions.unpinAll}
    />
  );
}

/** N and H: Show neighbours and Hide on the selected entity. */
function EditCommands() {
  useViewEditCommands(
    useView((v) => v.selection),
    useShown().edits,
  );
  return null;
}

/** View edits and their history: Show neighbours, Hide, pins; Undo, Redo, Unpin all. */
export const expandFeature: Feature = {
  name: 'expand',
  address: [editsAddress],
  panels: [{ name: 'view history', slot: 'toolbar', Component: HistoryButtons }],
  Controller: EditCommands,
};
