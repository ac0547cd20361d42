import { threadAddress } from '../../state/address/panels';
import { lazy } from 'react';
import { useView, type Feature } from '../shell';
import { useThreadCommands } from './useThreadCommands';

// Its own chunk: loaded at the first thread shown.
const ThreadPanel = lazy(() => import('./ThreadPanel'));

function useThreadOpen(): boolean {
  return useView((v) => v.thread !== undefined);
}

function ThreadController() {
  useThreadCommands();
  return null;
}

/** Thread: a topic's, agreement's, mechanism's or side's statements across meetings, over Details. */
export const threadFeature: Feature = {
  name: 'thread',
  address: [threadAddress],
  panels: [
    {
      name: 'thread',
      slot: 'details',
      Component: ThreadPanel,
      useOpen: useThreadOpen,
      close: (a) => a.setThread(undefined),
    },
  ],
  Controller: ThreadController,
};
