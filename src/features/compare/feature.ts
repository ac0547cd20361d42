import { compareAddress } from '../../state/address/panels';
import { lazy } from 'react';
import { useView, type Feature } from '../shell';
import { useCompareCommands } from './commands';

// Its own chunk: loaded at the first comparison.
const ComparePanel = lazy(() => import('./ComparePanel'));

function useCompareOpen(): boolean {
  return useView((v) => v.compare !== undefined);
}

function CompareController() {
  useCompareCommands();
  return null;
}

/** Compare: two meetings side by side, over the graph. Opened from the time bar, Details or Shift+C. */
export const compareFeature: Feature = {
  name: 'compare',
  address: [compareAddress],
  panels: [
    {
      name: 'comparison',
      slot: 'stage',
      Component: ComparePanel,
      useOpen: useCompareOpen,
      close: (a) => a.setCompare(undefined),
      returnFocus: ['[data-opens="compare"]', '#details h2[tabindex]'],
    },
  ],
  Controller: CompareController,
};
