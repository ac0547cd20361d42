/**
 * The GEXF writer alone. `graphology-gexf/browser` also loads its parser, which
 * needs a global DOMParser and throws on import in Node (the CLI, tests);
 * `graphology-gexf` (node) would pull @xmldom/xmldom into the app bundle.
 */
declare module 'graphology-gexf/browser/writer' {
  import type { write } from 'graphology-gexf/browser';
  const writeGexf: typeof write;
  export default writeGexf;
}
