/**
 * The published page's stand-in for src/data/rdf/index.ts (swapped in by the
 * publish build): a published page offers no RDF export (n3 and jsonld would
 * add about 140 KB to every page), so this is never called.
 */
const absent = (): never => {
  throw new Error('A published page does not export RDF: open the dataset in Parley for that.');
};
export const exportRdf = absent;
export const subsetDataset = absent;
