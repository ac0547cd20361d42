import type { TypeFrom } from '../../data/importers/types';
import type { SourceLoad } from '../../data/source';

/** Page → import worker: the picked files (File objects clone without copying their bytes). */
export interface ImportRequest {
  files: readonly File[];
  maxBytes: number;
  /** Open…'s "Keep repeated edges apart". */
  keepRepeated: boolean;
  /** "Type from" in the load report: kinds from these columns. */
  typeFrom?: TypeFrom;
}

/** Import worker → page: progress lines, then one result. */
export type ImportReply =
  | { kind: 'progress'; message: string }
  | { kind: 'done'; load: SourceLoad }
  | { kind: 'failed'; message: string };
