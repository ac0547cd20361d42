import jsonld from 'jsonld';
import { Writer, type Quad } from 'n3';
import { dataPrefixes } from './vocab';

/** Quads → Turtle with Parley's prefixes, through n3's writer. */
export function toTurtle(
  quads: readonly Quad[],
  prefixes: Record<string, string> = dataPrefixes(),
): Promise<string> {
  return write(quads, { prefixes, format: 'Turtle' });
}

/** Quads → N-Quads (one line per quad; what SPARQL stores load fastest). */
export function toNQuads(quads: readonly Quad[]): Promise<string> {
  return write(quads, { format: 'N-Quads' });
}

function write(
  quads: readonly Quad[],
  options: ConstructorParameters<typeof Writer>[0],
): Promise<string> {
  const writer = new Writer(options);
  writer.addQuads([...quads]);
  return new Promise((resolve, reject) =>
    writer.end((err: Error | null, result: string) => (err ? reject(err) : resolve(result))),
  );
}

/**
 * Quads → compacted JSON-LD through the `jsonld` library: fromRDF, then
 * compaction against an inline context of prefixes. The document loader refuses every
 * remote context, so nothing is ever fetched.
 */
export async function toJsonLd(
  quads: readonly Quad[],
  context: Record<string, string> = dataPrefixes(),
): Promise<string> {
  const nquads = await toNQuads(quads);
  const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
  const compacted = await jsonld.compact(expanded, context, {
    documentLoader: refuseRemote,
  });
  return `${JSON.stringify(compacted, null, 2)}\n`;
}

/** jsonld's loader hook: Parley never dereferences a context from an untrusted file. */
export async function refuseRemote(url: string): Promise<never> {
  throw new Error(`remote JSON-LD contexts are not loaded (${url}); inline the context instead`);
}
