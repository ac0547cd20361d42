import type { ViewState } from '../viewState';

/** What the dataset knows, to clean a decoded state against. */
export interface ViewContext {
  hasEntity(id: string): boolean;
  hasRelation(id: string): boolean;
  relationTypes: ReadonlySet<string>;
  /** The dataset's sources (for `source=`); without it the Article is not restored. */
  hasSource?(id: string): boolean;
  /** The source a quote key (`q=`) cites, if the key names an evidence item. */
  quoteSource?(key: string): string | undefined;
  /** Entity types the vocabulary adds (the built-in ones are always known). */
  addedTypes?: ReadonlySet<string>;
}

/**
 * The address keys one feature owns: how its part of the view is written to
 * the query string and read back, cleaned against the dataset (an unknown
 * value is dropped with a notice for the person, never thrown).
 */
export interface AddressPart {
  /** Which feature owns these keys (for the reader; src/state/urlCodec.ts checks no key has two owners). */
  owner: string;
  keys: readonly string[];
  /**
   * Keys read by the page, not the view (the data source, the embed layout):
   * never written from the view state, kept in the address as they are.
   */
  kept?: boolean;
  encode(s: ViewState, p: URLSearchParams): void;
  decode(p: URLSearchParams, s: ViewState, ctx: ViewContext, notices: string[]): ViewState;
}

/** A value from the link, quoted in a notice: short, whatever the link holds. */
export const shown = (s: string) => (s.length <= 80 ? s : `${s.slice(0, 79)}…`);

/** A comma-separated list from the link, trimmed, empty items dropped. */
export const listParam = (p: URLSearchParams, key: string): string[] =>
  (p.get(key) ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
