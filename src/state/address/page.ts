import type { AddressPart } from './part';

const keep = { kept: true, encode: () => {}, decode: (_p, state) => state } as const satisfies Pick<
  AddressPart,
  'kept' | 'encode' | 'decode'
>;

/**
 *   sparql=<endpoint>&timeout=<s>&hops=a,b  the data source (a SPARQL store and what was loaded of it)
 * Read by the page when it loads the dataset (src/app/useSparqlDataset.ts), not view state: kept as is.
 */
export const sourceAddress: AddressPart = {
  owner: 'data source',
  keys: ['sparql', 'timeout', 'hops'],
  ...keep,
};

/**
 *   embed=1  the layout for an <iframe> (graph, search, one compact card; src/features/embed)
 * Read by the page (embedAddress), not view state: kept as is.
 */
export const embedLayoutAddress: AddressPart = { owner: 'embed', keys: ['embed'], ...keep };
