import { layoutAddress } from '../state/address/display';
import { selectionAddress } from '../state/address/selection';
import { sourceAddress } from '../state/address/page';
import { articleFeature } from '../features/article/feature';
import { compareFeature } from '../features/compare/feature';
import { curateFeature } from '../features/curate/feature';
import { embedFeature } from '../features/embed/feature';
import { connectionFeature } from '../features/connection/feature';
import { encodingFeature } from '../features/encoding/feature';
import { expandFeature } from '../features/expand/feature';
import { filtersFeature } from '../features/filters/feature';
import { legendFeature } from '../features/legend/feature';
import { listFeature } from '../features/list/feature';
import type { Feature } from '../features/shell';
import { threadFeature } from '../features/thread/feature';
import { timebarFeature } from '../features/timebar/feature';
import { viewToolsFeature } from '../features/toolbar/feature';

/**
 * Every feature the explorer carries. The order is the order of their panels
 * within a slot (legend before filters, Undo before Find connection before Copy link).
 */
export const FEATURES: readonly Feature[] = [
  curateFeature,
  legendFeature,
  encodingFeature,
  filtersFeature,
  listFeature,
  expandFeature,
  connectionFeature,
  viewToolsFeature,
  compareFeature,
  timebarFeature,
  articleFeature,
  embedFeature,
  threadFeature,
];

/**
 * The address keys of the shell's own regions: the selection and focus
 * (Details), the layout (toolbar); and the data source the page was opened on (App).
 */
export const SHELL_ADDRESS = [selectionAddress, layoutAddress, sourceAddress] as const;
