/**
 * npm run sentences [-- --check] (a curation tool, not part of the app or CLI):
 * stores in each evidence item of graph-data/ the whole sentence of its source
 * that contains the quote (`sentence`), so the app can show every quote in its
 * context without shipping the articles (their licence is unknown). A quote
 * that is a whole sentence gets none. --check reports evidence whose stored
 * sentence differs from the source's, or is missing, without writing.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { format } from 'prettier';
import { normalizeForQuoteMatch, sentenceAround } from '../src/data/quotes';
import type { Source } from '../src/model';

const DATA = 'graph-data';
const SOURCES = path.join(DATA, 'sources');
const check = process.argv.includes('--check');

const sources = (
  JSON.parse(await readFile(path.join(DATA, 'sources.json'), 'utf8')) as { sources: Source[] }
).sources;
const textOf = new Map<string, string>();
for (const s of sources) textOf.set(s.id, await readFile(path.join(SOURCES, s.file), 'utf8'));

interface Ev {
  source: string;
  quote: string;
  sentence?: string;
}
let changed = 0;
let stale = 0;
const dir = path.join(DATA, 'relations');
for (const name of (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()) {
  const file = path.join(dir, name);
  const data = JSON.parse(await readFile(file, 'utf8')) as {
    relations: { id: string; evidence: Ev[] }[];
  };
  let dirty = false;
  for (const r of data.relations) {
    r.evidence = r.evidence.map((ev) => {
      const text = textOf.get(ev.source);
      const found = text === undefined ? undefined : sentenceAround(text, ev.quote);
      const wanted =
        found && normalizeForQuoteMatch(found) !== normalizeForQuoteMatch(ev.quote)
          ? found
          : undefined;
      if (wanted === ev.sentence) return ev;
      stale++;
      if (check) {
        process.stderr.write(
          `${file} [${r.id}]: sentence ${wanted ? 'missing or different' : 'not needed'}\n`,
        );
        return ev;
      }
      dirty = true;
      changed++;
      const { sentence: _old, ...rest } = ev;
      return wanted ? { ...rest, sentence: wanted } : rest;
    });
  }
  if (dirty)
    await writeFile(
      file,
      await format(JSON.stringify(data, null, 2), { parser: 'json', filepath: file }),
    );
}
if (check && stale) process.exitCode = 1;
process.stderr.write(
  check ? `${stale} evidence items out of date\n` : `updated ${changed} evidence items\n`,
);
