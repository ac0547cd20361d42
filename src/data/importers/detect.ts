import { createScanner } from 'jsonc-parser';
import type { Problem } from '../problems';
import type { OpenFormat } from './types';

export const ACCEPTED_EXTENSIONS = [
  '.json',
  '.gexf',
  '.graphml',
  '.xml',
  '.ttl',
  '.nt',
  '.jsonld',
  '.csv',
  '.tsv',
  '.cyjs',
] as const;

const ACCEPTED_TEXT =
  'Open… reads a Parley bundle (.json), JSON graphs (graphology, d3/networkx node-link, sigma/Gephi, Cytoscape .json/.cyjs, Gephi Lite), GEXF (.gexf), GraphML (.graphml, yEd too), Turtle (.ttl), JSON-LD (.jsonld) or CSV (.csv: an edge list, or the nodes and edges files together).';

export type Detection = { ok: true; format: OpenFormat } | { ok: false; problem: Problem };

/**
 * Which reader a file needs, from its extension and its first bytes. JSON is
 * told apart by its top-level keys (`nodes` → graphology; `entities`,
 * `relations`, `sources` or `format` → Parley) without parsing it twice.
 */
export function detectFormat(name: string, text: string): Detection {
  const ext = /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';
  const unsupported = (message: string, hint: string = ACCEPTED_TEXT): Detection => ({
    ok: false,
    problem: { severity: 'error', code: 'unsupported-format', file: name, message, hint },
  });
  if (ext === '.csv' || ext === '.tsv') return { ok: true, format: 'csv' };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008]/.test(text.slice(0, 1024)))
    return unsupported(`“${name}” is not a text file`);
  const head = text.slice(0, 4096).trimStart();
  if ((ext === '.gexf' || ext === '.graphml') && /^[{[]/.test(head))
    return unsupported(
      `this ${ext} file holds JSON, not XML`,
      `Rename it to .json if it is a Parley bundle or graphology JSON. ${ACCEPTED_TEXT}`,
    );
  if (ext === '.gexf') return { ok: true, format: 'gexf' };
  if (ext === '.ttl' || ext === '.nt' || /^(@prefix|@base|prefix\s|base\s)/i.test(head))
    return { ok: true, format: 'turtle' };
  if (ext === '.jsonld') return { ok: true, format: 'jsonld' };
  if (ext === '.graphml') return { ok: true, format: 'graphml' };
  if (head.startsWith('<')) {
    const body = head.replace(/<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '');
    if (/<(\w+:)?gexf[\s>]/.test(body)) return { ok: true, format: 'gexf' };
    if (/<(\w+:)?graphml[\s>]/.test(body)) return { ok: true, format: 'graphml' };
    return unsupported('this XML file is neither GEXF nor GraphML');
  }
  if (head.startsWith('{') || head.startsWith('[') || ext === '.json' || ext === '.cyjs') {
    // A top-level array is Cytoscape's list of elements, or nothing Parley reads (said once).
    if (head.startsWith('[')) return { ok: true, format: 'graphology-json' };
    const key = firstDecisiveKey(text);
    if (key === '@context' || key === '@graph') return { ok: true, format: 'jsonld' };
    // Parley's own files: the validator says what is wrong with them.
    if (key && PARLEY_KEYS.has(key)) return { ok: true, format: 'parley' };
    // Every JSON graph shape (and any other JSON, refused with one problem) is told apart after parsing.
    return { ok: true, format: 'graphology-json' };
  }
  return unsupported(`unknown file type${ext ? ` “${ext}”` : ''}`);
}

// jsonc-parser's SyntaxKind is a const enum, which isolated modules cannot read.
const T = {
  OpenBrace: 1,
  CloseBrace: 2,
  OpenBracket: 3,
  CloseBracket: 4,
  Colon: 6,
  String: 10,
  EOF: 17,
} as const;

const PARLEY_KEYS = new Set(['entities', 'relations', 'sources', 'format']);

const DECISIVE = new Set([
  'nodes',
  'elements',
  'links',
  'graphDataset',
  'entities',
  'relations',
  'sources',
  'format',
  '@context',
  '@graph',
]);

/** The first top-level key that tells the JSON formats apart (a token scan, no parse). */
function firstDecisiveKey(text: string): string | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let kind: number = scanner.scan(); kind !== T.EOF; kind = scanner.scan()) {
    switch (kind) {
      case T.OpenBrace:
      case T.OpenBracket:
        depth++;
        break;
      case T.CloseBrace:
      case T.CloseBracket:
        depth--;
        break;
      case T.String:
        if (depth === 1) {
          const value = scanner.getTokenValue();
          // A key is a string followed by a colon.
          const next: number = scanner.scan();
          if (next === T.Colon && DECISIVE.has(value)) return value;
          if (next === T.OpenBrace || next === T.OpenBracket) depth++;
          if (next === T.CloseBrace || next === T.CloseBracket) depth--;
        }
        break;
      default:
        break;
    }
  }
  return undefined;
}
