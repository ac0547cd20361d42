import { listAddress } from '../../state/address/display';
import { lazy, useCallback } from 'react';
import { focusRegion } from '../shell/regions';
import { useActions, useExplorer, useView, type Feature } from '../shell';
import { useListCommands } from './useListCommands';
import { ViewSwitch } from './ViewSwitch';

// The List view (TanStack Table and Virtual) loads at the first switch to List.
const ListView = lazy(() => import('./ListView'));

/** The session key of "the list was opened by its key" (focus moves into it). */
const LIST = 'list';

function useListOpen(): boolean {
  return useView((v) => v.list !== undefined);
}

/** Graph | List: the buttons keep focus where it is. */
function ListSwitch() {
  const actions = useActions();
  const list = useListOpen();
  const onList = useCallback(
    (on: boolean) => {
      actions.unask(LIST);
      actions.setList(on ? 'entities' : undefined);
    },
    [actions],
  );
  return <ViewSwitch list={list} onList={onList} />;
}

/** The L key also moves focus into what it shows. */
function ListController() {
  const { view, actions } = useExplorer();
  const toggle = useCallback(() => {
    if (view.get().present.list !== undefined) {
      actions.setList(undefined);
      requestAnimationFrame(() => focusRegion('[data-testid="graph"]'));
    } else {
      actions.ask(LIST, { autoFocus: true });
      actions.setList('entities');
    }
  }, [view, actions]);
  useListCommands(toggle);
  return null;
}

/** The List view: the graph as two tables, in step with the selection and the filters. */
export const listFeature: Feature = {
  name: LIST,
  address: [listAddress],
  panels: [
    { name: 'view switch', slot: 'lead', Component: ListSwitch },
    {
      name: 'list',
      slot: 'stage',
      Component: ListView,
      useOpen: useListOpen,
      loading: <p className="list-loading">Loading the list…</p>,
    },
  ],
  Controller: ListController,
};
