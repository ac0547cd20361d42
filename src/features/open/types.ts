import type { Problem } from '../../data/problems';
import type { OpenFormat } from '../../data/importers/types';
import type { LoadReport } from '../../graph/build';
import type { ParleyGraph } from '../../graph/types';
import type { Dataset } from '../../model';

/** A file that opened: its dataset, built, with what to tell the user. */
export interface OpenedDataset {
  fileName: string;
  format: OpenFormat;
  dataset: Dataset;
  graph: ParleyGraph;
  report: LoadReport;
  /** Validation warnings and what could not be mapped. */
  problems: Problem[];
  /** Short lines for the notice shown after opening. */
  notices: string[];
}

export type OpenState =
  | { kind: 'idle' }
  | { kind: 'busy'; fileName: string }
  | { kind: 'failed'; fileName: string; problems: Problem[] };
