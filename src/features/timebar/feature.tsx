import { timeAddress } from '../../state/address/time';
import { lazy } from 'react';
import type { Feature } from '../shell';

// Its own chunk (d3-scale, d3-brush), loaded at start but after the graph's.
const TimeBar = lazy(() => import('./TimeBar'));

/** The time bar: a range of months or "as of" a month, under the graph. */
export const timebarFeature: Feature = {
  name: 'timebar',
  address: [timeAddress],
  panels: [
    {
      name: 'time bar',
      slot: 'bottom',
      Component: TimeBar,
      className: 'timebar-slot',
      loading: <p className="hint">Loading the time bar…</p>,
    },
  ],
};
