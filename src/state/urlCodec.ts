import { articleAddress } from './address/article';
import { connectionAddress } from './address/connection';
import { editsAddress } from './address/edits';
import { encodingAddress, layoutAddress, listAddress } from './address/display';
import { isolatedAddress, typesAddress } from './address/filters';
import { compareAddress, threadAddress } from './address/panels';
import type { AddressPart, ViewContext } from './address/part';
import { embedLayoutAddress, sourceAddress } from './address/page';
import { selectionAddress } from './address/selection';
import { timeAddress } from './address/time';
import { INITIAL_VIEW, type ViewState } from './viewState';

export { MAX_LONGER } from './address/connection';
export type { AddressPart, ViewContext } from './address/part';

/**
 * The URL is the view state. Each feature owns its query keys, in its file
 * under src/state/address/ (the keys and their meaning are written there);
 * this is the one place that puts them together and checks the whole
 * address. The order is the order of the keys in a written address, and the
 * order parts read it (the selection and focus first: the neighbours shown
 * depend on them).
 */
export const ADDRESS_PARTS: readonly AddressPart[] = [
  selectionAddress,
  editsAddress,
  typesAddress,
  timeAddress,
  threadAddress,
  compareAddress,
  isolatedAddress,
  layoutAddress,
  connectionAddress,
  encodingAddress,
  listAddress,
  articleAddress,
  sourceAddress,
  embedLayoutAddress,
];

/** Keys the page reads (the data source, the embed layout): kept in the address as they are. */
export const KEPT_KEYS: readonly string[] = ADDRESS_PARTS.filter((p) => p.kept).flatMap(
  (p) => p.keys,
);

/** Every key has one owner: two features writing the same key would lose one's state. */
export function checkParts(parts: readonly AddressPart[]): void {
  const owners = new Map<string, string>();
  for (const part of parts)
    for (const key of part.keys) {
      const other = owners.get(key);
      if (other)
        throw new Error(`state/urlCodec: “${key}” is claimed by ${other} and ${part.owner}`);
      owners.set(key, part.owner);
    }
}
checkParts(ADDRESS_PARTS);

export function encodeView(s: ViewState): string {
  const p = new URLSearchParams();
  for (const part of ADDRESS_PARTS) part.encode(s, p);
  const q = p.toString();
  return q ? `?${q}` : '';
}

export interface DecodedView {
  state: ViewState;
  /** Things in the link that were ignored, for a short notice. */
  notices: string[];
}

/** Parses a query string and cleans it against the dataset: unknown ids and values are dropped with a notice. */
export function decodeView(search: string, ctx: ViewContext): DecodedView {
  const p = new URLSearchParams(search);
  const notices: string[] = [];
  let state: ViewState = {
    ...INITIAL_VIEW,
    hiddenTypes: new Set(),
    hiddenRelations: new Set(),
    expanded: new Set(),
    hidden: new Set(),
    pinned: new Map(),
  };
  for (const part of ADDRESS_PARTS) state = part.decode(p, state, ctx, notices);
  return { state, notices };
}
